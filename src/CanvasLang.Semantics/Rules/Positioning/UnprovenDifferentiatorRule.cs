using System.Collections.Immutable;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV644: a positioning that claims a differentiator and gives no `proof` of it: what sets the offer
/// apart is the claim customers doubt most, and the one a result, a number or a test should back.
/// </summary>
public sealed class UnprovenDifferentiatorRule : CanvasRule
{
    /// <summary>What the fix's placeholder asks for.</summary>
    internal const string Placeholder = "What shows it holds: a number, a test result, a customer's words";

    public override RuleDescriptor Descriptor { get; } = new("CV644", "unproven-differentiator", DiagnosticSeverity.Info,
        "A positioning with a `differentiator` and no `proof` that it holds.")
    {
        Fix = "Insert a `proof \"…\"` line after the differentiator, with a placeholder to fill.",
    };

    public override void Analyze(RuleContext context)
    {
        foreach (var positioning in context.Model.OwnPositionings)
        {
            if (PositioningReading.Written(positioning, "differentiator") is not { Text: { } text } differentiator || PositioningReading.Has(positioning, "proof"))
            {
                continue;
            }

            var edit = CardEdits.InsertFieldAfter(context.Text, differentiator, positioning.Syntax.CloseBrace, $"proof \"${{1:{Anchors.SnippetText(Placeholder)}}}\"", isSnippet: true);
            context.Report(text.Span,
                $"{PositioningReading.Title(positioning)} claims a differentiator {context.Model.Readings.Of(text.Value).Quoted} with no `proof`: "
                + "what sets an offer apart is what customers doubt most; back it with a result, a number or a test, in a `proof` line",
                fixes: ImmutableArray.Create(new CodeFix($"Add a `proof` to positioning `{positioning.Name}`", [edit]) { IsMechanical = false }));
        }
    }
}
