using System.Xml.Linq;
using CanvasLang.Cli.Commands;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Cli.Tests;

/// <summary>`render`, `export` and `import` run in-process against a temp folder.</summary>
public sealed class RenderExportImportCommandTests : IDisposable
{
    private const string Canvas = """
        title "Night bakery"

        segment shift_workers "Nurses leaving a night shift at 7:00"

        profile shift_workers {
          functional job fresh_bread "Buy fresh bread on the way home at 7:15" importance high
          pain closed "Every bakery on the route opens at 8:00" severity extreme
          required gain warm "The bread is still warm when I get home" relevance essential
        }

        valuemap shift_workers {
          service early "Opening at 6:30 next to the hospital" serves fresh_bread
          reliever open_early "Doors open before the shift ends" relieves closed
        }
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("canvaslang-render-").FullName;

    public RenderExportImportCommandTests() => File.WriteAllText(Path.Combine(folder, "bakery.canvas"), Canvas);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Render_writes_svg_with_source_lines_on_entries()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        RenderCommand.Run("bakery.canvas", null, "svg", "light", "out.svg", folder, stdout, stderr).ShouldBe(0, stderr.ToString());
        var svg = File.ReadAllText(Path.Combine(folder, "out.svg"));
        svg.ShouldStartWith("<svg");
        svg.ShouldContain("data-line=\"5\"");
        svg.ShouldContain("⚠ not addressed");
    }

    [Fact]
    public void Render_draws_personas_beside_their_canvas_and_the_others_on_a_personas_sheet()
    {
        File.WriteAllText(Path.Combine(folder, "personas.canvas"), Canvas + """

            persona night_nurse for shift_workers {
              goal "Fresh bread at home before sleeping"
              quote "By 8:00 I am in bed."
            }

            persona lost_baker {
              frustration "No segment <yet> & no canvas"
            }
            """);
        var stderr = new StringWriter();
        RenderCommand.Run("personas.canvas", null, "svg", "light", "out.svg", folder, new StringWriter(), stderr).ShouldBe(0, stderr.ToString());

        var svg = XDocument.Parse(File.ReadAllText(Path.Combine(folder, "out.svg")));
        string SheetOf(string persona) => (string)svg.Descendants().Single(e => (string?)e.Attribute("data-persona") == persona)
            .Ancestors().First(a => ((string?)a.Attribute("class"))?.StartsWith("sheet ", StringComparison.Ordinal) == true).Attribute("class")!;
        SheetOf("night_nurse").ShouldBe("sheet cl-vpc");
        SheetOf("lost_baker").ShouldBe("sheet cl-personas");
        svg.Descendants().ShouldContain(e => e.Value == "“By 8:00 I am in bed.”");
        svg.Descendants().ShouldContain(e => e.Value == "No segment <yet> & no canvas");
    }

    [Fact]
    public void Render_html_is_self_contained_and_lists_findings()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        RenderCommand.Run("bakery.canvas", "shift_workers", "html", "dark", null, folder, stdout, stderr).ShouldBe(0, stderr.ToString());
        var html = stdout.ToString();
        html.ShouldContain("<svg");
        html.ShouldContain("Findings");
        // Nothing fetched: no external scripts, styles or images.
        html.ShouldNotContain("<link");
        html.ShouldNotContain("src=");
        html.ShouldNotContain("href=");
    }

    [Fact]
    public void Render_of_an_unknown_segment_is_a_usage_error()
    {
        var stderr = new StringWriter();
        RenderCommand.Run("bakery.canvas", "nobody", "svg", "light", null, folder, new StringWriter(), stderr).ShouldBe(2);
        stderr.ToString().ShouldContain("shift_workers");
    }

    [Fact]
    public void Export_then_import_gives_the_same_canvas()
    {
        var stderr = new StringWriter();
        ExportCommand.Run("bakery.canvas", "json", null, "bakery.json", folder, new StringWriter(), stderr).ShouldBe(0, stderr.ToString());
        ((string?)JObject.Parse(File.ReadAllText(Path.Combine(folder, "bakery.json")))["version"]).ShouldBe("1.1");
        ImportCommand.Run("bakery.json", null, "back.canvas", folder, new StringWriter(), stderr).ShouldBe(0, stderr.ToString());
        File.ReadAllText(Path.Combine(folder, "back.canvas")).ShouldBe(Canvas + "\n");
    }

    [Fact]
    public void Export_markdown_and_canvascreator()
    {
        var stdout = new StringWriter();
        ExportCommand.Run("bakery.canvas", "markdown", null, null, folder, stdout, new StringWriter()).ShouldBe(0);
        stdout.ToString().ShouldContain("| `closed` | pain | Every bakery on the route opens at 8:00 | extreme |  | ✓ by `open_early` |");

        var (creator, warnings) = (new StringWriter(), new StringWriter());
        ExportCommand.Run("bakery.canvas", "canvascreator", null, null, folder, creator, warnings).ShouldBe(0);
        ((string?)JObject.Parse(creator.ToString())["templateId"]).ShouldBe("apiValuePropositionCanvas");
        warnings.ToString().ShouldContain("no pains or gains");
    }

    [Fact]
    public void Import_refuses_json_it_does_not_know()
    {
        File.WriteAllText(Path.Combine(folder, "other.json"), "{\"nodes\": [], \"edges\": []}");
        var stderr = new StringWriter();
        ImportCommand.Run("other.json", null, null, folder, new StringWriter(), stderr).ShouldBe(2);
        stderr.ToString().ShouldStartWith("canvaslang: other.json:1:1: $: this JSON has neither a `version`");
    }

    [Theory]
    [InlineData("{\"version\":\"1.0\",\"profiles\":[null]}", "canvaslang: bad.json:1:30: $.profiles[0]: expected a profile (an object), found null")]
    [InlineData("{\"version\":\"1.0\",\"segments\":[{\"name\":\"s\",\"aliases\":[null]}]}", "canvaslang: bad.json:1:53: $.segments[0].aliases[0]: expected an alias (a string), found null")]
    public void Import_of_nulls_is_a_located_input_problem_not_a_crash(string json, string expected)
    {
        File.WriteAllText(Path.Combine(folder, "bad.json"), json);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        ImportCommand.Run("bad.json", null, null, folder, stdout, stderr).ShouldBe(2);
        stderr.ToString().ShouldBe(expected + Environment.NewLine);
        stdout.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void Import_reports_every_invalid_value_with_its_place_and_writes_nothing()
    {
        var json = """
            {
              "version": "1.0",
              "profiles": [
                {
                  "segment": "riders",
                  "entries": [
                    { "kind": "pain", "text": "Flat tyre", "severity": "bogus" },
                    { "kind": "job", "qualifier": "digital", "text": "Ride", "as": "boss" }
                  ]
                }
              ],
              "tests": [ { "name": "t", "fields": [ { "field": "due", "value": "2026-02-30" } ] } ]
            }
            """;
        File.WriteAllText(Path.Combine(folder, "bad.json"), json);
        var stderr = new StringWriter();
        ImportCommand.Run("bad.json", null, "out.canvas", folder, new StringWriter(), stderr).ShouldBe(2);
        stderr.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).ShouldBe(
        [
            "canvaslang: bad.json:7:60: $.profiles[0].entries[0].severity: expected a level for severity: extreme, high, moderate or low, found \"bogus\"",
            "canvaslang: bad.json:8:39: $.profiles[0].entries[1].qualifier: expected a qualifier of a job: functional, social, emotional or personal, found \"digital\"",
            "canvaslang: bad.json:8:72: $.profiles[0].entries[1].as: expected a role: buyer, cocreator or transferrer, found \"boss\"",
            "canvaslang: bad.json:12:68: $.tests[0].fields[0].value: expected a date that exists, as YYYY-MM-DD, found \"2026-02-30\"",
        ]);
        File.Exists(Path.Combine(folder, "out.canvas")).ShouldBeFalse();
    }

    [Fact]
    public void Export_refuses_files_with_syntax_errors()
    {
        File.WriteAllText(Path.Combine(folder, "broken.canvas"), "profile x {\n  job \"open\n}\n");
        ExportCommand.Run("broken.canvas", "json", null, null, folder, new StringWriter(), new StringWriter()).ShouldBe(1);
    }
}
