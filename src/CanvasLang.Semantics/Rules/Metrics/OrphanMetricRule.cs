using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV663: a metric tied to nothing: it tracks no positioning, test, assumption or segment, and its
/// block names no segment. Nobody can say what a change in it would confirm or refute.
/// </summary>
public sealed class OrphanMetricRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV663", "orphan-metric", DiagnosticSeverity.Warning,
        "A metric that `tracks` nothing, in a metrics block with no `for` segment: it is tied to no proposition, test, assumption or segment.");

    public override void Analyze(RuleContext context)
    {
        foreach (var metric in MetricReading.Own(context.Model))
        {
            // A `tracks` with a wrong name is CV002's or CV004's finding, not an orphan.
            if (metric.Block.Segment is not null || metric.Syntax.Attributes.Any(a => a.Keyword.Text == "tracks"))
            {
                continue;
            }

            var block = metric.Block.Name is { } name ? $"metrics `{name.Text}`" : "its metrics block";
            context.Report(MetricReading.Anchor(metric),
                $"{metric.Label} tracks nothing and {block} names no segment: it is tied to no proposition, test or customer, so nobody knows what a change in it would prove; " +
                "say what it measures with `tracks` (a positioning, a test, an assumption or a segment), or give the block a segment with `for`");
        }
    }
}
