using System.Collections.Immutable;
using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV633: a learning card with no `next` whose decision, read in its language, names none of the four
/// verdicts (persevere, pivot, kill, retest) nor an action that commits to one: the card reports what
/// was seen and leaves open what the team does about it. Silent in languages the rule does not read.
/// </summary>
public sealed class LearningWithoutVerdictRule : CanvasRule
{
    private static readonly ReadingMemo<string?> Verdict = new();

    public override RuleDescriptor Descriptor { get; } = new("CV633", "learning-without-verdict", DiagnosticSeverity.Info,
        "A learning card with no `next` whose decision names no verdict: persevere, pivot, kill or retest.")
    {
        ReadsWords = true,
        IsHeuristic = true,
        Fix = "Add `next persevere`, `next pivot`, `next kill` or `next retest` after the decision (one action each).",
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var learning in model.OwnLearnings)
        {
            var syntax = learning.Syntax;
            if (syntax.Fields.Any(f => f.Keyword.Text == "next"))
            {
                continue;
            }

            var decision = syntax.Fields.FirstOrDefault(f => f.Keyword.Text == "decision");
            if (decision?.Text is not { } text || string.IsNullOrWhiteSpace(text.Value))
            {
                // No decision at all: nothing says what the test changed, in any language.
                context.Report(syntax.Name?.Span ?? syntax.Keyword.Span,
                    $"{Title(learning)} has no decision and no `next`: say what the team does because of what it learned, and which way it goes ({Choices})",
                    fixes: Fixes(context, syntax, decision));
                continue;
            }

            // Reported only for a text in a read language (where it stands, or by its own words). The
            // verdict is looked for in those, and in every read language when the words are too few to
            // tell: a verdict found in any is one (a short "Weitermachen" in an English canvas).
            if (FileLanguage.Candidates(model, text.Value, anyWhenUndecided: false).Count == 0)
            {
                continue;
            }

            var languages = FileLanguage.Candidates(model, text.Value, anyWhenUndecided: true);
            var reading = model.Readings.Of(text.Value);
            if (reading.Remember(Verdict, FileLanguage.Key(languages), (r, _) => languages.Select(l => VerdictCues.For(l).Find(r.Words)).FirstOrDefault(v => v is not null)) is null)
            {
                context.Report(text.Span,
                    $"the decision {reading.Quoted} of {Title(learning)} names no verdict: after a test the team perseveres, pivots, kills the idea or tests again; "
                    + $"say which, in the decision or with `next` ({Choices})",
                    fixes: Fixes(context, syntax, decision));
            }
        }
    }

    private const string Choices = "`next persevere`, `next pivot`, `next kill` or `next retest`";

    private static string Title(LearningCard learning) =>
        learning.Syntax.Name is { } name ? $"learning `{name.Text}`" : "this learning card";

    /// <summary>One fix per verdict: `next …` on a line of its own after the decision (at the card's end when it has none).</summary>
    private static ImmutableArray<CodeFix> Fixes(RuleContext context, LearningSyntax learning, FieldSyntax? decision)
    {
        var fixes = ImmutableArray.CreateBuilder<CodeFix>();
        foreach (var verdict in VerdictCues.Verdicts)
        {
            var field = $"next {verdict}";
            var edit = decision is not null
                ? CardEdits.InsertFieldAfter(context.Text, decision, learning.CloseBrace, field)
                : CardEdits.AppendFields(context.Text, learning.Keyword, learning.OpenBrace, learning.Fields, learning.CloseBrace, [field], isSnippet: false);
            if (edit is not null)
            {
                fixes.Add(new CodeFix($"Add `{field}`", [edit]) { IsMechanical = false });
            }
        }

        return fixes.ToImmutable();
    }
}
