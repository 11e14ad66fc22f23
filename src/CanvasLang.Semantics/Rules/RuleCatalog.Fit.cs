namespace CanvasLang.Semantics.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<CanvasRule> FitRules() =>
    [
        new UnrelievedSeverePainRule(),
        new UncreatedEssentialGainRule(),
        new UnservedImportantJobRule(),
        new HalfCanvasRule(),
        new UnsupportedFitStageRule(),
    ];
}
