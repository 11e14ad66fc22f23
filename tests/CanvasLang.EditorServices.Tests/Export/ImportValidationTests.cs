using CanvasLang.EditorServices.Export;
using CanvasLang.EditorServices.Tests.Formatting;
using CanvasLang.EditorServices.Tests.Rendering;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Tests.Export;

/// <summary>
/// The importer refuses values a canvas cannot carry (issue 14, item 2): each problem names the
/// value's JSONPath, its line and column, and what was expected; all of them, not only the first.
/// </summary>
public class ImportValidationTests
{
    [Theory]
    [InlineData("""{"kind":"pain","text":"t","severity":"bogus"}""", "severity", "expected a level for severity: extreme, high, moderate or low, found \"bogus\"")]
    [InlineData("""{"kind":"pain","text":"t","severity":"hihg"}""", "severity", "did you mean `high`?")]
    [InlineData("""{"kind":"chore","text":"t"}""", "kind", "expected the kind of a profile entry: job, pain or gain, found \"chore\"")]
    [InlineData("""{"kind":"product","text":"t"}""", "kind", "(a value map entry, not a profile one)")]
    [InlineData("""{"kind":"job","qualifier":"funky","text":"t"}""", "qualifier", "expected a qualifier of a job: functional, social, emotional or personal")]
    [InlineData("""{"kind":"pain","qualifier":"digital","text":"t"}""", "qualifier", "expected a qualifier of a pain: undesired, obstacle or risk")]
    [InlineData("""{"kind":"job","text":"t","importance":"huge"}""", "importance", "expected a level for importance: critical, high, medium or low")]
    [InlineData("""{"kind":"gain","text":"t","relevance":"maybe"}""", "relevance", "expected a level for relevance")]
    [InlineData("""{"kind":"job","text":"t","as":"boss"}""", "as", "expected a role: buyer, cocreator or transferrer, found \"boss\"")]
    [InlineData("""{"kind":"job","text":"t","rank":0}""", "rank", "expected a rank: a whole number from 1 (the most important), found the number 0")]
    [InlineData("""{"kind":"job","text":"t","rank":1.5}""", "rank", "found the number 1.5")]
    [InlineData("""{"kind":"job","text":"t","rank":"2"}""", "rank", "found \"2\"")]
    [InlineData("""{"kind":"job","text":"t","rank":99999999999}""", "rank", "found the number 99999999999")]
    [InlineData("""{"kind":"job","id":"not a name","text":"t"}""", "id", "letters, digits, _ and -, starting with a letter or _")]
    [InlineData("""{"kind":"job","text":"t","severity":"high"}""", "severity", "`severity` is not an attribute of a job: a job takes `importance`, `as`, `rank` and `heard`")]
    [InlineData("""{"kind":"job","text":7}""", "text", "expected the entry's text (a string), found the number 7")]
    [InlineData("""{"kind":"job","text":"a\u0000b"}""", "text", "without the NUL character (U+0000)")]
    [InlineData("""{"kind":"job"}""", "text", "missing: a profile entry needs `text`")]
    [InlineData("""{"kind":"job","text":"t","severty":"high"}""", "severty", "unknown property; did you mean `severity`?")]
    public void A_profile_entry_that_no_canvas_could_hold_is_refused_where_it_is(string entry, string property, string message) =>
        Refused($$"""{"version":"1.0","profiles":[{"segment":"riders","entries":[{{entry}}]}]}""", $"$.profiles[0].entries[0].{property}", message);

    [Theory]
    [InlineData("""{"kind":"reliever","qualifier":"digital","text":"t"}""", "qualifier", "a reliever takes no qualifier, found \"digital\"")]
    [InlineData("""{"kind":"service","text":"t","serves":[]}""", "serves", "with at least 1 item, found an empty array")]
    [InlineData("""{"kind":"service","text":"t","relieves":["x"]}""", "relieves", "`relieves` is not an attribute of a service")]
    [InlineData("""{"kind":"service","text":"t","serves":["ok",3]}""", "serves[1]", "expected an entry's name (a string), found the number 3")]
    public void A_value_map_entry_that_no_canvas_could_hold_is_refused_where_it_is(string entry, string property, string message) =>
        Refused($$"""{"version":"1.0","valueMaps":[{"segment":"riders","entries":[{{entry}}]}]}""", $"$.valueMaps[0].entries[0].{property}", message);

    [Theory]
    [InlineData("""{"field":"status","value":"bogus"}""", "value", "expected a status: planned, running, validated, invalidated or inconclusive, found \"bogus\"")]
    [InlineData("""{"field":"due","value":"2026-02-30"}""", "value", "expected a date that exists, as YYYY-MM-DD, found \"2026-02-30\"")]
    [InlineData("""{"field":"due","value":"soon"}""", "value", "expected a date that exists")]
    [InlineData("""{"field":"priority","value":"0"}""", "value", "expected a priority: a whole number from 1")]
    [InlineData("""{"field":"priority","value":"high"}""", "value", "expected a priority")]
    [InlineData("""{"field":"reliability","value":"bogus"}""", "value", "expected a level for reliability")]
    [InlineData("""{"field":"observation","value":"x"}""", "field", "expected a field of a test card: hypothesis, experiment")]
    [InlineData("""{"field":"owner"}""", "value", "missing: `owner` needs `value`")]
    public void A_test_card_field_that_no_canvas_could_hold_is_refused_where_it_is(string field, string property, string message) =>
        Refused($$"""{"version":"1.0","tests":[{"name":"t","fields":[{{field}}]}]}""", $"$.tests[0].fields[0].{property}", message);

    [Theory]
    [InlineData("""{"version":"1.0","learnings":[{"name":"l"}]}""", "$.learnings[0].from", "missing: a learning card needs `from`")]
    [InlineData("""{"version":"1.0","learnings":[{"name":"l","from":"t","fields":[{"field":"date","value":"yesterday"}]}]}""", "$.learnings[0].fields[0].value", "expected a date that exists")]
    [InlineData("""{"version":"1.0","tests":[{"name":"t","fields":[{"field":"due","value":"2026-01-01"},{"field":"due","value":"2026-01-02"}]}]}""", "$.tests[0].fields[1].field", "`due` is given twice on this test card: keep one")]
    [InlineData("""{"version":"1.0","tests":[{"name":"t","from":"x"}]}""", "$.tests[0].from", "unknown property")]
    [InlineData("""{"version":"1.0","purposes":[{"level":"team","text":"t"}]}""", "$.purposes[0].level", "expected the purpose's level: company, brand or customer")]
    [InlineData("""{"version":"1.0","purposes":[{"level":"customer","text":"t"}]}""", "$.purposes[0].segment", "missing: a customer purpose names its segment")]
    [InlineData("""{"version":"1.0","purposes":[{"level":"company","segment":"s","text":"t"}]}""", "$.purposes[0].segment", "only a customer purpose names a segment")]
    [InlineData("""{"version":"1.0","businessModels":[{"name":"b","blocks":[{"block":"money","items":["x"]}]}]}""", "$.businessModels[0].blocks[0].block", "expected a business model block: segments, propositions")]
    [InlineData("""{"version":"1.0","businessModels":[{"name":"b","blocks":[{"block":"channels","items":[]}]}]}""", "$.businessModels[0].blocks[0].items", "at least 1 item")]
    [InlineData("""{"version":"1.0","businessModels":[{"name":"b","blocks":[{"block":"segments","items":["not a name"]}]}]}""", "$.businessModels[0].blocks[0].items[0]", "expected a segment name")]
    [InlineData("""{"version":"1.0","segments":[{"name":"s","imported":"a.canvas\nsegment x"}]}""", "$.segments[0].imported", "on one line")]
    [InlineData("""{"version":"1.0","segments":"riders"}""", "$.segments", "expected the segments (an array), found \"riders\"")]
    [InlineData("""{"version":"1.0","title":5}""", "$.title", "expected the canvas title (a string), found the number 5")]
    [InlineData("""{"version":"1.0","fit":[{"relation":"helps"}]}""", "$.fit[0].relation", "expected a relation: serves, relieves or creates")]
    [InlineData("""{"version":1}""", "$.version", "expected the format version as a string such as \"1.1\", found the number 1")]
    [InlineData("""{"version":"1.0.1"}""", "$.version", "format version 1.0.1 is not supported (this tool reads 1.x)")]
    public void Cards_purposes_business_models_and_the_document_itself_are_checked(string json, string path, string message) =>
        Refused(json, path, message);

    [Fact]
    public void Every_problem_is_reported_at_its_line_and_column()
    {
        var json = """
            {
              "version": "1.0",
              "profiles": [
                {
                  "segment": "riders",
                  "entries": [
                    { "kind": "pain", "text": "Flat tyre", "severity": "bogus" },
                    { "kind": "job", "text": "Ride", "as": "boss", "rank": 0 }
                  ]
                }
              ],
              "tests": [ { "name": "t", "fields": [ { "field": "status", "value": "bogus" } ] } ]
            }
            """.ReplaceLineEndings("\n");
        var problems = Should.Throw<ImportException>(() => CanvasJsonImporter.Import(json)).Problems;
        problems.Select(p => p.Path).ShouldBe(
        [
            "$.profiles[0].entries[0].severity",
            "$.profiles[0].entries[1].as",
            "$.profiles[0].entries[1].rank",
            "$.tests[0].fields[0].value",
        ]);
        problems.Select(p => (p.Line, p.Column)).ShouldBe([Where(json, "\"bogus\" }"), Where(json, "\"boss\""), Where(json, "0 }"), Where(json, "\"bogus\" } ]")]);
        problems[0].ToString().ShouldBe("7:60: $.profiles[0].entries[0].severity: expected a level for severity: extreme, high, moderate or low, found \"bogus\"");
    }

    [Fact]
    public void Names_of_properties_and_values_on_other_lines_are_located_at_their_start()
    {
        var json = "{\r\n  \"version\": \"1.0\",\r\n  \"segments\": [\r\n    {\r\n      \"name\": \"s\",\r\n      \"colour\"  :  \"red\"\r\n    },\r\n    null\r\n  ]\r\n}\r\n";
        var problems = Should.Throw<ImportException>(() => CanvasJsonImporter.Import(json)).Problems;
        problems.Select(p => (p.Path, p.Line, p.Column)).ShouldBe([("$.segments[0].colour", 6, 7), ("$.segments[1]", 8, 5)]);
    }

    [Fact]
    public void Json_that_does_not_parse_is_located_without_the_readers_own_position_words()
    {
        var problem = Should.Throw<ImportException>(() => CanvasJsonImporter.Import("{\n  \"version\": \"1.0\",\n  \"title\": nope\n}")).Problems.ShouldHaveSingleItem();
        (problem.Line, problem.Column).ShouldBe((3, 12));
        problem.Message.ShouldStartWith("not valid JSON: ");
        problem.Message.ShouldNotContain("position");
    }

    [Fact]
    public void A_property_of_a_newer_minor_version_is_ignored_with_a_warning()
    {
        var entry = """{"kind":"job","text":"Ride to work","mood":"happy"}""";
        var result = CanvasJsonImporter.Import($$"""{"version":"1.7","profiles":[{"segment":"riders","entries":[{{entry}}]}]}""");
        result.Text.ShouldContain("job \"Ride to work\"");
        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Path.ShouldBe("$.profiles[0].entries[0].mood");
        warning.Message.ShouldContain("ignored");
        Should.Throw<ImportException>(() => CanvasJsonImporter.Import($$"""{"version":"1.0","profiles":[{"segment":"riders","entries":[{{entry}}]}]}"""));
    }

    public static TheoryData<string> AllExamples()
    {
        var data = new TheoryData<string>();
        var shared = Path.GetFullPath(Path.Combine(SampleCanvases.RepoRoot, "..", "shared", "examples"));
        foreach (var folder in new[] { Path.Combine(SampleCanvases.RepoRoot, "examples"), shared }.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.canvas", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(file);
            }
        }

        return data;
    }

    /// <summary>
    /// Validation refuses nothing an export writes: every example (subfolders and shared ones too) comes
    /// back without a problem, gives the same export again, or (when it carried the declarations of the
    /// files it imports) a canvas with no errors on its own.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllExamples))]
    public void The_export_of_every_example_imports_back(string path)
    {
        var analysis = RenderSamples.AnalyzeFile(path);
        if (analysis.Tree.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return; // `export` refuses these.
        }

        var json = CanvasJsonExporter.Export(analysis);
        var imported = CanvasJsonImporter.Import(json);
        SyntaxTree.Parse(imported.Text, path).Diagnostics.ShouldBeEmpty();
        var again = RenderSamples.Analyze(imported.Text, path);
        if (imported.Warnings.Count == 0)
        {
            CanvasJsonExporter.Export(again).ShouldBe(json);
        }
        else
        {
            imported.Warnings.ShouldHaveSingleItem().Message.ShouldContain("imported from");
            Errors(again).ShouldBe(Errors(analysis));
        }
    }

    private static List<string> Errors(Semantics.Analysis.AnalysisResult analysis) =>
        [.. analysis.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Code} {d.Message}")];

    private static void Refused(string json, string path, string message)
    {
        var problems = Should.Throw<ImportException>(() => CanvasJsonImporter.Import(json)).Problems;
        var problem = problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe(path);
        problem.Message.ShouldContain(message);
        (problem.Line, problem.Column).ShouldNotBe((0, 0));
    }

    private static (int Line, int Column) Where(string text, string at)
    {
        var offset = text.IndexOf(at, StringComparison.Ordinal);
        var line = text[..offset].Count(c => c == '\n');
        return (line + 1, offset - (text.LastIndexOf('\n', offset - 1) + 1) + 1);
    }
}
