namespace CanvasLang.Semantics.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<CanvasRule> TestRules() =>
    [
        new IncompleteTestCardRule(),
        new UnmeasurableCriteriaRule(),
        new OverdueTestRule(),
        new SingleTestRule(),
        new UnprioritizedTestsRule(),
        new TestWithoutLearningRule(),
    ];
}
