using CanvasLang.Semantics.Tests.Meta;
using CanvasLang.Syntax;

namespace CanvasLang.Semantics.Tests.Rules.Personas;

/// <summary>CV601 persona-demographics-only and CV602 persona-without-evidence: what a persona says, and what it rests on.</summary>
public class PersonaDemographicsOnlyTests
{
    private const string Head = "segment growers \"Allotment growers\"\nprofile growers {\n  job j \"Water the plot twice a week\"\n}\ntest soil_survey for growers {\n  hypothesis \"h\"\n}\n";

    private static string Persona(string body) => Head + "persona joost for growers {\n" + body + "}\n";

    // The persona line of Persona(…), 1-based.
    private const int PersonaLine = 8;

    [Theory]
    [InlineData("")]
    [InlineData("  trait \"62, retired bus driver\"\n")]
    [InlineData("  quote \"The courgettes always win.\"\n")]
    [InlineData("  trait \"62\"\n  trait \"Plot 14\"\n  quote \"q\"\n")]
    [InlineData("  basedon soil_survey\n")]
    [InlineData("  trait \"62\"\n  basedon soil_survey\n")]
    [InlineData("  goal \"\"\n  trait \"62\"\n")]
    [InlineData("  goal \"   \"\n  frustration \"\"\n")]
    public void Reports_a_persona_that_says_nothing_about_needs(string body) =>
        Lint.Lines("CV601", Persona(body)).ShouldBe([PersonaLine]);

    [Theory]
    [InlineData("  goal \"Harvest enough beans in August to freeze\"\n")]
    [InlineData("  frustration \"Seedlings dry out on weekdays\"\n")]
    [InlineData("  behaviour \"Cycles to the plot on Saturday mornings\"\n")]
    [InlineData("  trait \"62\"\n  quote \"q\"\n  behaviour \"Swaps seeds with the neighbouring plot\"\n")]
    [InlineData("  goal \"\"\n  frustration \"Slugs eat the lettuce in a wet week\"\n")]
    public void Leaves_a_persona_with_a_goal_frustration_or_behaviour_alone(string body) =>
        Lint.Lines("CV601", Persona(body)).ShouldBeEmpty();

    [Theory]
    [InlineData("  trait \"62\"\n  trait \"Plot 14\"\n  quote \"q\"\n", "persona `joost` has only 2 traits and 1 quote:")]
    [InlineData("  trait \"62\"\n  basedon soil_survey\n", "persona `joost` has only 1 trait and `basedon soil_survey`:")]
    [InlineData("", "persona `joost` has no goal, frustration or behaviour:")]
    public void Quotes_what_the_persona_has(string body, string expected)
    {
        var d = Lint.Of("CV601", Persona(body)).ShouldHaveSingleItem();
        d.Message.ShouldStartWith(expected);
        d.Message.ShouldContain("not what they need");
    }

    [Fact]
    public void Points_at_the_persona_name()
    {
        var text = Persona("  trait \"62\"\n");
        var span = Lint.Of("CV601", text).Single().Span;
        text.Substring(span.Start, span.Length).ShouldBe("joost");
    }

    [Fact]
    public void Fix_adds_a_goal_a_frustration_and_a_behaviour_under_the_other_fields()
    {
        var text = Persona("  trait \"62, retired bus driver\"\n");
        var fix = Lint.Of("CV601", text).Single().Fixes.ShouldHaveSingleItem();
        fix.HasSnippet.ShouldBeTrue();
        var fixedText = RuleTestHarness.ApplyFix(text, fix);
        fixedText.ShouldEndWith("""
            persona joost for growers {
              trait "62, retired bus driver"
              goal "What they are trying to achieve"
              frustration "What gets in their way today"
              behaviour "What they do today, as observed"
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        Lint.Lines("CV601", fixedText).ShouldBeEmpty();
    }

    [Fact]
    public void Fix_keeps_a_one_line_persona_on_one_line()
    {
        var text = Head + "persona joost for growers { trait \"62\" }\n";
        var fixedText = RuleTestHarness.ApplyFix(text, Lint.Of("CV601", text).Single().Fixes.Single());
        fixedText.ShouldContain("{ trait \"62\" goal \"What they are trying to achieve\" frustration \"What gets in their way today\" behaviour \"What they do today, as observed\" }");
        Lint.Lines("CV601", fixedText).ShouldBeEmpty();
    }

    [Fact]
    public void Imported_personas_are_their_own_files_business()
    {
        var imports = new Dictionary<string, string> { ["people.canvas"] = "segment growers \"x\"\npersona joost for growers {\n  trait \"62\"\n}\n" };
        Lint.Lines("CV601", "import \"people.canvas\"\n", imports: imports).ShouldBeEmpty();
    }

    [Fact]
    public void The_fields_it_reads_are_the_language_tables()
    {
        // A renamed field in the table would silently turn every persona into a positive.
        var fields = LanguageTable.PersonaFields.Select(f => f.Keyword).ToList();
        fields.ShouldContain("goal");
        fields.ShouldContain("frustration");
        fields.ShouldContain("behaviour");
        fields.ShouldContain("trait");
        fields.ShouldContain("quote");
        fields.ShouldContain("basedon");
    }
}

public class PersonaWithoutEvidenceTests
{
    private const string Head = "segment teachers \"Piano teachers\"\n";

    [Theory]
    [InlineData("persona helga for teachers {\n  goal \"Fill every weekday slot from 15:00\"\n}\n", 2)]
    [InlineData("persona helga for teachers {\n}\n", 2)]
    [InlineData("persona helga {\n  quote \"I asked twelve pupils.\"\n}\n", 2)]
    [InlineData("test cancellations for teachers {\n  hypothesis \"h\"\n}\npersona helga for teachers {\n  behaviour \"Keeps a paper diary\"\n}\n", 5)]
    public void Reports_a_persona_without_basedon(string persona, int line) =>
        Lint.Lines("CV602", Head + persona).ShouldBe([line]);

    [Theory]
    [InlineData("persona helga for teachers {\n  basedon cancellations\n}\n")]
    [InlineData("persona helga for teachers {\n  goal \"Fill every weekday slot\"\n  basedon cancellations, price_poll\n}\n")]
    [InlineData("persona helga {\n  basedon price_poll\n}\n")]
    [InlineData("persona helga for teachers { basedon cancellations }\n")]
    public void Leaves_a_persona_with_basedon_alone(string persona)
    {
        var tests = "test cancellations for teachers {\n  hypothesis \"h\"\n}\ntest price_poll for teachers {\n  hypothesis \"h\"\n}\n";
        Lint.Lines("CV602", Head + tests + persona).ShouldBeEmpty();
    }

    [Fact]
    public void A_basedon_naming_nothing_is_CV002s_not_CV602s()
    {
        var result = Lint.Run(Head + "persona helga for teachers {\n  basedon no_such_test\n}\n");
        result.Diagnostics.ShouldContain(d => d.Code == "CV002");
        result.Diagnostics.ShouldNotContain(d => d.Code == "CV602");
    }

    [Fact]
    public void Names_a_few_tests_of_the_segment_as_candidates()
    {
        var tests = string.Concat(new[] { "t1", "t2", "t3", "t4" }.Select(t => $"test {t} for teachers {{\n  hypothesis \"h\"\n}}\n"));
        var message = Lint.Of("CV602", Head + tests + "persona helga for teachers {\n}\n").Single().Message;
        message.ShouldStartWith("persona `helga` has no `basedon`");
        message.ShouldContain("(`t1`, `t2`, `t3`, …), name them with `basedon`");

        var one = Lint.Of("CV602", Head + "test t1 for teachers {\n}\npersona helga for teachers {\n}\n").Single().Message;
        one.ShouldContain("(`t1`), name it with `basedon`");
    }

    [Fact]
    public void Names_the_segments_interviews_before_its_tests()
    {
        var interviews = "interview lesson_mon for teachers {\n}\ninterview lesson_thu for teachers {\n}\ninterview other for pupils {\n}\n";
        var text = Head + "segment pupils \"Pupils\"\ntest t1 for teachers {\n}\n" + interviews + "persona helga for teachers {\n}\n";
        var message = Lint.Of("CV602", text).Single().Message;
        message.ShouldContain("; if it comes from interviews or tests of `teachers` (`lesson_mon`, `lesson_thu`, `t1`), name them with `basedon`");

        var onlyInterviews = Lint.Of("CV602", Head + "interview lesson_mon for teachers {\n}\npersona helga for teachers {\n}\n").Single().Message;
        onlyInterviews.ShouldContain("; if it comes from interviews of `teachers` (`lesson_mon`), name it with `basedon`");
    }

    [Fact]
    public void Without_tests_it_asks_to_check_the_persona_with_customers()
    {
        var message = Lint.Of("CV602", Head + "persona helga for teachers {\n}\n").Single().Message;
        message.ShouldContain("check it with customers");
        message.ShouldNotContain("tests of");
    }

    [Fact]
    public void Offers_no_fix_and_skips_imported_personas()
    {
        Lint.Of("CV602", Head + "persona helga for teachers {\n}\n").Single().Fixes.ShouldBeEmpty();
        var imports = new Dictionary<string, string> { ["people.canvas"] = Head + "persona helga for teachers {\n}\n" };
        Lint.Lines("CV602", "import \"people.canvas\"\n", imports: imports).ShouldBeEmpty();
    }
}
