namespace CanvasLang.Semantics.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<CanvasRule> ValueMapRules() =>
    [
        new AddressesEverythingRule(),
        new IrrelevantOfferRule(),
        new IrrelevantRelieverOrCreatorRule(),
        new MixedValueMapRule(),
    ];
}
