namespace CanvasLang.Semantics.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<CanvasRule> LearningRules() =>
    [
        new LearningWithoutVerdictRule(),
    ];
}
