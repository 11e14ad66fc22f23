namespace CanvasLang.Semantics.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<CanvasRule> PositioningRules() =>
    [
        new PositioningForEveryoneRule(),
        new BenefitIsFeatureListRule(),
        new NoRealAlternativeRule(),
        new UnprovenDifferentiatorRule(),
        new NeedMatchesNothingRule(),
    ];
}
