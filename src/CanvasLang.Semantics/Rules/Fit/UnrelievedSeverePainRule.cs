using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV301: a pain of the strongest level (extreme) that no reliever addresses.</summary>
public sealed class UnrelievedSeverePainRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV301", "unrelieved-severe-pain", DiagnosticSeverity.Info,
        "An extreme pain (rank 1) that no reliever addresses.");

    public override void Analyze(RuleContext context) =>
        FitGaps.Report(context, CanvasArea.Pains, CanvasArea.PainRelievers, maxLevel: 1, e =>
            $"{e.Label} is ranked {FitGaps.LevelWords(e)} and no reliever relieves it: add a reliever for it, or link the one that does");
}
