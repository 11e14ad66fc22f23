using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV303: a job of the two strongest levels (critical, high) that no product or service serves.</summary>
public sealed class UnservedImportantJobRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV303", "unserved-important-job", DiagnosticSeverity.Info,
        "An important job (rank 1 or 2) that no product or service serves.");

    public override void Analyze(RuleContext context) =>
        FitGaps.Report(context, CanvasArea.Jobs, CanvasArea.ProductsAndServices, maxLevel: 2, e =>
            $"{e.Label} is ranked {FitGaps.LevelWords(e)} and no product or service serves it: add `serves {e.Id ?? "…"}` to the offer that helps with it, or add one");
}
