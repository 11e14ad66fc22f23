namespace CanvasLang.Semantics.Tests.Rules.EmpathyMaps;

/// <summary>CV611–CV614: where they point, what they say, what they leave alone, and their fixes.</summary>
public class EmpathyMapRuleTests
{
    private const string Shop = """
        segment shop_owners "Owners of small corner shops who close up alone"
        profile shop_owners {
          job close "Close the shop and count the till every evening"
          pain coins "Counting coins by hand after a long day" severity high
          gain report "A till report that matches without a recount" relevance high
        }
        persona lena for shop_owners {
          goal "Lock up by 18:15"
        }
        empathymap closing for lena {
          goal "Feel more confident about money"
          see "Two customers still browsing at 17:55"
          say "She says counting coins takes forever"
          say "\"Not the coins again.\""
          say "I never trust the first count"
          think "I hope nobody comes in at the last minute"
          pains "Coins to count when she is already tired"
          pains "Walking home alone in the dark in winter"
          gains "A report that matches at the first count"
        }
        """;

    private static List<(string Code, string At, string Message)> Findings(string text, params string[] codes) =>
        [.. RuleTestHarness.Analyze(text).Diagnostics.Where(d => codes.Contains(d.Code)).Select(d => (d.Code, text.Substring(d.Span.Start, d.Span.Length), d.Message))];

    [Fact]
    public void An_unobservable_goal_is_reported_on_its_text_with_the_word_that_gave_it_away()
    {
        var finding = Findings(Shop, "CV611").ShouldHaveSingleItem();
        finding.At.ShouldBe("\"Feel more confident about money\"");
        finding.Message.ShouldStartWith("the goal of empathy map `closing`, 'Feel more confident about money', opens with 'Feel', a state rather than an action, and nothing shows when it is reached");
    }

    [Theory]
    [InlineData("Count the till and lock up within 15 minutes of the last customer")]
    [InlineData("Feel ready to lock up by 18:15 on four evenings out of five")]
    [InlineData("Submit the VAT return without calling the accountant")]
    [InlineData("Feel at ease at the till by the end of the first week")]
    public void A_goal_with_an_action_or_a_sign_of_success_is_left_alone(string goal) =>
        Findings(Shop.Replace("Feel more confident about money", goal, StringComparison.Ordinal), "CV611").ShouldBeEmpty();

    [Fact]
    public void A_goal_that_leans_on_a_vague_word_is_reported()
    {
        Findings(Shop.Replace("Feel more confident about money", "Get a smoother closing routine", StringComparison.Ordinal), "CV611")
            .ShouldHaveSingleItem().Message.ShouldContain("leans on 'smoother'");
        Findings(Shop.Replace("Feel more confident about money", "Make the shop a success", StringComparison.Ordinal), "CV611")
            .ShouldHaveSingleItem().Message.ShouldContain("rests on 'success'");
    }

    [Fact]
    public void Only_the_say_that_reports_speech_is_reported()
    {
        var finding = Findings(Shop, "CV612").ShouldHaveSingleItem();
        finding.At.ShouldBe("\"She says counting coins takes forever\"");
        finding.Message.ShouldContain("reports it with 'says'");
    }

    [Theory]
    [InlineData("Se queja de contar las monedas", true)]
    [InlineData("Nunca confío en el primer recuento", false)]
    [InlineData("Sie sagt, das Zählen dauert ewig", true)]
    [InlineData("Ich zähle immer zweimal", false)]
    [InlineData("Mówi, że liczenie trwa wieki", false)]
    public void Say_is_read_in_its_language_and_unread_languages_stay_silent(string say, bool reported)
    {
        var text = Shop.Replace("She says counting coins takes forever", say, StringComparison.Ordinal);
        Findings(text, "CV612").Any(f => f.At.Contains(say, StringComparison.Ordinal)).ShouldBe(reported);
    }

    [Fact]
    public void A_map_with_only_its_inside_is_reported_and_the_fix_adds_the_outside_sections()
    {
        var text = "segment shop_owners \"Owners of small corner shops\"\nempathymap closing for shop_owners {\n  think \"Nobody should come in now\"\n  feel \"Tired\"\n}\n";
        var result = RuleTestHarness.Analyze(text);
        var finding = result.Diagnostics.Single(d => d.Code == "CV613");
        text.Substring(finding.Span.Start, finding.Span.Length).ShouldBe("closing");
        finding.Message.ShouldStartWith("empathy map `closing` fills `think` and `feel` (2 items) but nothing the person was seen or heard to see, say, do or hear");
        var fixedText = RuleTestHarness.ApplyFix(text, finding.Fixes.Single());
        fixedText.ShouldContain("  feel \"Tired\"\n  see \"what they see around them\"\n  say \"something they said, word for word\"\n  do \"what they were seen to do\"\n  hear \"what they hear from others\"\n}");
        RuleTestHarness.Analyze(fixedText).Diagnostics.ShouldNotContain(d => d.Code == "CV613" || d.Severity == CanvasLang.Syntax.Diagnostics.DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_map_with_an_outside_section_or_nothing_inside_is_left_alone()
    {
        Findings(Shop, "CV613").ShouldBeEmpty();
        Findings("segment s \"Owners of small shops\"\nempathymap m for s {\n  goal \"Lock up by 18:15\"\n}\n", "CV613").ShouldBeEmpty();
    }

    [Fact]
    public void A_map_pain_the_profile_lacks_is_reported_and_the_fix_adds_it_after_the_last_pain()
    {
        var result = RuleTestHarness.Analyze(Shop);
        var finding = result.Diagnostics.Single(d => d.Code == "CV614");
        Shop.Substring(finding.Span.Start, finding.Span.Length).ShouldBe("\"Walking home alone in the dark in winter\"");
        finding.Message.ShouldStartWith("empathy map `closing` has the pain 'Walking home alone in the dark in winter', and no pain of the profile of `shop_owners` talks about it");
        var fix = finding.Fixes.Single();
        fix.Title.ShouldBe("Add pain `walking_home` to the profile of `shop_owners`");
        var fixedText = RuleTestHarness.ApplyFix(Shop, fix);
        fixedText.ShouldContain("  pain coins \"Counting coins by hand after a long day\" severity high\n  pain walking_home \"Walking home alone in the dark in winter\"\n  gain report");
        RuleTestHarness.Analyze(fixedText).Diagnostics.ShouldNotContain(d => d.Code == "CV614" || d.Severity == CanvasLang.Syntax.Diagnostics.DiagnosticSeverity.Error);
    }

    [Fact]
    public void Without_a_profile_the_map_is_not_compared()
    {
        var text = Shop[Shop.IndexOf("persona lena", StringComparison.Ordinal)..].Insert(0, "segment shop_owners \"Owners of small corner shops\"\n");
        Findings(text, "CV614").ShouldBeEmpty();
    }
}
