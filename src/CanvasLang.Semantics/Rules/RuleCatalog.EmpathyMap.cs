namespace CanvasLang.Semantics.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<CanvasRule> EmpathyMapRules() =>
    [
        new UnobservableEmpathyGoalRule(),
        new SayWithoutQuoteRule(),
        new InsideWithoutOutsideRule(),
        new EmpathyEntryNotInProfileRule(),
    ];
}
