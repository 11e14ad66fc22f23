using CanvasLang.EditorServices.Export;
using CanvasLang.EditorServices.Tests.Rendering;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.Tests.Export;

/// <summary>An export of a file that imports others stands alone: it carries the imported declarations, marked as such.</summary>
public sealed class SelfContainedExportTests : IDisposable
{
    private const string Segments = """
        segment owners "Dog owners who work 9-to-5 in the city"

        profile owners {
          functional job walk "Get the dog walked at midday while I am at the office" importance high
          pain guilt "The dog is alone for 9 hours" severity extreme
        }
        """;

    private const string Main = """
        import "segments.canvas"

        valuemap owners {
          service walks "A 45-minute midday walk by a vetted neighbour" serves walk
          reliever visit "A photo from the walk at 12:30 every day" relieves guilt
        }
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("canvaslang-export-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_imported_declarations_are_in_the_json_marked_with_their_file()
    {
        var json = JObject.Parse(CanvasJsonExporter.Export(Analyze()));

        var segment = json["segments"]!.ShouldHaveSingleItem()!;
        ((string?)segment["name"]).ShouldBe("owners");
        ((string?)segment["imported"]).ShouldBe("segments.canvas");
        ((string?)json["profiles"]![0]!["imported"]).ShouldBe("segments.canvas");
        json["valueMaps"]![0]!["imported"].ShouldBeNull();
    }

    [Fact]
    public void Importing_the_json_elsewhere_gives_a_canvas_without_errors()
    {
        var imported = CanvasJsonImporter.Import(CanvasJsonExporter.Export(Analyze()));

        imported.Text.ShouldNotContain("import \"segments.canvas\"");
        imported.Text.ShouldContain("// imported from segments.canvas\nsegment owners");
        imported.Warnings.ShouldHaveSingleItem().Message.ShouldContain("segments.canvas");
        var elsewhere = Directory.CreateTempSubdirectory("canvaslang-elsewhere-").FullName;
        try
        {
            var analysis = RenderSamples.Analyze(imported.Text, Path.Combine(elsewhere, "main.canvas"));
            analysis.Diagnostics.Where(d => d.Severity == Syntax.Diagnostics.DiagnosticSeverity.Error).Select(d => $"{d.Code} {d.Message}").ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void The_schema_declares_the_imported_mark()
    {
        var schema = JObject.Parse(File.ReadAllText(Path.Combine(Formatting.SampleCanvases.RepoRoot, "docs", "schema", "canvas.schema.json")));
        schema["properties"]!["segments"]!["items"]!["properties"]!["imported"].ShouldNotBeNull();
        schema["$defs"]!["block"]!["properties"]!["imported"].ShouldNotBeNull();
        schema["$defs"]!["testCard"]!["properties"]!["imported"].ShouldNotBeNull();
        schema["$defs"]!["learningCard"]!["properties"]!["imported"].ShouldNotBeNull();
    }

    private Semantics.Analysis.AnalysisResult Analyze()
    {
        File.WriteAllText(Path.Combine(folder, "segments.canvas"), Segments);
        var main = Path.Combine(folder, "main.canvas");
        File.WriteAllText(main, Main);
        return RenderSamples.AnalyzeFile(main);
    }
}
