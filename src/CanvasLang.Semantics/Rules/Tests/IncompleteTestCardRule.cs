using System.Collections.Immutable;
using System.Globalization;
using System.Text;
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
        if (test.CloseBrace is not { } close || test.OpenBrace is null)
        {
            return null;
        }

        var text = context.Text;
        var due = context.Today.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var fields = missing.Select((m, i) => m.Field == "due"
            ? $"due ${{{i + 1}:{due}}}"
            : $"{m.Field} \"${{{i + 1}:{Anchors.SnippetText(m.Placeholder)}}}\"").ToList();
        TextEdit edit;
        if (Anchors.StartsLine(text, close.Span.Start) && text.LineOf(close.Span.Start) > text.LineOf(test.OpenBrace.Span.Start))
        {
            // The usual layout: one field per line, indented like the others (or two spaces deeper than the card).
            var indent = test.Fields.Length > 0 ? Anchors.IndentAt(text, test.Fields[0].Span.Start) : Anchors.IndentAt(text, test.Keyword.Span.Start) + "  ";
            var lines = new StringBuilder();
            foreach (var field in fields)
            {
                lines.Append(indent).Append(field).Append('\n');
            }

            edit = new TextEdit(new TextSpan(text.LineStart(text.LineOf(close.Span.Start)), 0), lines.ToString(), IsSnippet: true);
        }
        else
        {
            // A card written on one line stays on one line.
            edit = new TextEdit(new TextSpan(close.Span.Start, 0), string.Join(" ", fields) + " ", IsSnippet: true);
        }

        return new CodeFix($"Add {string.Join(", ", missing.Select(m => m.Field))} to test `{test.Name?.Text}`", [edit]) { IsMechanical = false };
    }
}
