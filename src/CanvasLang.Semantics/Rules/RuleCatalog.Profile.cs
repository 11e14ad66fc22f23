using CanvasLang.Semantics.Rules.Profile;

namespace CanvasLang.Semantics.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<CanvasRule> ProfileRules() =>
    [
        new VagueEntryRule(),
        new FunctionalOnlyJobsRule(),
        new MixedSegmentsRule(),
        new ReversedProfileRule(),
        new JobAsOutcomeRule(),
        new OppositeGainRule(),
        new InsufficientProfileRule(),
        new UnrankedEntriesRule(),
        new UnclassifiedJobRule(),
        new DuplicateEntryRule(),
    ];
}
