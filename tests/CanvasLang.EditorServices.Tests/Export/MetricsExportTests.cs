using CanvasLang.EditorServices.Export;
using CanvasLang.EditorServices.Formatting;
using CanvasLang.EditorServices.Tests.Rendering;
using CanvasLang.Syntax.Tree;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.Tests.Export;

/// <summary>Language 1.1's offering metrics through JSON and Markdown: metrics as entries, validation, and the way back word for word.</summary>
public class MetricsExportTests
{
    private const string Canvas = """
        segment riders "People who cycle to work"

        assumption pays_more for riders {
          type viability
          belief "Riders pay 10 euros more for a repair at the office"
        }

        metrics van_metrics for riders {
          metric fixed "Repairs finished within the working day" target "at least 90 % | of \"booked\" ones" every week tracks riders, pays_more
          metric "Vans on the road each morning"
        }

        metrics empty {
        }
        """;

    private static JObject Export(string text) => JObject.Parse(CanvasJsonExporter.Export(RenderSamples.Analyze(text)));

    [Fact]
    public void Metrics_are_exported_with_their_items_as_the_schema_says()
    {
        var json = Export(Canvas);
        var metrics = json["metrics"]![0]!;
        ((string?)metrics["name"]).ShouldBe("van_metrics");
        ((string?)metrics["for"]).ShouldBe("riders");
        metrics["items"]![0]!.ToString(Newtonsoft.Json.Formatting.None).ShouldBe(
            """{"kind":"metric","id":"fixed","text":"Repairs finished within the working day","target":"at least 90 % | of \"booked\" ones","every":"week","tracks":["riders","pays_more"]}""");
        metrics["items"]![1]!.ToString(Newtonsoft.Json.Formatting.None).ShouldBe("""{"kind":"metric","text":"Vans on the road each morning"}""");
        json["metrics"]![1]!["for"].ShouldBeNull();
        json["metrics"]![1]!["items"]!.ShouldBeEmpty();
    }

    [Fact]
    public void Export_uses_only_properties_the_schema_declares_for_metrics()
    {
        var schema = JObject.Parse(File.ReadAllText(Path.Combine(Formatting.SampleCanvases.RepoRoot, "docs", "schema", "canvas.schema.json")));
        var json = Export(Canvas);
        var blockProperties = ((JObject)schema["$defs"]!["metrics"]!["properties"]!).Properties().Select(p => p.Name).ToHashSet();
        var itemProperties = ((JObject)schema["$defs"]!["metric"]!["properties"]!).Properties().Select(p => p.Name).ToHashSet();
        json["metrics"]!.Cast<JObject>().SelectMany(s => s.Properties()).Select(p => p.Name).ShouldAllBe(name => blockProperties.Contains(name));
        json["metrics"]!.SelectMany(s => s["items"]!).Cast<JObject>().SelectMany(i => i.Properties()).Select(p => p.Name).ShouldAllBe(name => itemProperties.Contains(name));
    }

    [Fact]
    public void Import_of_the_export_gives_back_the_canvas_word_for_word()
    {
        var formatted = CanvasFormatter.Format(SyntaxTree.Parse(Canvas));
        var imported = CanvasJsonImporter.Import(CanvasJsonExporter.Export(RenderSamples.Analyze(Canvas)));
        imported.Text.ShouldBe(formatted);
    }

    [Fact]
    public void A_canvas_without_metrics_exports_no_empty_list_for_them() =>
        Export("segment riders \"People who cycle to work\"\n").Property("metrics").ShouldBeNull();

    [Theory]
    [InlineData("""{"kind":"pain","text":"x"}""", "$.metrics[0].items[0].kind", "\"pain\"")]
    [InlineData("""{"kind":"metric","text":"x","every":"fortnight"}""", "$.metrics[0].items[0].every", "\"fortnight\"")]
    [InlineData("""{"kind":"metric","text":"x","target":3}""", "$.metrics[0].items[0].target", "target (a string), found the number 3")]
    [InlineData("""{"kind":"metric","text":"x","tracks":[]}""", "$.metrics[0].items[0].tracks", "at least 1 item")]
    [InlineData("""{"kind":"metric","text":"x","priority":2}""", "$.metrics[0].items[0].priority", "`priority` is not an attribute of a metric")]
    [InlineData("""{"kind":"metric"}""", "$.metrics[0].items[0].text", "needs `text`")]
    public void A_metric_no_canvas_could_hold_is_refused_where_it_is(string item, string path, string message)
    {
        var problems = Should.Throw<ImportException>(() => CanvasJsonImporter.Import($$"""{"version":"1.1","metrics":[{"name":"m","items":[{{item}}]}]}""")).Problems;
        var problem = problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe(path);
        problem.Message.ShouldContain(message);
    }

    [Fact]
    public void Markdown_shows_each_metrics_block_as_a_table()
    {
        var markdown = CanvasMarkdownExporter.Export(RenderSamples.Analyze(Canvas));
        markdown.ShouldContain("## Metrics `van_metrics` for `riders`\n\n| Metric | Description | Target | Every | Tracks |\n| --- | --- | --- | --- | --- |\n");
        markdown.ShouldContain("| `fixed` | Repairs finished within the working day | at least 90 % \\| of \"booked\" ones | week | `riders`, `pays_more` |\n");
        markdown.ShouldContain("|  | Vans on the road each morning | — | — | — |\n");
        markdown.ShouldContain("## Metrics `empty`\n\nNo metric yet.");
    }
}
