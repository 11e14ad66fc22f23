using CanvasLang.Semantics.Model;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>
/// A metrics block as a grid of notes, one per metric in written order: its id and how often it is read
/// in the header, what is measured, then "Target: …" and "Tracks: …". The block grows until every note
/// fits, as the business model's grid does; each note keeps its data-line.
/// </summary>
internal static class MetricsLayout
{
    private static readonly GridBlock[] Blocks = [new("metrics", "Metrics", 0, 0, 1, 1)];

    /// <summary>The metrics blocks to draw: the file's own, of one segment when asked.</summary>
    public static IEnumerable<MetricsBlock> ToDraw(SemanticModel model, string? segment) =>
        model.OwnMetrics.Where(m => segment is null || m.SegmentName == segment);

    public static Sheet Sheet(MetricsBlock metrics, double top, double width, NoteMeasurer measurer)
    {
        var notes = metrics.Items.Select((metric, i) => Note(metrics, metric, i)).ToList();
        var items = new Dictionary<string, List<NoteContent>> { ["metrics"] = notes };
        var title = metrics.Name.Length > 0 ? $"Metrics: {metrics.Name}" : "Metrics";
        var subtitle = metrics.SegmentName is { } segment ? $"for {segment}" : null;
        var rowHeight = notes.Count == 0 ? 80 : 110;
        return GridLayout.Build(SheetKind.Metrics, title, subtitle, Blocks, (1, 1), items, top, width, measurer, rowHeightAtFirst: rowHeight);
    }

    private static NoteContent Note(MetricsBlock metrics, Metric metric, int index)
    {
        var paragraphs = new List<string> { metric.Text };
        paragraphs.Add(metric.Target is { } target ? $"Target: {target}" : "Target: none");
        if (metric.Tracks.Length > 0)
        {
            paragraphs.Add("Tracks: " + string.Join(", ", metric.Tracks.Select(t => t.Text).Distinct(StringComparer.Ordinal)));
        }

        var header = string.Join(" · ", new[] { metric.Id, metric.Every is { } every ? $"every {every}" : null }.OfType<string>());
        return new NoteContent($"metrics-{metrics.Name}-{index}", NoteContents.LineOf(metric.Location.Text, metric.Span), "metric", header, [.. paragraphs])
        {
            Alert = metric.Target is null,
        };
    }
}
