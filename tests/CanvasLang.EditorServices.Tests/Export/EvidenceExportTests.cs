using CanvasLang.EditorServices.Export;
using CanvasLang.EditorServices.Formatting;
using CanvasLang.EditorServices.Tests.Rendering;
using CanvasLang.Syntax.Tree;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.Tests.Export;

/// <summary>Language 1.1's interviews, personas and entries' `heard` through JSON and Markdown: the shape, validation, and the way back with nothing lost.</summary>
public class EvidenceExportTests
{
    private const string Canvas = """
        segment riders "People who cycle to work"

        profile riders {
          pain flats "Flat tyres on the way to work" severity high heard ana, ben
          gain fixed "The bike is fixed while I work"
        }

        test van for riders {
          hypothesis "Riders book a repair van to their workplace"
          tests pay, pay_more
        }

        learning van_result from van {
          decision "Run the van two days a week"
          next pivot
        }

        assumption pay for riders {
          type viability
          belief "Riders pay 25 euros a repair"
          importance high
          evidence some
        }

        assumption pay_more {
          belief "They pay more when it is raining"
        }

        interview ana for riders {
          who "Nurse, rides 9 km each way"
          date 2026-11-03
          heard pain "Two flats in March, both \"on the way\" to a shift"
          heard gain "Knowing the bike is fixed by the end of the shift"
          quote "I cannot be late for a handover."
          quote "The shop is closed when I am free."
          note "Carries a patch kit"
        }

        interview ben {
          who "Courier"
        }

        persona nadia for riders {
          goal "Arrive on time for every shift"
          goal "Never push the bike home"
          frustration "Flats on the way to work"
          trait "41, nurse"
          basedon ana, van
          basedon ben
        }

        persona drifter {
          trait "No segment yet"
        }

        positioning van_position for riders {
          need "a bike that works \"before\" the ride home"
          offer "RepairVan"
          proof "41 of 50 pilot repairs done the same day"
        }
        """;

    private static JObject Export(string text) => JObject.Parse(CanvasJsonExporter.Export(RenderSamples.Analyze(text)));

    [Fact]
    public void Interviews_personas_and_heard_are_exported_as_the_schema_says()
    {
        var json = Export(Canvas);
        ((string?)json["version"]).ShouldBe("1.1");
        json["profiles"]![0]!["entries"]![0]!["heard"]!.Values<string>().ShouldBe(["ana", "ben"]);
        var ana = json["interviews"]![0]!;
        ((string?)ana["for"]).ShouldBe("riders");
        ana["fields"]![2]!.ToString(Newtonsoft.Json.Formatting.None).ShouldBe("""{"field":"heard","value":"Two flats in March, both \"on the way\" to a shift","kind":"pain"}""");
        json["interviews"]![1]!["for"].ShouldBeNull();
        var nadia = json["personas"]![0]!;
        nadia["fields"]!.Where(f => (string?)f["field"] == "basedon").Select(f => f.ToString(Newtonsoft.Json.Formatting.None))
            .ShouldBe(["""{"field":"basedon","names":["ana","van"]}""", """{"field":"basedon","names":["ben"]}"""]);
        nadia["fields"]!.Count(f => (string?)f["field"] == "goal").ShouldBe(2);
        json["tests"]![0]!["fields"]![1]!.ToString(Newtonsoft.Json.Formatting.None).ShouldBe("""{"field":"tests","names":["pay","pay_more"]}""");
        json["learnings"]![0]!["fields"]![1]!.ToString(Newtonsoft.Json.Formatting.None).ShouldBe("""{"field":"next","value":"pivot"}""");
        json["assumptions"]![0]!["fields"]!.Select(f => (string?)f["value"]).ShouldBe(["viability", "Riders pay 25 euros a repair", "high", "some"]);
    }

    [Fact]
    public void Import_of_the_export_gives_back_the_canvas_word_for_word()
    {
        var formatted = CanvasFormatter.Format(SyntaxTree.Parse(Canvas));
        var imported = CanvasJsonImporter.Import(CanvasJsonExporter.Export(RenderSamples.Analyze(Canvas)));
        imported.Text.ShouldBe(formatted);
    }

    [Fact]
    public void A_canvas_without_1_1_declarations_exports_no_empty_lists_for_them()
    {
        var json = Export("segment riders \"People who cycle to work\"\nprofile riders {\n  pain flats \"Flat tyres\"\n}\n");
        json.Property("personas").ShouldBeNull();
        json.Property("interviews").ShouldBeNull();
        json["profiles"]![0]!["entries"]![0]!["heard"].ShouldBeNull();
    }

    [Fact]
    public void A_1_0_export_still_imports()
    {
        var imported = CanvasJsonImporter.Import("""{"version":"1.0","segments":[{"name":"riders"}],"tests":[{"name":"t","for":"riders","fields":[{"field":"owner","value":"Ana"}]}]}""");
        imported.Text.ShouldContain("test t for riders {\n  owner \"Ana\"\n}");
        imported.Warnings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"field":"basedon"}""", "$.personas[0].fields[0].names", "missing: `basedon` needs `names`")]
    [InlineData("""{"field":"basedon","names":["ana"],"value":"ana"}""", "$.personas[0].fields[0].value", "`basedon` has no `value`")]
    [InlineData("""{"field":"basedon","names":[]}""", "$.personas[0].fields[0].names", "at least 1 item")]
    [InlineData("""{"field":"basedon","names":["not a name"]}""", "$.personas[0].fields[0].names[0]", "expected a name")]
    [InlineData("""{"field":"goal"}""", "$.personas[0].fields[0].value", "missing: `goal` needs `value`")]
    [InlineData("""{"field":"goal","value":"g","names":["a"]}""", "$.personas[0].fields[0].names", "`goal` has no `names`")]
    [InlineData("""{"field":"hypothesis","value":"h"}""", "$.personas[0].fields[0].field", "expected a field of a persona: goal, frustration")]
    [InlineData("""null""", "$.personas[0].fields[0]", "expected a field of a persona (an object), found null")]
    public void A_persona_field_no_canvas_could_hold_is_refused_where_it_is(string field, string path, string message) =>
        Refused($$"""{"version":"1.1","personas":[{"name":"p","fields":[{{field}}]}]}""", path, message);

    [Theory]
    [InlineData("""{"field":"heard","value":"v"}""", "$.interviews[0].fields[0].kind", "missing: `heard` needs `kind`")]
    [InlineData("""{"field":"heard","kind":"worry","value":"v"}""", "$.interviews[0].fields[0].kind", "expected what `heard` heard: job, pain or gain")]
    [InlineData("""{"field":"date","value":"2026-02-30"}""", "$.interviews[0].fields[0].value", "expected a date that exists")]
    public void An_interview_field_no_canvas_could_hold_is_refused_where_it_is(string field, string path, string message) =>
        Refused($$"""{"version":"1.1","interviews":[{"name":"i","fields":[{{field}}]}]}""", path, message);

    [Theory]
    [InlineData("""{"version":"1.1","assumptions":[{"name":"a","fields":[{"field":"type","value":"risky"}]}]}""", "$.assumptions[0].fields[0].value", "expected a word for `type`: desirability, feasibility or viability")]
    [InlineData("""{"version":"1.1","assumptions":[{"name":"a","fields":[{"field":"evidence","value":"lots"}]}]}""", "$.assumptions[0].fields[0].value", "expected a word for `evidence`: none, weak, some or strong")]
    [InlineData("""{"version":"1.1","learnings":[{"name":"l","from":"t","fields":[{"field":"next","value":"stop"}]}]}""", "$.learnings[0].fields[0].value", "expected a word for `next`: persevere, pivot, kill or retest")]
    [InlineData("""{"version":"1.1","tests":[{"name":"t","fields":[{"field":"tests"}]}]}""", "$.tests[0].fields[0].names", "missing: `tests` needs `names`")]
    public void Assumptions_and_verdicts_no_canvas_could_hold_are_refused(string json, string path, string message) => Refused(json, path, message);

    [Fact]
    public void Who_given_twice_is_refused_while_quotes_repeat() =>
        Refused("""{"version":"1.1","interviews":[{"name":"i","fields":[{"field":"quote","value":"a"},{"field":"quote","value":"b"},{"field":"who","value":"x"},{"field":"who","value":"y"}]}]}""",
            "$.interviews[0].fields[3].field", "`who` is given twice on this interview: keep one");

    [Fact]
    public void An_entry_heard_in_something_that_is_no_name_is_refused() =>
        Refused("""{"version":"1.1","profiles":[{"segment":"s","entries":[{"kind":"pain","text":"t","heard":["a b"]}]}]}""",
            "$.profiles[0].entries[0].heard[0]", "expected an interview's name");

    [Fact]
    public void Markdown_lists_interviews_personas_and_where_entries_were_heard()
    {
        var markdown = CanvasMarkdownExporter.Export(RenderSamples.Analyze(Canvas));
        markdown.ShouldContain("## Interview `ana` for `riders` · 2026-11-03");
        markdown.ShouldContain("- **heard pain**: Two flats in March, both \"on the way\" to a shift");
        markdown.ShouldContain("- **quote**: “I cannot be late for a handover.”");
        markdown.ShouldContain("## Personas");
        markdown.ShouldContain("### `nadia` for `riders`");
        markdown.ShouldContain("**Goals**\n\n- Arrive on time for every shift\n- Never push the bike home\n");
        markdown.ShouldContain("**Based on**: `ana`, `van`, `ben`");
        markdown.ShouldContain("**Based on**: nothing yet");
        markdown.ShouldContain("heard in `ana`, `ben`");
        markdown.ShouldContain("## Positioning `van_position`\n\n> For riders who need a bike that works \"before\" the ride home, RepairVan is an offer.");
    }

    private static void Refused(string json, string path, string message)
    {
        var problems = Should.Throw<ImportException>(() => CanvasJsonImporter.Import(json)).Problems;
        var problem = problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe(path);
        problem.Message.ShouldContain(message);
    }
}
