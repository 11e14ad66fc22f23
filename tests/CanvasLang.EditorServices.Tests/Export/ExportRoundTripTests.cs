using Antlr4.Runtime;
using CanvasLang.EditorServices.Export;
using CanvasLang.EditorServices.Tests.Formatting;
using CanvasLang.EditorServices.Tests.Rendering;
using CanvasLang.Syntax.Generated;
using CanvasLang.Syntax.Tree;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.Tests.Export;

public class ExportRoundTripTests
{
    public static TheoryData<string> Files() => SampleCanvases.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void Import_of_export_means_the_same(string path)
    {
        var analysis = RenderSamples.AnalyzeFile(path);
        var json = CanvasJsonExporter.Export(analysis);
        var imported = CanvasJsonImporter.Import(json);
        imported.Format.ShouldBe("canvaslang");
        var tree = SyntaxTree.Parse(imported.Text, path);
        tree.Diagnostics.ShouldBeEmpty();

        // Same document (fit links included) when exported again, and the same words: nothing lost, nothing added.
        var again = CanvasJsonExporter.Export(RenderSamples.Analyze(imported.Text, path));
        again.ShouldBe(json);
        Words(imported.Text).ShouldBe(Words(File.ReadAllText(path)));
        tree.AllEntries().Count().ShouldBe(analysis.Tree.AllEntries().Count());
    }

    [Fact]
    public void Export_carries_version_levels_references_and_fit()
    {
        var analysis = RenderSamples.AnalyzeFile(SampleCanvases.Fixture("coffee.canvas"));
        var json = JObject.Parse(CanvasJsonExporter.Export(analysis));
        ((string?)json["version"]).ShouldBe(CanvasDocument.CurrentVersion);
        var app = json["valueMaps"]![0]!["entries"]!.First(e => (string?)e["id"] == "app");
        ((string?)app["qualifier"]).ShouldBe("digital");
        app["serves"]!.Select(s => (string?)s).ShouldBe(["get_coffee", "pay"]);
        ((string?)app["relevance"]).ShouldBe("essential");
        json["fit"]!.ShouldContain(f => (string?)f["from"] == "preorder" && (string?)f["to"] == "queue" && (string?)f["relation"] == "relieves");
        var test = json["tests"]![0]!;
        ((string?)test["for"]).ShouldBe("commuters");
        test["fields"]!.ShouldContain(f => (string?)f["field"] == "due" && (string?)f["value"] == "2026-12-15");
    }

    [Fact]
    public void Export_uses_only_properties_the_schema_declares()
    {
        var schema = JObject.Parse(File.ReadAllText(Path.Combine(SampleCanvases.RepoRoot, "docs", "schema", "canvas.schema.json")));
        var analysis = RenderSamples.AnalyzeFile(SampleCanvases.Fixture("coffee.canvas"));
        var json = JObject.Parse(CanvasJsonExporter.Export(analysis));
        var top = ((JObject)schema["properties"]!).Properties().Select(p => p.Name).ToHashSet();
        json.Properties().Select(p => p.Name).ShouldAllBe(name => top.Contains(name));
        var entryProperties = ((JObject)schema["$defs"]!["entry"]!["properties"]!).Properties().Select(p => p.Name).ToHashSet();
        json["profiles"]!.Concat(json["valueMaps"]!).SelectMany(b => b["entries"]!).Cast<JObject>()
            .SelectMany(e => e.Properties()).Select(p => p.Name).ShouldAllBe(name => entryProperties.Contains(name));
        ((string?)schema["properties"]!["version"]!["pattern"]).ShouldBe("^1\\.[0-9]+$");
    }

    [Fact]
    public void Strings_with_quotes_and_backslashes_survive()
    {
        var text = "segment s \"A \\\"quoted\\\" \\\\ segment\"\n\nprofile s {\n  pain p \"It \\\"hurts\\\"\" severity high\n}\n";
        var imported = CanvasJsonImporter.Import(CanvasJsonExporter.Export(RenderSamples.Analyze(text))).Text;
        imported.ShouldBe(text);
    }

    [Fact]
    public void Unknown_json_is_refused_with_a_reason()
    {
        Should.Throw<FormatException>(() => CanvasJsonImporter.Import("{\"nodes\": []}")).Message.ShouldContain("version");
        Should.Throw<FormatException>(() => CanvasJsonImporter.Import("not json")).Message.ShouldContain("not valid JSON");
        Should.Throw<FormatException>(() => CanvasJsonImporter.Import("{\"version\": \"2.0\"}")).Message.ShouldContain("2.0");
    }

    [Fact]
    public void Markdown_has_tables_fit_and_cards()
    {
        var markdown = CanvasMarkdownExporter.Export(RenderSamples.AnalyzeFile(SampleCanvases.Fixture("coffee.canvas")));
        markdown.ShouldStartWith("# Coffee to go\n");
        markdown.ShouldContain("## Segment `commuters`");
        markdown.ShouldContain("| `queue` | pain | Waiting more than 5 minutes in the queue and missing the train | extreme |  | ✓ by `preorder` |");
        markdown.ShouldContain("| `app` | digital product | Pre-order app with saved favourites | essential |  | ✓ → `get_coffee`, `pay` |");
        markdown.ShouldContain("## Test card `preorder_demand` for `commuters`");
        markdown.ShouldContain("| channels | Station kiosks; Mobile app |");
    }

    private static List<string> Words(string text)
    {
        var lexer = new CanvasLexer(CharStreams.fromString(text));
        lexer.RemoveErrorListeners();
        var words = new List<string>();
        for (var t = lexer.NextToken(); t.Type != TokenConstants.EOF; t = lexer.NextToken())
        {
            if (t.Type is not (CanvasLexer.LINE_COMMENT or CanvasLexer.BLOCK_COMMENT or CanvasLexer.WS))
            {
                words.Add(t.Text);
            }
        }

        words.Sort(StringComparer.Ordinal);
        return words;
    }
}
