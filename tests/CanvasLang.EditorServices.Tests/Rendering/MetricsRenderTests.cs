using System.Xml.Linq;
using CanvasLang.EditorServices.Rendering;

namespace CanvasLang.EditorServices.Tests.Rendering;

/// <summary>A metrics block is drawn as a sheet of notes, one per metric, with its period, target and what it tracks.</summary>
public class MetricsRenderTests
{
    private const string Canvas = """
        segment riders "Cyclists who ride to work"
        metrics van_metrics for riders {
          metric fixed "Repairs finished within the working day" target "at least 90 % & <rising>" every week tracks riders
          metric "Vans on the road each morning"
        }
        metrics lonely {
          metric alone "Shop visits" target "200 a week"
        }
        """;

    private static string Render(string text, RenderOptions? options = null) => CanvasRenderer.RenderSvg(RenderSamples.Analyze(text), options);

    private static Dictionary<string, XElement> Notes(string svg) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "g" && ((string?)e.Attribute("class"))?.StartsWith("note", StringComparison.Ordinal) == true)
            .ToDictionary(n => (string)n.Attribute("data-key")!);

    [Fact]
    public void Each_metric_is_a_note_with_its_period_target_and_tracked_names()
    {
        var svg = Render(Canvas);
        var notes = Notes(svg);
        notes.Keys.ShouldBe(["metrics-van_metrics-0", "metrics-van_metrics-1", "metrics-lonely-0"], ignoreOrder: true);
        var first = string.Join(" ", notes["metrics-van_metrics-0"].Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        first.ShouldContain("fixed · every week");
        first.ShouldContain("Target: at least 90 % & <rising>");
        first.ShouldContain("Tracks: riders");
        string.Join(" ", notes["metrics-van_metrics-1"].Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value)).ShouldContain("Target: none");
        ((string)notes["metrics-van_metrics-0"].Attribute("data-line")!).ShouldBe("2", "the zero-based line of the metric");
        var texts = XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        texts.ShouldContain("Metrics: van_metrics");
        texts.ShouldContain("for riders");
        RenderGeometryTests.CheckGeometry(svg, 1 + 2);
    }

    [Fact]
    public void A_segment_asked_for_draws_its_metrics_only()
    {
        var svg = Render(Canvas, new RenderOptions("riders"));
        var titles = XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "g" && ((string?)e.Attribute("class"))?.StartsWith("sheet", StringComparison.Ordinal) == true)
            .Select(e => (string)e.Attribute("data-title")!);
        titles.ShouldContain("Metrics: van_metrics");
        titles.ShouldNotContain("Metrics: lonely");
    }
}
