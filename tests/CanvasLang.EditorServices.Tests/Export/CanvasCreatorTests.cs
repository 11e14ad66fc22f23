using CanvasLang.EditorServices.Export;
using CanvasLang.EditorServices.Tests.Formatting;
using CanvasLang.EditorServices.Tests.Rendering;
using CanvasLang.Syntax.Tree;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.Tests.Export;

/// <summary>APIOps Cycles CanvasCreator JSON (templateId, metadata, sections of sticky notes), both ways.</summary>
public class CanvasCreatorTests
{
    private static string FixturePath => Path.Combine(SampleCanvases.RepoRoot, "tests", "CanvasLang.EditorServices.Tests", "Export", "Fixtures", "canvascreator-vpc.json");

    [Fact]
    public void Imports_a_file_written_to_its_schema()
    {
        var result = CanvasJsonImporter.Import(File.ReadAllText(FixturePath));
        result.Format.ShouldBe("canvascreator");
        result.Warnings.ShouldBeEmpty();
        var tree = SyntaxTree.Parse(result.Text);
        tree.Diagnostics.ShouldBeEmpty();
        var entries = tree.AllEntries().ToList();
        entries.Where(e => e.Kind == EntryKind.Job).Select(e => e.Text!.Value)
            .ShouldBe(["Collect a parcel after a shift that ends at 7:30", "Send back a return without queueing at the post office"]);
        entries.Count(e => e.Kind == EntryKind.Reliever).ShouldBe(2);
        entries.Count(e => e.Kind == EntryKind.Creator).ShouldBe(1);
        entries.Count(e => e.Kind == EntryKind.Product).ShouldBe(1);
        entries.ShouldContain(e => e.Text!.Value == "Prepaid \"return\" labels printed at the locker");
        result.Text.ShouldContain("title \"Parcel lockers for night-shift nurses\"");
    }

    [Fact]
    public void Exports_to_its_schema_and_back()
    {
        var analysis = RenderSamples.AnalyzeFile(SampleCanvases.Fixture("coffee.canvas"));
        var (json, warnings) = CanvasCreatorFormat.Export(analysis, null, new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        warnings.ShouldContain(w => w.Contains("no pains or gains", StringComparison.Ordinal));
        // Dates stay strings, as the schema types them.
        var root = (JObject)JToken.ReadFrom(new Newtonsoft.Json.JsonTextReader(new StringReader(json)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None });
        CheckAgainstCanvasCreatorSchema(root);
        ((string?)root["templateId"]).ShouldBe("apiValuePropositionCanvas");
        root["sections"]!.Select(s => (string?)s["sectionId"]).ShouldBe(["tasks", "gainEnablingFeatures", "painRelievingFeatures", "apiProducts"]);
        root["sections"]![0]!["stickyNotes"]!.Count().ShouldBe(4);

        var back = SyntaxTree.Parse(CanvasJsonImporter.Import(json).Text);
        back.Diagnostics.ShouldBeEmpty();
        back.AllEntries().Where(e => e.Kind == EntryKind.Job).Select(e => e.Text!.Value)
            .ShouldBe(analysis.Model.ProfileOf("commuters")!.Jobs.Select(j => j.Text));
        back.Declarations.OfType<SegmentSyntax>().Single().Name!.Text.ShouldBe("commuters");
    }

    [Fact]
    public void Sections_of_other_templates_are_reported_not_invented()
    {
        var json = "{\"templateId\":\"apiBusinessModelCanvas\",\"metadata\":{},\"sections\":[{\"sectionId\":\"keyPartners\",\"stickyNotes\":[{\"content\":\"Rail operator\",\"size\":80,\"color\":\"#FFF399\"}]}]}";
        var result = CanvasJsonImporter.Import(json);
        result.Warnings.ShouldHaveSingleItem().Message.ShouldContain("keyPartners");
        SyntaxTree.Parse(result.Text).Diagnostics.ShouldBeEmpty();
    }

    /// <summary>The rules of CanvasCreator's import-export template schema (required keys, no extra keys, note size and colour).</summary>
    private static void CheckAgainstCanvasCreatorSchema(JObject root)
    {
        root.Properties().Select(p => p.Name).ShouldAllBe(n => n == "templateId" || n == "metadata" || n == "sections" || n == "locale");
        ((string?)root["templateId"]).ShouldNotBeNullOrEmpty();
        var metadata = (JObject)root["metadata"]!;
        foreach (var key in new[] { "source", "license", "website", "date" })
        {
            metadata[key]!.Type.ShouldBe(JTokenType.String);
        }

        metadata["authors"]!.Type.ShouldBe(JTokenType.Array);
        var sections = (JArray)root["sections"]!;
        sections.Count.ShouldBeGreaterThan(0);
        foreach (var section in sections.Cast<JObject>())
        {
            section.Properties().Select(p => p.Name).ShouldBe(["sectionId", "stickyNotes"]);
            foreach (var note in section["stickyNotes"]!.Cast<JObject>())
            {
                note.Properties().Select(p => p.Name).ShouldAllBe(n => n == "content" || n == "size" || n == "color" || n == "position");
                ((string?)note["content"]).ShouldNotBeNullOrEmpty();
                ((double)note["size"]!).ShouldBeInRange(20, 120);
                ((string?)note["color"] ?? string.Empty).ShouldMatch("^#([0-9A-Fa-f]{6})$");
            }
        }
    }
}
