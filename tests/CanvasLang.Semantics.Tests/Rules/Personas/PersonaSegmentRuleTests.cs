using CanvasLang.Semantics.Tests.Meta;

namespace CanvasLang.Semantics.Tests.Rules.Personas;

/// <summary>CV603 persona-without-profile and CV604 too-many-personas: a persona and its segment.</summary>
public class PersonaWithoutProfileTests
{
    private const string Segment = "segment photographers \"Wedding photographers\"\n";

    private const string Profile = "profile photographers {\n  job j \"Deliver the gallery within three weeks\"\n}\n";

    private const string Ines = """
        persona ines for photographers {
          goal "Deliver the edited gallery within three weeks"
          frustration "Spends two evenings picking the best 400 \"keepers\""
          behaviour "Backs up every card twice"
        }

        """;

    [Fact]
    public void Reports_a_persona_whose_segment_has_no_profile_on_the_segment_name()
    {
        var text = Segment + Ines;
        var d = Lint.Of("CV603", text).ShouldHaveSingleItem();
        text.Substring(d.Span.Start, d.Span.Length).ShouldBe("photographers");
        Lint.LineOf(text, d.Span.Start).ShouldBe(2);
        d.Message.ShouldBe("persona `ines` is for `photographers`, which has no customer profile: write `profile photographers` with the jobs, pains and gains the persona stands for (or import the file that has it)");
    }

    [Theory]
    [InlineData(Segment + Profile + Ines)]
    [InlineData(Segment + Ines + Profile)]
    public void Leaves_a_persona_alone_when_its_segment_has_a_profile_before_or_after_it(string text) =>
        Lint.Lines("CV603", text).ShouldBeEmpty();

    [Fact]
    public void Accepts_an_imported_profile()
    {
        var imports = new Dictionary<string, string> { ["canvas.canvas"] = Segment + Profile };
        Lint.Lines("CV603", "import \"canvas.canvas\"\n" + Ines, imports: imports).ShouldBeEmpty();
    }

    [Fact]
    public void Reports_a_persona_that_names_no_segment_on_its_name_without_a_fix()
    {
        const string text = "persona ines {\n  goal \"Deliver the gallery within three weeks\"\n}\n";
        var d = Lint.Of("CV603", text).ShouldHaveSingleItem();
        text.Substring(d.Span.Start, d.Span.Length).ShouldBe("ines");
        d.Message.ShouldStartWith("persona `ines` names no segment: add `for`");
        d.Fixes.ShouldBeEmpty();
    }

    [Fact]
    public void Leaves_undeclared_segments_to_CV007()
    {
        var result = Lint.Run(Ines);
        result.Diagnostics.ShouldContain(d => d.Code == "CV007");
        result.Diagnostics.ShouldNotContain(d => d.Code == "CV603");
    }

    [Fact]
    public void Fix_starts_a_profile_from_the_personas_goals_and_frustrations()
    {
        var text = Segment + Ines;
        var fix = Lint.Of("CV603", text).Single().Fixes.ShouldHaveSingleItem();
        fix.Title.ShouldBe("Add profile `photographers` after persona `ines`");
        var fixedText = RuleTestHarness.ApplyFix(text, fix);
        fixedText.ShouldBe(Segment + """
            persona ines for photographers {
              goal "Deliver the edited gallery within three weeks"
              frustration "Spends two evenings picking the best 400 \"keepers\""
              behaviour "Backs up every card twice"
            }

            profile photographers {
              job "Deliver the edited gallery within three weeks"
              pain "Spends two evenings picking the best 400 \"keepers\""
              gain "An outcome or benefit they want"
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        var after = Lint.Run(fixedText).Diagnostics;
        after.ShouldNotContain(d => d.Code == "CV603" || d.Code == "CV006" || d.Severity == CanvasLang.Syntax.Diagnostics.DiagnosticSeverity.Error);
    }

    [Fact]
    public void Fix_offers_placeholders_where_the_persona_says_nothing()
    {
        var text = Segment + "persona ines for photographers {\n  trait \"31\"\n}\n";
        var fix = Lint.Of("CV603", text).Single().Fixes.Single();
        fix.Edits.Single().NewText.ShouldBe("\n\nprofile photographers {\n  job \"${1:What they are trying to get done}\"\n  pain \"${2:What annoys them or gets in the way}\"\n  gain \"${3:An outcome or benefit they want}\"\n}");
        var fixedText = RuleTestHarness.ApplyFix(text, fix);
        Lint.Lines("CV603", fixedText).ShouldBeEmpty();
    }

    [Fact]
    public void Fix_seeds_no_empty_job_from_an_empty_goal()
    {
        var text = Segment + "persona ines for photographers {\n  goal \"\"\n  frustration \"Clients ask for the raw files\"\n}\n";
        var edit = Lint.Of("CV603", text).Single().Fixes.Single().Edits.Single().NewText;
        edit.ShouldContain("job \"${1:What they are trying to get done}\"");
        edit.ShouldContain("pain \"Clients ask for the raw files\"");
        edit.ShouldNotContain("job \"\"");
    }

    [Fact]
    public void Fix_escapes_what_snippets_give_meaning_to()
    {
        var text = Segment + "persona ines for photographers {\n  goal \"Earn $400 a day {net}\"\n}\n";
        var fix = Lint.Of("CV603", text).Single().Fixes.Single();
        fix.Edits.Single().NewText.ShouldContain("job \"Earn \\$400 a day {net\\}\"");
        RuleTestHarness.ApplyFix(text, fix).ShouldContain("job \"Earn $400 a day {net}\"");
    }
}

public class TooManyPersonasTests
{
    private const string Segments = "segment climbers \"Bouldering gym members\"\nsegment setters \"Route setters\"\n";

    private static string Personas(params string[] names) => Segments + string.Concat(names.Select(n => $"persona {n} for climbers {{\n}}\n"));

    // Persona k (1-based) of Personas(…) starts on line 2k + 1.
    private static int LineOf(int k) => (2 * k) + 1;

    [Fact]
    public void Reports_the_personas_beyond_the_third()
    {
        Lint.Lines("CV604", Personas("ruth", "kofi", "mei")).ShouldBeEmpty();
        Lint.Lines("CV604", Personas("ruth", "kofi", "mei", "lars")).ShouldBe([LineOf(4)]);
        Lint.Lines("CV604", Personas("ruth", "kofi", "mei", "lars", "ana", "bo")).ShouldBe([LineOf(4), LineOf(5), LineOf(6)]);
    }

    [Fact]
    public void Counts_each_segment_alone_and_never_personas_without_one()
    {
        var text = Personas("ruth", "kofi", "mei")
            + "persona wanderer {\n}\npersona nomad {\n}\n"
            + "persona pia for setters {\n}\npersona sven for setters {\n}\npersona olga for setters {\n}\n";
        Lint.Lines("CV604", text).ShouldBeEmpty();
    }

    [Fact]
    public void Names_the_kept_personas_and_links_them()
    {
        var text = Personas("ruth", "kofi", "mei", "lars");
        var d = Lint.Of("CV604", text).Single();
        text.Substring(d.Span.Start, d.Span.Length).ShouldBe("lars");
        d.Message.ShouldBe("persona `lars` is number 4 of 4 personas for `climbers` (at most 3 wanted): a team cannot design for that many people at once; keep the ones that matter most (now `ruth`, `kofi` and `mei`) and fold what this one adds into them");
        d.Related.Select(r => (Lint.LineOf(text, r.Location.Span.Start), r.Message)).ShouldBe(
            [(LineOf(1), "persona 1 of `climbers`"), (LineOf(2), "persona 2 of `climbers`"), (LineOf(3), "persona 3 of `climbers`")]);
        d.Fixes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1, new[] { 2, 3 })]
    [InlineData(2, new[] { 3 })]
    [InlineData(5, new int[0])]
    public void The_limit_is_an_option(int max, int[] reported)
    {
        var config = Lint.Config($$"""{ "rules": { "too-many-personas": { "maxPersonas": {{max}} } } }""");
        Lint.Lines("CV604", Personas("ruth", "kofi", "mei"), config).ShouldBe([.. reported.Select(LineOf)]);
    }

    [Fact]
    public void A_limit_of_zero_reports_every_persona_of_a_segment()
    {
        var config = Lint.Config("""{ "rules": { "CV604": { "maxPersonas": 0 } } }""");
        var found = Lint.Of("CV604", Personas("ruth"), config).ShouldHaveSingleItem();
        found.Message.ShouldContain("(at most 0 wanted): fold what it says into the segment's profile");
    }

    [Fact]
    public void Imported_personas_count_first_so_the_file_that_goes_over_is_told()
    {
        var imports = new Dictionary<string, string> { ["people.canvas"] = Personas("ruth", "kofi", "mei") };
        var text = "import \"people.canvas\"\npersona lars for climbers {\n}\n";
        Lint.Lines("CV604", text, imports: imports).ShouldBe([2]);
        Lint.Of("CV604", text, imports: imports).Single().Related.ShouldAllBe(r => r.Location.Path.EndsWith("people.canvas", StringComparison.Ordinal));

        var two = new Dictionary<string, string> { ["people.canvas"] = Personas("ruth", "kofi") };
        Lint.Lines("CV604", text, imports: two).ShouldBeEmpty();
    }
}

public class PersonaSuppressionTests
{
    private static string FourthPersona(string comment) =>
        "segment s \"Sailing club volunteers\"\nprofile s {\n  job j \"Fill every Sunday shift\"\n}\n"
        + "persona a for s {\n}\npersona b for s {\n}\npersona c for s {\n}\n"
        + comment + "persona d {\n  trait \"Sails a dinghy\"\n}\n"
        + "persona e for s {\n  trait \"Joined last year\"\n}\n";

    [Fact]
    public void A_comment_above_a_persona_covers_its_findings_wherever_they_point()
    {
        // d has no segment (CV603 on its name); e is the fourth of `s` (CV604), so cover CV604 through e.
        var plain = FourthPersona(string.Empty);
        Codes(plain, "persona d").ShouldBe(["CV601", "CV602", "CV603"]);

        var text = FourthPersona("// canvaslang-disable-next-line CV601, persona-without-evidence, CV603\n");
        Codes(text, "persona d").ShouldBeEmpty();
        Lint.Of("CV901", text).ShouldBeEmpty();

        var fourth = plain.Replace("persona e", "// canvaslang-disable-next-line too-many-personas\npersona e", StringComparison.Ordinal);
        Codes(plain, "persona e").ShouldContain("CV604");
        Codes(fourth, "persona e").ShouldNotContain("CV604");
        Lint.Of("CV901", fourth).ShouldBeEmpty();
    }

    [Fact]
    public void A_comment_naming_one_rule_leaves_the_others()
    {
        const string text = "segment s \"x\"\n// canvaslang-disable-next-line CV601\npersona d for s {\n  trait \"Sails a dinghy\"\n}\n";
        var codes = Lint.Run(text).Diagnostics.Select(d => d.Code).ToList();
        codes.ShouldNotContain("CV601");
        codes.ShouldContain("CV602");
        codes.ShouldContain("CV603");
        codes.ShouldNotContain("CV901");
    }

    /// <summary>The persona rules' codes on the line that starts with <paramref name="start"/>.</summary>
    private static List<string> Codes(string text, string start)
    {
        var line = Lint.LineOf(text, text.IndexOf(start, StringComparison.Ordinal));
        return [.. Lint.Run(text).Diagnostics.Where(d => d.Code.StartsWith("CV60", StringComparison.Ordinal) && Lint.LineOf(text, d.Span.Start) == line).Select(d => d.Code).Order(StringComparer.Ordinal)];
    }
}
