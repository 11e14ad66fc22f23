using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV302: a gain of the strongest level (essential) that no creator produces.</summary>
public sealed class UncreatedEssentialGainRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV302", "uncreated-essential-gain", DiagnosticSeverity.Info,
        "An essential gain (rank 1) that no creator produces.");

    public override void Analyze(RuleContext context) =>
        FitGaps.Report(context, CanvasArea.Gains, CanvasArea.GainCreators, maxLevel: 1, e =>
            $"{e.Label} is ranked {FitGaps.LevelWords(e)} and no creator creates it: add a creator for it, or link the one that does");
}
