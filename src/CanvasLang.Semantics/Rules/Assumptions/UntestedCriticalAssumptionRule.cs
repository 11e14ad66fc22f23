using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV631: an assumption that much rides on, with little evidence, that no test card checks.</summary>
public sealed class UntestedCriticalAssumptionRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV631", "untested-critical-assumption", DiagnosticSeverity.Warning,
        "A critical or high assumption with no or weak evidence that no test card names in `tests`.");

    public override void Analyze(RuleContext context)
    {
        foreach (var assumption in context.Model.OwnAssumptions.Where(a => AssumptionReading.NeedsATest(context.Model, a)))
        {
            context.Report(AssumptionReading.Anchor(assumption),
                $"assumption `{assumption.Name}` is {AssumptionReading.Standing(assumption)}, and no test card checks it: " +
                $"the value proposition may rest on a guess; design a cheap test for it and name it with `tests {assumption.Name}`");
        }
    }
}
