using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV654: a SWOT of several factors none of which is ranked: a list, not a judgement of what matters.</summary>
public sealed class SwotWithoutPriorityRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV654", "swot-without-priority", DiagnosticSeverity.Info,
        "A SWOT with more than one strength, weakness, opportunity or threat and no `priority` on any item: nothing says which factors matter most.");

    public override void Analyze(RuleContext context)
    {
        foreach (var swot in context.Model.OwnSwots)
        {
            var factors = SwotReading.Factors(swot).Count();
            if (factors > 1 && swot.Items.All(i => i.Priority is null && !i.Syntax.Attributes.Any(a => a.Keyword.Text == "priority")))
            {
                context.Report(SwotReading.Anchor(swot),
                    $"none of the {factors} factors of {swot.Title} has a priority: every item weighs the same, so the analysis does not say what matters most; " +
                    "rank the few that would change the business's plans with `priority 1`, `priority 2`…");
            }
        }
    }
}
