using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>What the metrics rules share: where a finding about a metric sits.</summary>
internal static class MetricReading
{
    /// <summary>The metric's id, else its text, else its keyword: the part that names it.</summary>
    public static TextSpan Anchor(Metric metric) => metric.Syntax.Id?.Span ?? metric.Syntax.Text?.Span ?? metric.Syntax.Keyword.Span;

    /// <summary>Every metric of the file's own metrics blocks, in written order.</summary>
    public static IEnumerable<Metric> Own(SemanticModel model) => model.OwnMetrics.SelectMany(b => b.Items);
}
