using CanvasLang.EditorServices.Export;
using CanvasLang.EditorServices.Formatting;
using CanvasLang.EditorServices.Tests.Rendering;
using CanvasLang.Syntax.Tree;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.Tests.Export;

/// <summary>Language 1.1's SWOT analyses through JSON and Markdown: items as entries, validation, and the way back word for word.</summary>
public class SwotExportTests
{
    private const string Canvas = """
        segment riders "People who cycle to work"

        swot van_swot for riders {
          strength s1 "Two mechanics who ride to work themselves" priority 1
          weakness w1 "One van, so a \"breakdown\" stops every repair"
          opportunity o1 "The city adds 12 km of cycle lanes next year" priority 2
          threat t1 "A chain opens a service point at the station"
          threat "Winter halves the number of riders"
          action a1 "Rent a second van for the winter months" pairs w1, t1 priority 1
          action "Offer repair subscriptions along the new lanes" pairs s1, o1
        }

        swot shop_swot {
        }
        """;

    private static JObject Export(string text) => JObject.Parse(CanvasJsonExporter.Export(RenderSamples.Analyze(text)));

    [Fact]
    public void A_swot_is_exported_with_its_items_as_the_schema_says()
    {
        var json = Export(Canvas);
        var swot = json["swots"]![0]!;
        ((string?)swot["name"]).ShouldBe("van_swot");
        ((string?)swot["for"]).ShouldBe("riders");
        swot["items"]![0]!.ToString(Newtonsoft.Json.Formatting.None).ShouldBe("""{"kind":"strength","id":"s1","text":"Two mechanics who ride to work themselves","priority":1}""");
        swot["items"]![4]!.ToString(Newtonsoft.Json.Formatting.None).ShouldBe("""{"kind":"threat","text":"Winter halves the number of riders"}""");
        swot["items"]![5]!.ToString(Newtonsoft.Json.Formatting.None).ShouldBe("""{"kind":"action","id":"a1","text":"Rent a second van for the winter months","priority":1,"pairs":["w1","t1"]}""");
        json["swots"]![1]!["for"].ShouldBeNull();
        json["swots"]![1]!["items"]!.ShouldBeEmpty();
    }

    [Fact]
    public void Export_uses_only_properties_the_schema_declares_for_swots()
    {
        var schema = JObject.Parse(File.ReadAllText(Path.Combine(Formatting.SampleCanvases.RepoRoot, "docs", "schema", "canvas.schema.json")));
        var json = Export(Canvas);
        var swotProperties = ((JObject)schema["$defs"]!["swot"]!["properties"]!).Properties().Select(p => p.Name).ToHashSet();
        var itemProperties = ((JObject)schema["$defs"]!["swotItem"]!["properties"]!).Properties().Select(p => p.Name).ToHashSet();
        json["swots"]!.Cast<JObject>().SelectMany(s => s.Properties()).Select(p => p.Name).ShouldAllBe(name => swotProperties.Contains(name));
        json["swots"]!.SelectMany(s => s["items"]!).Cast<JObject>().SelectMany(i => i.Properties()).Select(p => p.Name).ShouldAllBe(name => itemProperties.Contains(name));
    }

    [Fact]
    public void Import_of_the_export_gives_back_the_canvas_word_for_word()
    {
        var formatted = CanvasFormatter.Format(SyntaxTree.Parse(Canvas));
        var imported = CanvasJsonImporter.Import(CanvasJsonExporter.Export(RenderSamples.Analyze(Canvas)));
        imported.Text.ShouldBe(formatted);
    }

    [Fact]
    public void A_canvas_without_swots_exports_no_empty_list_for_them() =>
        Export("segment riders \"People who cycle to work\"\n").Property("swots").ShouldBeNull();

    [Theory]
    [InlineData("""{"kind":"pain","text":"x"}""", "$.swots[0].items[0].kind", "expected the kind of a SWOT entry: strength, weakness, opportunity, threat or action, found \"pain\" (a profile or value map entry, not a SWOT one)")]
    [InlineData("""{"kind":"strength","text":"x","priority":0}""", "$.swots[0].items[0].priority", "expected a priority: a whole number from 1 (the most urgent), found the number 0")]
    [InlineData("""{"kind":"strength","text":"x","pairs":["a"]}""", "$.swots[0].items[0].pairs", "`pairs` is not an attribute of a strength: a strength takes `priority`")]
    [InlineData("""{"kind":"action","text":"x","pairs":[]}""", "$.swots[0].items[0].pairs", "at least 1 item")]
    [InlineData("""{"kind":"action","text":"x","rank":2}""", "$.swots[0].items[0].rank", "`rank` is not an attribute of an action")]
    [InlineData("""{"kind":"threat","qualifier":"risk","text":"x"}""", "$.swots[0].items[0].qualifier", "a threat takes no qualifier")]
    [InlineData("""{"kind":"threat"}""", "$.swots[0].items[0].text", "missing: a SWOT entry needs `text`")]
    public void A_swot_item_no_canvas_could_hold_is_refused_where_it_is(string item, string path, string message)
    {
        var problems = Should.Throw<ImportException>(() => CanvasJsonImporter.Import($$"""{"version":"1.1","swots":[{"name":"s","items":[{{item}}]}]}""")).Problems;
        var problem = problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe(path);
        problem.Message.ShouldContain(message);
    }

    [Fact]
    public void A_profile_entry_with_priority_is_refused() =>
        Should.Throw<ImportException>(() => CanvasJsonImporter.Import("""{"version":"1.1","profiles":[{"segment":"s","entries":[{"kind":"pain","text":"t","priority":1}]}]}"""))
            .Problems.ShouldHaveSingleItem().Message.ShouldContain("`priority` is not an attribute of a pain");

    [Fact]
    public void Markdown_lists_the_quadrants_and_what_each_action_pairs()
    {
        var markdown = CanvasMarkdownExporter.Export(RenderSamples.Analyze(Canvas));
        markdown.ShouldContain("## SWOT `van_swot` for `riders`\n\n**Strengths** (internal, helpful)\n\n- `s1` Two mechanics who ride to work themselves · priority 1\n");
        markdown.ShouldContain("**Threats** (external, harmful)\n\n- `t1` A chain opens a service point at the station\n- Winter halves the number of riders\n");
        markdown.ShouldContain("- `a1` Rent a second van for the winter months · priority 1 · pairs `w1`, `t1`\n");
        markdown.ShouldContain("## SWOT `shop_swot`\n\n**Strengths** (internal, helpful): none");
        markdown.ShouldContain("**Actions**: none");
    }
}
