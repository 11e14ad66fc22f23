namespace CanvasLang.Semantics.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<CanvasRule> MetricsRules() =>
    [
        new MetricWithoutMeasurableTargetRule(),
        new MetricWithoutFrequencyRule(),
        new OrphanMetricRule(),
    ];
}
