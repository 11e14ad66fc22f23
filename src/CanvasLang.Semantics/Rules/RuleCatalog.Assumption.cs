namespace CanvasLang.Semantics.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<CanvasRule> AssumptionRules() =>
    [
        new UntestedCriticalAssumptionRule(),
        new TestsOnUnimportantAssumptionsRule(),
    ];
}
