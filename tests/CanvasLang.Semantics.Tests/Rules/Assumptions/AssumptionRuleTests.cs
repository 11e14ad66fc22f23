using CanvasLang.Semantics.Tests.Quality;

namespace CanvasLang.Semantics.Tests.Rules.Assumptions;

/// <summary>CV631 and CV632: their labelled set, where they point, what they say, and what they leave alone.</summary>
public class AssumptionRuleTests
{
    private static LabelledSet Set => LabelledSetTests.Sets().Single(s => s.FileName == "assumptions.canvas");

    private const string Florists = """
        segment florists "Independent florists who deliver their own bouquets in town"
        assumption same_day for florists {
          belief "Florists lose orders without a three-hour delivery"
          importance critical
          evidence weak
        }
        assumption ribbon for florists {
          belief "Florists prefer dark green ribbon"
          importance low
        }
        test ribbon_poll for florists {
          hypothesis "Most florists pick dark green"
          tests ribbon
        }
        """;

    [Fact]
    public void The_set_labels_both_rules_both_ways_and_every_subject()
    {
        Set.Rules.ShouldBe(["CV631", "CV632"]);
        var markers = RuleTestHarness.Markers(File.ReadAllText(Set.Path));
        markers.Count(m => m.Expected).ShouldBeGreaterThanOrEqualTo(15);
        markers.Count(m => !m.Expected).ShouldBeGreaterThanOrEqualTo(15);
        foreach (var rule in Set.Rules)
        {
            markers.Count(m => m.Rule == rule && m.Expected).ShouldBeGreaterThanOrEqualTo(5, rule);
            markers.Count(m => m.Rule == rule && !m.Expected).ShouldBeGreaterThanOrEqualTo(5, rule);
        }

        var lines = File.ReadAllLines(Set.Path);
        markers.Count.ShouldBe(lines.Count(l => l.StartsWith("assumption ", StringComparison.Ordinal) || l.StartsWith("test ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("CV631")]
    [InlineData("CV632")]
    public void Each_rule_is_exact_on_its_set(string rule)
    {
        var score = RuleTestHarness.Score(File.ReadAllText(Set.Path), rule, Set.Path);
        score.Mistakes.ShouldBeEmpty();
        score.TruePositives.ShouldBeGreaterThan(0);
        score.TrueNegatives.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void An_untested_critical_assumption_is_reported_on_its_name_with_what_is_known()
    {
        var result = RuleTestHarness.Analyze(Florists);
        var finding = result.Diagnostics.Single(d => d.Code == "CV631");
        Florists.Substring(finding.Span.Start, finding.Span.Length).ShouldBe("same_day");
        finding.Message.ShouldBe("assumption `same_day` is critical, with weak evidence, and no test card checks it: the value proposition may rest on a guess; design a cheap test for it and name it with `tests same_day`");
    }

    [Fact]
    public void A_test_of_a_low_assumption_names_the_important_untested_ones()
    {
        var result = RuleTestHarness.Analyze(Florists);
        var finding = result.Diagnostics.Single(d => d.Code == "CV632");
        Florists.Substring(finding.Span.Start, finding.Span.Length).ShouldBe("ribbon_poll");
        finding.Message.ShouldBe("test `ribbon_poll` checks only an assumption of medium or low importance (`ribbon`) while `same_day` of `florists` is important, still unknown and untested: test those first");
        finding.Related.ShouldHaveSingleItem().Message.ShouldBe("critical, with weak evidence, untested");
    }

    [Fact]
    public void Testing_the_critical_assumption_silences_both()
    {
        var text = Florists.Replace("tests ribbon", "tests ribbon, same_day", StringComparison.Ordinal);
        RuleTestHarness.Analyze(text).Diagnostics.ShouldNotContain(d => d.Code == "CV631" || d.Code == "CV632");
    }

    [Fact]
    public void A_comment_above_the_assumption_or_the_test_suppresses_its_finding()
    {
        var text = Florists.Replace("assumption same_day", "// canvaslang-disable-next-line CV631\nassumption same_day", StringComparison.Ordinal)
            .Replace("test ribbon_poll", "// canvaslang-disable-next-line tests-on-unimportant-assumptions\ntest ribbon_poll", StringComparison.Ordinal);
        var codes = RuleTestHarness.Analyze(text).Diagnostics.Select(d => d.Code).ToList();
        codes.ShouldNotContain("CV631");
        codes.ShouldNotContain("CV632");
        codes.ShouldNotContain("CV901");
    }
}
