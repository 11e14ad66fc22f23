using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Tests.Rules.Fit;

/// <summary>Fit stages (1.1): how they bind, and CV671 for each stage and what each one needs.</summary>
public class UnsupportedFitStageRuleTests
{
    private const string Paper = """
        segment cyclists "People who cycle to work in all weathers"
        profile cyclists {
          pain flats "Two flat tyres a month on the way to work" severity extreme
          gain dry "Arriving at work dry" relevance essential
        }
        valuemap cyclists {
          reliever van "A repair van that fixes flats in the office car park" relieves flats
          creator lockers "Heated lockers for wet clothes" creates dry
        }
        """;

    private const string Market = """
        test van_pilot for cyclists {
          hypothesis "Riders book the van at least once a month"
          status validated
        }
        learning van_result from van_pilot {
          insight "31 of 40 pilot riders booked twice in March"
        }
        """;

    private const string Money = "businessmodel repairs {\n  segments cyclists\n}\n";

    private static string Fit(string stage, string basedOn = "") => $"fit cyclists {{\n  stage {stage}\n{(basedOn.Length > 0 ? $"  basedon {basedOn}\n" : string.Empty)}}}\n";

    private static List<string> Messages(string text) =>
        [.. RuleTestHarness.Analyze(text).Diagnostics.Where(d => d.Code == "CV671").Select(d => d.Message)];

    private static (SemanticModel Model, List<Diagnostic> Errors) Bind(string text)
    {
        var tree = SyntaxTree.Parse(text, Path.Combine(Path.GetTempPath(), "fit-test.canvas"));
        var (model, diagnostics) = Binder.Bind(tree, new FileSystemDocumentSource());
        return (model, [.. tree.Diagnostics, .. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)]);
    }

    [Fact]
    public void A_fit_stage_names_its_segment_and_rests_on_tests_learnings_or_interviews()
    {
        var (model, errors) = Bind(Paper + Market + Fit("product-market", "van_pilot, van_result"));
        errors.ShouldBeEmpty();
        var fit = model.FitStages["cyclists"];
        fit.Stage.ShouldBe("product-market");
        fit.BasedOn.Select(n => n.Text).ShouldBe(["van_pilot", "van_result"]);
        model.Symbols.ContainsKey("cyclists").ShouldBeTrue();
        model.Symbols["cyclists"].Kind.ShouldBe(SymbolKind.Segment);
    }

    [Fact]
    public void Unknown_segments_unknown_evidence_and_a_second_claim_are_errors()
    {
        Bind(Paper + Fit("problem-solution").Replace("fit cyclists", "fit walkers", StringComparison.Ordinal)).Errors.ShouldHaveSingleItem().Code.ShouldBe("CV007");
        var unknown = Bind(Paper + Market + Fit("product-market", "van_pilt")).Errors.ShouldHaveSingleItem();
        unknown.Code.ShouldBe("CV002");
        unknown.Fixes.ShouldContain(f => f.Title == "Change to `van_pilot`");
        Bind(Paper + Fit("product-market", "flats")).Errors.ShouldHaveSingleItem().Code.ShouldBe("CV004");
        Bind(Paper + Fit("problem-solution") + Fit("product-market")).Errors.ShouldHaveSingleItem().Message.ShouldContain("already claims a fit stage");
        Bind(Paper + Fit("problem-solution").Replace("}", "  stage product-market\n}", StringComparison.Ordinal)).Errors.ShouldHaveSingleItem().Message.ShouldContain("`stage` is given twice on this fit stage");
    }

    [Fact]
    public void Problem_solution_fit_is_backed_by_a_ranked_profile_the_value_map_answers()
    {
        Messages(Paper + Fit("problem-solution")).ShouldBeEmpty();
        Messages(Paper.Replace(" relieves flats", string.Empty, StringComparison.Ordinal) + Fit("problem-solution"))
            .ShouldHaveSingleItem().ShouldBe("`cyclists` claims problem–solution fit, but the value map does not answer its top entry `flats`: claim the stage the evidence shows, or gather what is missing");
        Messages(Paper.Replace(" severity extreme", string.Empty, StringComparison.Ordinal).Replace(" relevance essential", string.Empty, StringComparison.Ordinal) + Fit("problem-solution"))
            .ShouldHaveSingleItem().ShouldContain("nothing in its profile is ranked");
    }

    [Fact]
    public void Product_market_fit_needs_a_validated_test_and_its_learning()
    {
        Messages(Paper + Fit("product-market")).ShouldHaveSingleItem().ShouldContain("but no test card checks it in the market");
        Messages(Paper + Market.Replace("status validated", "status running", StringComparison.Ordinal) + Fit("product-market")).ShouldHaveSingleItem().ShouldContain("none of its tests is validated");
        Messages(Paper + Market[..Market.IndexOf("learning", StringComparison.Ordinal)] + Fit("product-market")).ShouldHaveSingleItem().ShouldContain("no learning card records what `van_pilot` taught");
        Messages(Paper + Market + Fit("product-market", "van_pilot, van_result")).ShouldBeEmpty();
    }

    [Fact]
    public void Business_model_fit_needs_a_business_model_that_serves_the_segment_as_well()
    {
        Messages(Paper + Market + Fit("business-model")).ShouldHaveSingleItem().ShouldContain("no business model serves it");
        Messages(Paper + Market + Money + Fit("business-model")).ShouldBeEmpty();
        Messages(Paper + Money + Fit("business-model")).ShouldHaveSingleItem().ShouldContain("but no test card checks it in the market and no business model serves it".Replace(" and no business model serves it", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void The_finding_sits_on_the_stage_word()
    {
        var text = Paper + Fit("product-market");
        var finding = RuleTestHarness.Analyze(text).Diagnostics.Single(d => d.Code == "CV671");
        text.Substring(finding.Span.Start, finding.Span.Length).ShouldBe("product-market");
    }
}
