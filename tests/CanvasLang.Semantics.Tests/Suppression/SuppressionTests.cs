using CanvasLang.Semantics.Tests.Meta;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Tests.Suppression;

/// <summary>Suppression comments through the whole analyzer: next line, regions, ids and names, and stale ones.</summary>
public class SuppressionTests
{
    private const string Head = """
        segment s "Design agencies"
        profile s {
          job j "Invoice clients on the 1st"
        }

        """;

    [Theory]
    [InlineData("CV202")]
    [InlineData("irrelevant-offer")]
    [InlineData("CV203, irrelevant-offer")]
    public void Next_line_suppresses_that_line_only(string names)
    {
        var text = Head + $"valuemap s {{\n  // canvaslang-disable-next-line {names}\n  product a \"Payroll module\"\n  product b \"Audit\"\n}}\n";
        Lint.Lines("CV202", text).ShouldBe([8]);
    }

    [Fact]
    public void Region_suppresses_until_enabled()
    {
        var text = Head + """
            valuemap s {
              // canvaslang-disable irrelevant-offer
              product a "Payroll module"
              product b "Audit"
              // canvaslang-enable irrelevant-offer
              product c "Training"
            }
            """;
        Lint.Lines("CV202", text).ShouldBe([10]);
        Lint.Of("CV901", text).ShouldBeEmpty();
    }

    [Fact]
    public void Region_without_names_suppresses_all_rules_to_the_end()
    {
        var text = Head + "// canvaslang-disable\nvaluemap s {\n  product a \"Payroll module\"\n  reliever r \"Monthly newsletter\"\n}\n";
        var diagnostics = Lint.Run(text).Diagnostics;
        diagnostics.ShouldNotContain(d => d.Code == "CV202" || d.Code == "CV203");
        diagnostics.ShouldNotContain(d => d.Code == "CV901");
    }

    [Fact]
    public void A_suppression_that_suppresses_nothing_is_a_hint_with_a_removal_fix()
    {
        var text = Head + "valuemap s {\n  // canvaslang-disable-next-line CV202\n  product a \"Payroll module\" serves j\n}\n";
        var d = Lint.Of("CV901", text).ShouldHaveSingleItem();
        d.Severity.ShouldBe(DiagnosticSeverity.Hint);
        d.Message.ShouldContain("CV202 (irrelevant-offer)");
        var fixedText = Lint.Apply(text, d.Fixes.Single());
        fixedText.ShouldNotContain("canvaslang-disable");
        fixedText.ShouldContain("product a \"Payroll module\" serves j");
    }

    [Fact]
    public void Only_the_unused_name_of_a_list_is_reported()
    {
        var text = Head + "valuemap s {\n  // canvaslang-disable-next-line CV202, CV203\n  product a \"Payroll module\"\n}\n";
        Lint.Lines("CV202", text).ShouldBeEmpty();
        var d = Lint.Of("CV901", text).ShouldHaveSingleItem();
        d.Message.ShouldContain("CV203");
        d.Fixes.ShouldBeEmpty();
    }

    [Fact]
    public void Unknown_rule_names_are_reported()
    {
        var text = Head + "valuemap s {\n  // canvaslang-disable-next-line irrelevant-ofer\n  product a \"Payroll module\"\n}\n";
        Lint.Of("CV901", text).ShouldHaveSingleItem().Message.ShouldContain("`irrelevant-ofer` is not a rule");
    }

    [Fact]
    public void Errors_cannot_be_suppressed()
    {
        var text = Head + "valuemap s {\n  // canvaslang-disable-next-line CV002\n  product a \"Payroll module\" serves nope\n}\n";
        Lint.Of("CV002", text).ShouldHaveSingleItem();
        Lint.Of("CV901", text).ShouldHaveSingleItem().Message.ShouldContain("cannot be suppressed");
    }

    [Fact]
    public void Unused_suppression_hints_follow_the_configuration()
    {
        var text = Head + "// canvaslang-disable-next-line CV202\nvaluemap s {\n}\n";
        Lint.Of("CV901", text).ShouldHaveSingleItem();
        Lint.Of("CV901", text, Lint.Config("""{ "rules": { "unused-suppression": "off" } }""")).ShouldBeEmpty();
    }
}

/// <summary>A misspelled rule name must not silently widen a suppression to every rule.</summary>
public class MisspelledSuppressionTests
{
    [Fact]
    public void A_comment_naming_only_an_unknown_rule_suppresses_nothing_and_says_so()
    {
        var text = "segment s \"Design agencies\"\nprofile s {\n  job j \"Invoice clients on the 1st\"\n}\nvaluemap s {\n  // canvaslang-disable-next-line irrelevant-ofer\n  product a \"Payroll module\"\n}\n";

        Lint.Lines("CV202", text).ShouldBe([7]);
        Lint.Of("CV901", text).ShouldHaveSingleItem().Message.ShouldContain("`irrelevant-ofer` is not a rule");
    }
}

/// <summary>Naming a rule by id and by name in one comment is one suppression.</summary>
public class RepeatedRuleNameSuppressionTests
{
    [Fact]
    public void A_rule_named_by_id_and_name_is_reported_unused_once()
    {
        var text = "segment s \"Design agencies\"\nprofile s {\n  // canvaslang-disable-next-line CV101, vague-entry\n  job j \"Invoice 12 clients on the 1st of each month\"\n}\n";

        Lint.Of("CV901", text).ShouldHaveSingleItem();
    }
}
