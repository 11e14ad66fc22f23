using CanvasLang.EditorServices.Completion;
using CanvasLang.EditorServices.Folding;
using CanvasLang.EditorServices.Formatting;
using CanvasLang.EditorServices.Hover;
using CanvasLang.EditorServices.Navigation;
using CanvasLang.EditorServices.SemanticTokens;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Tests.Features;

/// <summary>Language 1.1's SWOT analyses in the editor: completion, hover, outline, folding, tokens, rename through `pairs`, formatting.</summary>
public sealed class SwotFeatureTests
{
    private const string Swot = """

        swot station for commuters {
          strength lease "Kiosk lease at the station entrance" priority 1
          weakness peak "Only two baristas at the busiest hour"
          opportunity platform "A second platform entrance opens in 2027"
          threat chain "A coffee chain bids for the kiosk on platform 3" priority 2
          action barista "Hire a third barista from 7:30 to 8:30" pairs peak, chain
        }

        """;

    private static string Text(string swot) => FeatureWorkspace.Coffee + swot;

    private static List<string> Labels(string text)
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(text);
        return [.. CompletionService.Complete(analysis, offset).Items.Select(i => i.Label)];
    }

    [Fact]
    public void After_a_swot_name_offers_for_and_after_for_the_segments()
    {
        Labels(FeatureWorkspace.Coffee + "\nswot station |").ShouldBe(["for"]);
        Labels(FeatureWorkspace.Coffee + "\nswot station for |").ShouldBe(["commuters"]);
    }

    [Fact]
    public void At_the_start_of_a_swot_line_offers_the_item_words()
    {
        var labels = Labels(Text(Swot.Replace("  action barista", "  |\n  action barista", StringComparison.Ordinal)));
        labels.ShouldBe(["strength", "weakness", "opportunity", "threat", "action"], ignoreOrder: true);
    }

    [Fact]
    public void After_an_item_text_offers_priority_and_after_an_action_text_pairs_too()
    {
        Labels(Text(Swot.Replace("\"Only two baristas at the busiest hour\"", "\"Only two baristas at the busiest hour\" |", StringComparison.Ordinal))).ShouldBe(["priority"]);
        Labels(Text(Swot.Replace("\"Hire a third barista from 7:30 to 8:30\" pairs peak, chain", "\"Hire a third barista from 7:30 to 8:30\" |", StringComparison.Ordinal)))
            .ShouldBe(["pairs", "priority"], ignoreOrder: true);
        Labels(Text(Swot.Replace("pairs peak, chain", "pairs peak, chain |", StringComparison.Ordinal))).ShouldNotContain("pairs");
    }

    [Fact]
    public void After_pairs_offers_the_items_of_the_same_swot_not_yet_named()
    {
        var other = "swot elsewhere {\n  strength far \"Another shop's strength\"\n}\n";
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(Text(Swot.Replace("pairs peak, chain", "pairs peak, |", StringComparison.Ordinal) + other));
        var items = CompletionService.Complete(analysis, offset).Items;
        items.Select(i => i.Label).ShouldBe(["lease", "platform", "chain"]);
        items[0].Detail.ShouldBe("strength · internal · priority 1");
        items[1].Description.ShouldBe("A second platform entrance opens in 2027");
    }

    [Fact]
    public void Hover_on_an_item_shows_its_side_and_what_pairs_it()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(Text(Swot.Replace("threat chain", "threat ch|ain", StringComparison.Ordinal)));
        var markdown = HoverService.Hover(analysis, offset)!.Markdown;
        markdown.ShouldStartWith("**threat `chain`** · priority 2 · external · SWOT `station`");
        markdown.ShouldContain("> A coffee chain bids for the kiosk on platform 3");
        markdown.ShouldContain("Paired by: action `barista` (Hire a third barista from 7:30 to 8:30)");
    }

    [Fact]
    public void Hover_on_a_pairs_reference_and_on_the_swot_name()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(Text(Swot.Replace("pairs peak", "pairs pe|ak", StringComparison.Ordinal)));
        HoverService.Hover(analysis, offset)!.Markdown.ShouldStartWith("**weakness `peak`** · internal · SWOT `station`");
        var (swot, at) = workspace.Open(Text(Swot.Replace("swot station", "swot stat|ion", StringComparison.Ordinal)));
        HoverService.Hover(swot, at)!.Markdown.ShouldBe("**SWOT `station`** for `commuters`\n\n1 strength, 1 weakness, 1 opportunity, 1 threat; 1 action");
        var (action, onAction) = workspace.Open(Text(Swot.Replace("action barista", "action bar|ista", StringComparison.Ordinal)));
        HoverService.Hover(action, onAction)!.Markdown.ShouldEndWith("Pairs: weakness `peak` (Only two baristas at the busiest hour), threat `chain` (A coffee chain bids for the kiosk on platform 3)");
    }

    [Theory]
    [InlineData("sw|ot station")]
    [InlineData("str|ength lease")]
    [InlineData("wea|kness peak")]
    [InlineData("oppor|tunity platform")]
    [InlineData("thr|eat chain")]
    [InlineData("act|ion barista")]
    [InlineData("pa|irs peak")]
    public void Hover_on_a_swot_keyword_explains_the_term(string marked)
    {
        using var workspace = new FeatureWorkspace();
        var unmarked = marked.Replace("|", string.Empty, StringComparison.Ordinal);
        var (analysis, offset) = workspace.Open(Text(Swot.Replace(unmarked, marked, StringComparison.Ordinal)));
        HoverService.Hover(analysis, offset)!.Markdown.Length.ShouldBeGreaterThan(80);
    }

    [Fact]
    public void Outline_puts_the_swot_under_its_segment_with_its_items()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(Text(Swot));
        var swot = OutlineService.Outline(analysis.Snapshot.Tree).Single().Children.Single(c => c.Kind == OutlineKind.Swot);
        swot.Name.ShouldBe("station");
        swot.Detail.ShouldBe("SWOT of commuters");
        swot.Children.Select(c => (c.Name, c.Kind)).ShouldBe(
            [("lease", OutlineKind.Strength), ("peak", OutlineKind.Weakness), ("platform", OutlineKind.Opportunity), ("chain", OutlineKind.Threat), ("barista", OutlineKind.Action)]);
        OutlineService.Symbols(analysis.Snapshot.Tree).Select(s => s.Name).ShouldContain("chain");
    }

    [Fact]
    public void A_swot_folds_like_a_card_and_its_ids_are_tokens()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(Text(Swot));
        FoldingService.Fold(analysis.Snapshot.Tree).Length.ShouldBe(3);
        var tokens = SemanticTokenService.Classify(analysis.Snapshot.Tree, analysis.Result.Model);
        var text = analysis.Text;
        string TypeAt(string word, int nth = 0)
        {
            var start = -1;
            for (var i = 0; i <= nth; i++)
            {
                start = text.Text.IndexOf(word, start + 1, StringComparison.Ordinal);
            }

            var position = text.GetPosition(start);
            var token = tokens.Single(t => t.Line == position.Line && t.Character == position.Character);
            return SemanticTokenService.TokenTypes[token.Type];
        }

        TypeAt("station").ShouldBe("event");
        TypeAt("chain \"").ShouldBe("property");
        TypeAt("pairs").ShouldBe("keyword");
        TypeAt("peak, chain").ShouldBe("property");
        TypeAt("strength").ShouldBe("keyword");
    }

    [Fact]
    public void Rename_of_an_item_reaches_the_actions_that_pair_it_and_references_find_them()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(Text(Swot.Replace("weakness peak", "weakness pe|ak", StringComparison.Ordinal)));
        var navigation = new NavigationService(workspace.Workspace.Current);
        navigation.References(analysis, offset, includeDeclaration: true, CancellationToken.None).Length.ShouldBe(2);
        var (change, error) = navigation.Rename(analysis, offset, "short_staffed", CancellationToken.None);
        error.ShouldBeNull();
        var edited = TextEdit.Apply(analysis.Text.Text, change!.Documents.Single().Edits);
        edited.ShouldContain("weakness short_staffed \"Only two baristas");
        edited.ShouldContain("pairs short_staffed, chain");
    }

    [Fact]
    public void Formatting_lays_out_items_as_entries_with_pairs_before_priority_and_is_idempotent()
    {
        var messy = FeatureWorkspace.Coffee + "\nswot station   for commuters {  strength lease \"Kiosk lease\" priority 1\n      action barista \"Hire a third barista\" priority 1 pairs lease\n}\n";
        var once = CanvasFormatter.Format(SyntaxTree.Parse(messy));
        once.ShouldEndWith("swot station for commuters {\n  strength lease \"Kiosk lease\" priority 1\n  action barista \"Hire a third barista\" pairs lease priority 1\n}\n");
        CanvasFormatter.Format(SyntaxTree.Parse(once)).ShouldBe(once);
        FormattingCheck.SameContent(SyntaxTree.Parse(messy), SyntaxTree.Parse(once)).ShouldBeTrue();
    }
}
