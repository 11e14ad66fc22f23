using System.Collections.Immutable;
using System.Globalization;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV401: a test card without one or more of the six fields a card needs.</summary>
public sealed class IncompleteTestCardRule : CanvasRule
{
    /// <summary>The required fields in card order, with the placeholder the fix offers for each.</summary>
    private static readonly ImmutableArray<(string Field, string Placeholder)> Required =
    [
        ("hypothesis", "We believe that …"),
        ("experiment", "To verify that, we will …"),
        ("metric", "And measure …"),
        ("criteria", "We are right if at least …"),
        ("owner", "Who runs it"),
        ("due", string.Empty),
    ];

    public override RuleDescriptor Descriptor { get; } = new("CV401", "incomplete-test-card", DiagnosticSeverity.Warning,
        "A test card is missing some of its fields: hypothesis, experiment, metric, criteria, owner or due date.")
    {
        Fix = "Insert the missing fields at the end of the test card, as a snippet with placeholders.",
    };

    public override void Analyze(RuleContext context)
    {
        foreach (var test in context.Model.OwnTests)
        {
            var missing = Required.Where(r => test.Field(r.Field) is null).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var names = string.Join(", ", missing.Select(m => m.Field == "due" ? "due date" : m.Field));
            var fix = Fix(context, test.Syntax, missing);
            context.Report(Anchors.Header(test.Syntax),
                $"test `{test.Name}` has no {names}: add {(missing.Count == 1 ? "it" : "them")} so the card says what is tested, how it is judged, who runs it and by when",
                fixes: fix is null ? default : ImmutableArray.Create(fix));
        }
    }

    private static CodeFix? Fix(RuleContext context, Syntax.Tree.TestSyntax test, List<(string Field, string Placeholder)> missing)
    {
        var due = context.Today.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var fields = missing.Select((m, i) => m.Field == "due"
            ? $"due ${{{i + 1}:{due}}}"
            : $"{m.Field} \"${{{i + 1}:{Anchors.SnippetText(m.Placeholder)}}}\"").ToList();
        if (CardEdits.AppendFields(context.Text, test.Keyword, test.OpenBrace, test.Fields, test.CloseBrace, fields) is not { } edit)
        {
            return null;
        }

        return new CodeFix($"Add {string.Join(", ", missing.Select(m => m.Field))} to test `{test.Name?.Text}`", [edit]) { IsMechanical = false };
    }
}
