using CanvasLang.Semantics.Tests.Meta;

namespace CanvasLang.Semantics.Tests.Rules.Purpose;

public class BusinessModelRuleTests
{
    private const string Text = """
        segment shops "Bike shops"
        segment riders "Riders"
        profile shops {
          job j "Order parts on Mondays"
        }
        businessmodel wholesale {
          segments shops, riders, ghosts
          propositions shops
        }
        """;

    [Fact]
    public void CV503_reports_each_listed_segment_without_a_profile_on_its_name()
    {
        var d = Lint.Of("CV503", Text).Single();
        Text.Substring(d.Span.Start, d.Span.Length).ShouldBe("riders");
        d.Message.ShouldContain("add `profile riders`");
    }

    [Fact]
    public void CV504_reports_a_proposition_without_a_value_map()
    {
        var d = Lint.Of("CV504", Text).Single();
        Lint.LineOf(Text, d.Span.Start).ShouldBe(8);
        Lint.Lines("CV504", Text.Replace("businessmodel", "valuemap shops {\n  product p \"a b c\" serves j\n}\nbusinessmodel", StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
