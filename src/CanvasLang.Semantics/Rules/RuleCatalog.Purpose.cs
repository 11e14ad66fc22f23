namespace CanvasLang.Semantics.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<CanvasRule> PurposeRules() =>
    [
        new CustomerPurposeVoiceRule(),
        new VagueStatementRule(),
        new ModelSegmentWithoutProfileRule(),
        new ModelPropositionWithoutValueMapRule(),
    ];
}
