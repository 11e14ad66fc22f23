using CanvasLang.Semantics.Tests.Meta;

namespace CanvasLang.Semantics.Tests.Rules.Tests;

public class IncompleteTestCardTests
{
    private const string Partial = """
        segment s "Renters"

        test demand for s {
          hypothesis "Renters will pay €35"
          experiment "Facebook ad"
        }
        """;

    [Fact]
    public void Names_everything_missing_in_one_diagnostic_on_the_test_header()
    {
        var d = Lint.Of("CV401", Partial).Single();
        Lint.LineOf(Partial, d.Span.Start).ShouldBe(3);
        d.Message.ShouldContain("has no metric, criteria, owner, due date");
    }

    [Fact]
    public void Fix_inserts_the_missing_fields_before_the_closing_brace()
    {
        var fixedText = Lint.Apply(Partial, Lint.Of("CV401", Partial).Single().Fixes.Single());
        fixedText.ShouldBe("""
            segment s "Renters"

            test demand for s {
              hypothesis "Renters will pay €35"
              experiment "Facebook ad"
              metric "And measure …"
              criteria "We are right if at least …"
              owner "Who runs it"
              due 2026-07-14
            }
            """);
        Lint.Lines("CV401", fixedText).ShouldBeEmpty();
    }

    [Fact]
    public void Fix_keeps_a_one_line_card_on_one_line()
    {
        const string text = "segment s \"x\"\ntest t for s { hypothesis \"h\" experiment \"e\" metric \"m\" criteria \"at least 3\" owner \"o\" }\n";
        var fixedText = Lint.Apply(text, Lint.Of("CV401", text).Single().Fixes.Single());
        fixedText.ShouldContain("owner \"o\" due 2026-07-14 }");
        Lint.Run(fixedText).Diagnostics.ShouldNotContain(d => d.Code == "CV001" || d.Code == "CV401");
    }
}

public class OverdueTestTests
{
    [Theory]
    [InlineData("status running", true)]
    [InlineData("status planned", true)]
    [InlineData("", true)]
    [InlineData("status validated", false)]
    [InlineData("status inconclusive", false)]
    public void Reports_an_open_test_past_its_due_date(string status, bool expected)
    {
        var text = $"segment s \"x\"\ntest t for s {{\n  due 2026-06-01\n  {status}\n}}\n";
        Lint.Lines("CV403", text).ShouldBe(expected ? [3] : []);
    }

    [Fact]
    public void Today_comes_from_the_configuration()
    {
        const string text = "segment s \"x\"\ntest t for s {\n  due 2026-06-01\n  status running\n}\n";
        Lint.Of("CV403", text, Lint.Config("""{ "today": "2026-06-01" }"""), today: new DateOnly(2026, 6, 1)).ShouldBeEmpty();
        Lint.Of("CV403", text, today: new DateOnly(2026, 6, 3)).Single().Message.ShouldContain("(2 days ago) and is still running");
    }
}

public class TestSeriesTests
{
    [Fact]
    public void CV404_reports_the_only_test_of_a_segment_counting_imported_tests()
    {
        const string one = "segment s \"x\"\ntest a for s {\n  priority 1\n}\n";
        Lint.Lines("CV404", one).ShouldBe([2]);
        var imports = new Dictionary<string, string> { ["more.canvas"] = "segment s \"x\"\ntest b for s {\n}\n" };
        Lint.Lines("CV404", "import \"more.canvas\"\ntest a for s {\n}\n", imports: imports).ShouldBeEmpty();
    }

    [Fact]
    public void CV405_reports_once_per_segment_when_no_test_has_a_priority()
    {
        const string text = "segment s \"x\"\ntest a for s {\n}\ntest b for s {\n}\ntest c for s {\n}\n";
        Lint.Lines("CV405", text).ShouldBe([2]);
        Lint.Lines("CV405", text.Replace("test b for s {", "test b for s { priority 2", StringComparison.Ordinal)).ShouldBeEmpty();
        Lint.Lines("CV405", "segment s \"x\"\ntest a for s {\n}\n").ShouldBeEmpty();
    }
}

public class TestWithoutLearningTests
{
    private const string Text = """
        segment s "x"
        test sub for s {
          status invalidated
        }
        test open for s {
          status running
        }
        """;

    [Fact]
    public void Reports_a_finished_test_without_a_learning_card()
    {
        Lint.Lines("CV406", Text).ShouldBe([2]);
        Lint.Lines("CV406", Text + "\nlearning l from sub {\n}\n").ShouldBeEmpty();
    }

    [Fact]
    public void Fix_inserts_a_learning_card_skeleton_after_the_test()
    {
        var fixedText = Lint.Apply(Text, Lint.Of("CV406", Text).Single().Fixes.Single());
        fixedText.ShouldContain("}\n\nlearning sub_learning from sub {\n  observation \"What we saw, with numbers\"\n");
        fixedText.ShouldContain("  date 2026-06-30\n}\ntest open");
        var after = Lint.Run(fixedText).Diagnostics;
        after.ShouldNotContain(d => d.Code == "CV001" || d.Code == "CV406" || d.Code == "CV003");
    }
}
