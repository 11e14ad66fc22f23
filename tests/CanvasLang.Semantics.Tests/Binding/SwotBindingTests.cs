using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Tests.Binding;

/// <summary>Language 1.1's SWOT analyses: items with ids in the one scope, their priorities, and actions whose `pairs` name items of the same SWOT.</summary>
public sealed class SwotBindingTests
{
    private const string Canvas = """
        segment riders "People who cycle to work"
        swot van_swot for riders {
          strength s1 "Two mechanics who ride to work themselves" priority 1
          weakness w1 "One van, so a breakdown stops every repair"
          opportunity o1 "The city adds 12 km of cycle lanes next year" priority 2
          threat t1 "A chain opens a service point at the station"
          threat "Winter halves the number of riders"
          action a1 "Rent a second van for the winter months" pairs w1, t1 priority 1
          action a2 "Offer repair subscriptions along the new lanes" pairs s1 pairs o1
        }
        swot shop_swot {
          strength s2 "A shop on the main cycle route"
          action a3 "Open at 7:00 for riders on their way in" pairs s2
        }
        """;

    private static (SemanticModel Model, List<Diagnostic> Errors) Bind(string text)
    {
        var tree = SyntaxTree.Parse(text, Path.Combine(Path.GetTempPath(), "swot-test.canvas"));
        var (model, diagnostics) = Binder.Bind(tree, new FileSystemDocumentSource());
        return (model, [.. tree.Diagnostics, .. diagnostics]);
    }

    private static string At(string text, Diagnostic d) => text.Substring(d.Span.Start, d.Span.Length);

    [Fact]
    public void A_swot_binds_its_quadrants_priorities_and_pairs_without_errors()
    {
        var (model, errors) = Bind(Canvas);
        errors.ShouldBeEmpty();
        model.Swots.Select(s => s.Name).ShouldBe(["van_swot", "shop_swot"]);
        var swot = model.Swots[0];
        swot.SegmentName.ShouldBe("riders");
        swot.In(SwotQuadrant.Strengths).Select(i => i.Id).ShouldBe(["s1"]);
        swot.In(SwotQuadrant.Threats).Select(i => i.Text).ShouldBe(["A chain opens a service point at the station", "Winter halves the number of riders"]);
        swot.Items.Single(i => i.Id == "s1").Priority.ShouldBe(1);
        swot.Items.Single(i => i.Id == "w1").Priority.ShouldBeNull();
        swot.Items.Single(i => i.Id == "s1").IsInternal.ShouldBeTrue();
        swot.Items.Single(i => i.Id == "o1").IsExternal.ShouldBeTrue();
        var a1 = swot.Actions.First();
        swot.Paired(a1).Select(i => i.Id).ShouldBe(["w1", "t1"]);
        swot.Paired(swot.Actions.Last()).Select(i => i.Id).ShouldBe(["s1", "o1"]);
        model.Swots[1].SegmentName.ShouldBeNull();
        model.Symbols["van_swot"].Kind.ShouldBe(SymbolKind.Swot);
        model.Symbols["w1"].Kind.ShouldBe(SymbolKind.SwotItem);
        model.ResolvedNames.Keys.Count(n => n.Text == "w1").ShouldBe(1);
        model.ResolvedNames.Keys.Select(n => n.Text).ShouldContain("riders");
    }

    [Fact]
    public void An_unknown_item_is_reported_with_the_closest_id_of_the_same_swot()
    {
        var text = Canvas.Replace("pairs w1, t1", "pairs w2, t1", StringComparison.Ordinal);
        var error = Bind(text).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CV002");
        At(text, error).ShouldBe("w2");
        error.Message.ShouldBe("`pairs w2`: no strength, weakness, opportunity or threat named `w2` in SWOT `van_swot`; did you mean `w1`?");
        error.Fixes.Single().Edits.Single().NewText.ShouldBe("w1");
    }

    [Fact]
    public void Pairs_names_no_segment_and_no_action()
    {
        var text = Canvas.Replace("pairs w1, t1", "pairs riders, a2", StringComparison.Ordinal);
        var errors = Bind(text).Errors;
        errors.Select(e => (e.Code, At(text, e))).ShouldBe([("CV004", "riders"), ("CV004", "a2")]);
        errors[0].Message.ShouldBe("`pairs` names strengths, weaknesses, opportunities or threats of SWOT `van_swot`, but `riders` is a segment");
        errors[1].Message.ShouldContain("but `a2` is an action");
    }

    [Fact]
    public void An_action_pairs_items_of_its_own_swot_only()
    {
        var text = Canvas.Replace("pairs s2", "pairs s2, o1", StringComparison.Ordinal);
        var error = Bind(text).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CV004");
        At(text, error).ShouldBe("o1");
        error.Message.ShouldBe("`o1` is an opportunity of SWOT `van_swot`, not of SWOT `shop_swot`: an action pairs items of its own SWOT");
        error.Related.Single().Message.ShouldBe("`o1` is declared here");
    }

    [Fact]
    public void Item_ids_share_the_one_scope()
    {
        var text = Canvas.Replace("strength s2", "strength s1", StringComparison.Ordinal).Replace("pairs s2", "pairs w1", StringComparison.Ordinal)
            + "profile riders {\n  pain t1 \"Flat tyres\"\n}\n";
        var errors = Bind(text).Errors;
        errors.Where(e => e.Code == "CV003").Select(e => At(text, e)).ShouldBe(["s1", "t1"]);
        errors.First(e => e.Code == "CV003").Message.ShouldBe("`s1` is already declared as a strength: give this strength another name");
        errors.Last(e => e.Code == "CV003").Message.ShouldBe("`t1` is already declared as a threat: give this pain another name");
    }

    [Fact]
    public void For_names_a_declared_segment()
    {
        var text = Canvas.Replace("van_swot for riders", "van_swot for ridrs", StringComparison.Ordinal);
        var error = Bind(text).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CV007");
        error.Message.ShouldContain("did you mean `riders`?");
    }

    [Theory]
    [InlineData("priority 1\n  weakness w1", "priority 0\n  weakness w1", "0", "`priority 0` is out of range: priorities start at 1 (the most urgent)")]
    [InlineData("priority 1\n  weakness w1", "priority 1 priority 2\n  weakness w1", "priority 2", "`priority` is given twice for `s1`: keep one")]
    [InlineData("\"Winter halves the number of riders\"", "\"Winter halves the number of riders\" pairs s1", "pairs", "`pairs` is not an attribute of a threat: a threat takes only `priority`")]
    [InlineData("\"Winter halves the number of riders\"", "\"Winter halves the number of riders\" rank 2", "rank", "`rank` is not an attribute of a threat: a threat takes only `priority`")]
    public void Attributes_an_item_cannot_take_or_values_out_of_range_are_errors(string from, string to, string at, string message)
    {
        var text = Canvas.Replace(from, to, StringComparison.Ordinal);
        var error = Bind(text).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBeOneOf("CV001", "CV008");
        At(text, error).ShouldBe(at);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void A_profile_entry_takes_neither_priority_nor_pairs()
    {
        var text = "segment riders \"People\"\nprofile riders {\n  pain p \"Flat tyres\" priority 1\n  gain g \"Dry feet\" pairs p\n}\n";
        var errors = Bind(text).Errors;
        errors.Select(e => At(text, e)).ShouldBe(["priority", "pairs"]);
        errors[0].Message.ShouldBe("`priority` is not an attribute of a pain: a pain takes `severity`, `rank` and `heard`");
    }
}
