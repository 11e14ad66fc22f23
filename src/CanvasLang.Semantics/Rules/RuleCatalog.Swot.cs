namespace CanvasLang.Semantics.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<CanvasRule> SwotRules() =>
    [
        new SwotItemOnWrongSideRule(),
        new SwotTooLongRule(),
        new SwotWithoutActionRule(),
        new SwotWithoutPriorityRule(),
    ];
}
