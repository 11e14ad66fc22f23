namespace CanvasLang.Semantics.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<CanvasRule> PersonaRules() =>
    [
        new PersonaDemographicsOnlyRule(),
        new PersonaWithoutEvidenceRule(),
        new PersonaWithoutProfileRule(),
        new TooManyPersonasRule(),
    ];
}
