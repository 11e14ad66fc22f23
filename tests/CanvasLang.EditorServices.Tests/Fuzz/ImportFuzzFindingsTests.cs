using CanvasLang.EditorServices.Export;

namespace CanvasLang.EditorServices.Tests.Fuzz;

/// <summary>
/// JSON the import fuzzer (`canvaslang-fuzz import`) found crashing the importer, minimized. The
/// importer may refuse with an <see cref="ImportException"/> (a <see cref="FormatException"/>; the CLI
/// prints its located problems), never throw anything else.
/// </summary>
public class ImportFuzzFindingsTests
{
    [Theory]
    [InlineData("{\"version\":\"1.0\",\"segments\":[null]}", "$.segments[0]")]
    [InlineData("{\"version\":\"1.0\",\"profiles\":[null]}", "$.profiles[0]")]
    [InlineData("{\"version\":\"1.0\",\"profiles\":[{\"segment\":\"s\",\"entries\":[null]}]}", "$.profiles[0].entries[0]")]
    [InlineData("{\"version\":\"1.0\",\"segments\":[{\"name\":\"s\",\"aliases\":[null]}]}", "$.segments[0].aliases[0]")]
    [InlineData("{\"version\":{}}", "$.version")]
    [InlineData("{\"templateId\":\"apiValuePropositionCanvas\",\"metadata\":true,\"sections\":[]}", "$.metadata")]
    [InlineData("{\"templateId\":\"apiValuePropositionCanvas\",\"sections\":[{\"sectionId\":{},\"stickyNotes\":[]}]}", "$.sections[0].sectionId")]
    public void Malformed_json_is_refused_with_a_located_message(string json, string path)
    {
        var problem = Should.Throw<ImportException>(() => CanvasJsonImporter.Import(json)).Problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe(path);
        problem.Message.ShouldContain("expected");
        problem.Line.ShouldBe(1);
    }
}
