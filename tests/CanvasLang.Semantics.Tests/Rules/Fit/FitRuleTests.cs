using CanvasLang.Semantics.Tests.Meta;

namespace CanvasLang.Semantics.Tests.Rules.Fit;

public class FitRuleTests
{
    private const string Canvas = """
        segment s "Commuters"
        profile s {
          functional job j1 "Buy coffee before the 8:10" importance critical
          functional job j2 "Pay without cash" importance high
          functional job j3 "Keep receipts" importance medium
          functional job j4 "Order for a colleague" rank 1
          pain p1 "Queue over 5 minutes" severity extreme
          pain p2 "Cash only" severity critical
          pain p3 "Spills" severity high
          pain p4 "Cold coffee" severity extreme
          gain g1 "Ready on arrival" relevance essential
          gain g2 "Same taste daily" relevance extreme
          gain g3 "Greeted by name" relevance nice
        }
        valuemap s {
          product app "Pre-order app" serves j1
          reliever r1 "Order ahead" relieves p1
          creator c1 "One tap" creates g1
        }
        """;

    [Fact]
    public void CV301_reports_rank_1_pains_without_a_reliever_whatever_rank_1_word()
    {
        Lint.Lines("CV301", Canvas).ShouldBe([8, 10]);
        Lint.Of("CV301", Canvas)[0].Message.ShouldContain("`severity critical`");
    }

    [Fact]
    public void CV302_reports_rank_1_gains_without_a_creator() => Lint.Lines("CV302", Canvas).ShouldBe([12]);

    [Fact]
    public void CV303_reports_rank_1_and_2_jobs_without_an_offer_but_not_an_explicit_order() =>
        Lint.Lines("CV303", Canvas).ShouldBe([4]);

    [Fact]
    public void Fit_rules_wait_for_a_value_map()
    {
        var profileOnly = Canvas[..Canvas.IndexOf("valuemap", StringComparison.Ordinal)];
        Lint.Lines("CV301", profileOnly).ShouldBeEmpty();
        Lint.Lines("CV302", profileOnly).ShouldBeEmpty();
        Lint.Lines("CV303", profileOnly).ShouldBeEmpty();
        Lint.Lines("CV304", profileOnly).ShouldBe([2]);
    }

    [Fact]
    public void CV304_reports_a_value_map_without_profile_and_accepts_an_imported_half()
    {
        const string map = "segment s \"x\"\nvaluemap s {\n  product a \"b c d\"\n}\n";
        Lint.Lines("CV304", map).ShouldBe([2]);
        Lint.Of("CV304", map).Single().Message.ShouldContain("add `profile s`");

        var imports = new Dictionary<string, string> { ["profile.canvas"] = "segment s \"x\"\nprofile s {\n  job j \"a b c\"\n}\n" };
        Lint.Lines("CV304", "import \"profile.canvas\"\nvaluemap s {\n  product a \"b c d\" serves j\n}\n", imports: imports).ShouldBeEmpty();
    }

    [Fact]
    public void CV304_leaves_undeclared_segments_to_CV007() =>
        Lint.Lines("CV304", "profile nobody {\n  job j \"a b c\"\n}\n").ShouldBeEmpty();
}
