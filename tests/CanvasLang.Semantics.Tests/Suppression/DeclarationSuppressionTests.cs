using CanvasLang.Semantics.Rules;
using CanvasLang.Semantics.Tests.Meta;

namespace CanvasLang.Semantics.Tests.Suppression;

/// <summary>
/// A disable-next-line comment directly above a declaration or an entry covers the findings about
/// it, wherever inside it they point; the entries' own findings stay with the entries.
/// </summary>
public class DeclarationSuppressionTests
{
    private const string Card = """
        segment growers "Small fruit growers in the Rhône valley"
        {0}
        test survey for growers {{
          hypothesis "Growers will pay for a weekly frost alert"
          experiment "Survey of 40 growers at the spring market"
          metric "Share of growers who ask to be called back"
          criteria "Growers like it"
          owner "Lea Martin"
          due 2026-03-01
          status running
          priority 1
        }}
        """;

    [Fact]
    public void A_comment_above_a_test_card_covers_the_findings_inside_it()
    {
        var before = Lint.Run(string.Format(Card, "")).Diagnostics.Select(d => d.Code).ToList();
        before.ShouldContain("CV402");
        before.ShouldContain("CV403");

        var text = string.Format(Card, "// canvaslang-disable-next-line CV402, overdue-test");
        var codes = Lint.Run(text).Diagnostics.Select(d => d.Code).ToList();
        codes.ShouldNotContain("CV402");
        codes.ShouldNotContain("CV403");
        codes.ShouldNotContain("CV901");
    }

    [Fact]
    public void A_comment_above_a_profile_covers_its_unranked_entries_finding()
    {
        const string Body = "profile s {\n  job a \"Send 30 invoices on the 1st\"\n  job b \"Chase 5 late payers each week\"\n  job c \"File the VAT return every quarter\"\n}\n";
        var plain = "segment s \"Design agencies\"\n" + Body;
        Lint.Lines("CV108", plain).ShouldBe([3]);

        var text = "segment s \"Design agencies\"\n// canvaslang-disable-next-line unranked-entries\n" + Body;
        Lint.Of("CV108", text).ShouldBeEmpty();
        Lint.Of("CV901", text).ShouldBeEmpty();
    }

    [Fact]
    public void A_comment_above_a_block_does_not_cover_its_entries_findings()
    {
        var text = "segment s \"Design agencies\"\nprofile s {\n  job j \"Invoice clients on the 1st\"\n}\n"
            + "// canvaslang-disable-next-line CV202\nvaluemap s {\n  product a \"Payroll module\"\n}\n";
        Lint.Lines("CV202", text).ShouldBe([7]);
        Lint.Of("CV901", text).ShouldHaveSingleItem().Message.ShouldContain("CV202");
    }

    [Fact]
    public void A_comment_above_an_entry_covers_it_over_several_lines()
    {
        const string Entry = "  pain p\n    \"Too expensive\" severity high\n";
        var plain = "segment s \"Design agencies\"\nprofile s {\n" + Entry + "}\n";
        Lint.Lines("CV101", plain).ShouldBe([4]);

        var text = "segment s \"Design agencies\"\nprofile s {\n  // canvaslang-disable-next-line vague-entry\n" + Entry + "}\n";
        Lint.Of("CV101", text).ShouldBeEmpty();
        Lint.Of("CV901", text).ShouldBeEmpty();
    }

    [Fact]
    public void A_comment_above_a_statement_covers_it()
    {
        const string Statement = "statement s\n  \"Our app helps design agencies get paid better\"\n";
        var head = "segment s \"Design agencies\"\nprofile s {\n  job j \"Invoice clients on the 1st\"\n}\nvaluemap s {\n  product app \"Invoicing app\" serves j\n}\n";
        Lint.Lines("CV502", head + Statement).ShouldNotBeEmpty();

        var text = head + "// canvaslang-disable-next-line CV502\n" + Statement;
        Lint.Of("CV502", text).ShouldBeEmpty();
        Lint.Of("CV901", text).ShouldBeEmpty();
    }

    [Fact]
    public void A_comment_that_is_not_directly_above_covers_only_its_next_line()
    {
        var text = string.Format(Card, "// canvaslang-disable-next-line CV402\n");
        Lint.Of("CV402", text).ShouldHaveSingleItem();
        Lint.Of("CV901", text).ShouldHaveSingleItem();
    }

    [Fact]
    public void Every_rule_document_says_what_its_comment_above_covers()
    {
        RuleCatalog.AboutDeclaration.ShouldAllBe(id => RuleCatalog.Rules.Any(r => r.Descriptor.Id == id));
        foreach (var rule in RuleCatalog.Rules.Select(r => r.Descriptor))
        {
            var text = File.ReadAllText(Path.Combine(RuleDocument.Folder, rule.Id + ".md"));
            var above = RuleCatalog.AboutDeclaration.Contains(rule.Id) ? "wherever inside it they point" : "It covers the whole entry";
            text.ShouldContain(above, customMessage: $"{rule.Id}.md: How to suppress");
        }
    }
}
