using CanvasLang.EditorServices.Completion;
using CanvasLang.EditorServices.Folding;
using CanvasLang.EditorServices.Formatting;
using CanvasLang.EditorServices.Hover;
using CanvasLang.EditorServices.Navigation;
using CanvasLang.EditorServices.SemanticTokens;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Tests.Features;

/// <summary>Language 1.1's offering metrics in the editor: completion, hover, outline, folding, tokens, rename through `tracks`, formatting.</summary>
public sealed class MetricsFeatureTests
{
    private const string Declarations = """

        positioning preorder_pos for commuters {
          benefit "has the cup waiting when they walk in"
        }

        assumption waits_ready for commuters {
          type desirability
          belief "Commuters choose a coffee that is ready over one they queue for"
        }

        """;

    private const string Metrics = """

        metrics station for commuters {
          metric on_shelf "Share of pre-orders waiting on the shelf on arrival" target "at least 95 %" every week tracks preorder_pos
          metric queue_time "Median wait at the kiosk at 8:00" target "under 3 minutes"
        }

        """;

    private static string Text(string metrics) => FeatureWorkspace.Coffee + Declarations + metrics;

    private static List<string> Labels(string text)
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(text);
        return [.. CompletionService.Complete(analysis, offset).Items.Select(i => i.Label)];
    }

    [Fact]
    public void After_a_metrics_name_offers_for_and_after_for_the_segments()
    {
        Labels(FeatureWorkspace.Coffee + "\nmetrics station |").ShouldBe(["for"]);
        Labels(FeatureWorkspace.Coffee + "\nmetrics station for |").ShouldBe(["commuters"]);
    }

    [Fact]
    public void At_the_start_of_a_metrics_line_offers_metric_only() =>
        Labels(Text(Metrics.Replace("  metric queue_time", "  |\n  metric queue_time", StringComparison.Ordinal))).ShouldBe(["metric"]);

    [Fact]
    public void After_a_metric_text_offers_the_attributes_not_yet_given()
    {
        Labels(Text(Metrics.Replace("\"Median wait at the kiosk at 8:00\" target \"under 3 minutes\"", "\"Median wait at the kiosk at 8:00\" |", StringComparison.Ordinal)))
            .ShouldBe(["target", "every", "tracks"], ignoreOrder: true);
        Labels(Text(Metrics.Replace("target \"under 3 minutes\"", "target \"under 3 minutes\" |", StringComparison.Ordinal)))
            .ShouldBe(["every", "tracks"], ignoreOrder: true);
    }

    [Fact]
    public void After_every_offers_the_periods_and_after_target_nothing()
    {
        Labels(Text(Metrics.Replace("every week", "every |", StringComparison.Ordinal))).ShouldBe(["day", "week", "month", "quarter", "year"], ignoreOrder: true);
        Labels(Text(Metrics.Replace("target \"under 3 minutes\"", "target |", StringComparison.Ordinal))).ShouldBeEmpty();
    }

    [Fact]
    public void After_tracks_offers_positionings_tests_segments_and_assumptions_not_yet_named()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(Text(Metrics.Replace("tracks preorder_pos", "tracks preorder_pos, |", StringComparison.Ordinal)));
        var items = CompletionService.Complete(analysis, offset).Items;
        items.Select(i => i.Label).ShouldBe(["commuters", "waits_ready"]);
        var (fresh, at) = workspace.Open(Text(Metrics.Replace("tracks preorder_pos", "tracks |", StringComparison.Ordinal)));
        var first = CompletionService.Complete(fresh, at).Items[0];
        first.Label.ShouldBe("preorder_pos");
        first.Detail.ShouldBe("positioning statement for commuters");
        first.Description.ShouldBe("has the cup waiting when they walk in");
    }

    [Fact]
    public void Hover_on_a_metric_shows_its_target_period_and_what_it_tracks()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(Text(Metrics.Replace("metric on_shelf", "metric on_sh|elf", StringComparison.Ordinal)));
        var markdown = HoverService.Hover(analysis, offset)!.Markdown;
        markdown.ShouldStartWith("**metric `on_shelf`** · every week · metrics `station`");
        markdown.ShouldContain("> Share of pre-orders waiting on the shelf on arrival");
        markdown.ShouldContain("*target:* at least 95 %");
        markdown.ShouldContain("*tracks:* `preorder_pos` (");
        var (other, at) = workspace.Open(Text(Metrics.Replace("metric queue_time", "metric queue_ti|me", StringComparison.Ordinal)));
        HoverService.Hover(other, at)!.Markdown.ShouldEndWith("Tracks nothing yet.");
    }

    [Fact]
    public void Hover_on_the_metrics_name_sums_up_the_block()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(Text(Metrics.Replace("metrics station", "metrics stat|ion", StringComparison.Ordinal)));
        var markdown = HoverService.Hover(analysis, offset)!.Markdown;
        markdown.ShouldStartWith("**metrics `station`** for `commuters`\n\n2 metrics; 2 with a target, 1 tracking");
        markdown.ShouldContain("- `on_shelf` Share of pre-orders");
    }

    [Theory]
    [InlineData("metri|cs station")]
    [InlineData("met|ric on_shelf")]
    [InlineData("tar|get \"at least")]
    [InlineData("eve|ry week")]
    [InlineData("every we|ek")]
    [InlineData("tra|cks preorder_pos")]
    public void Hover_on_a_metrics_keyword_explains_the_term(string marked)
    {
        using var workspace = new FeatureWorkspace();
        var unmarked = marked.Replace("|", string.Empty, StringComparison.Ordinal);
        var (analysis, offset) = workspace.Open(Text(Metrics.Replace(unmarked, marked, StringComparison.Ordinal)));
        HoverService.Hover(analysis, offset)!.Markdown.Length.ShouldBeGreaterThan(80);
    }

    [Fact]
    public void Outline_puts_the_metrics_under_their_segment_with_each_metric()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(Text(Metrics));
        var metrics = OutlineService.Outline(analysis.Snapshot.Tree).Single().Children.Single(c => c.Kind == OutlineKind.Metrics);
        metrics.Name.ShouldBe("station");
        metrics.Detail.ShouldBe("metrics of commuters");
        metrics.Children.Select(c => (c.Name, c.Kind)).ShouldBe([("on_shelf", OutlineKind.Metric), ("queue_time", OutlineKind.Metric)]);
        OutlineService.Symbols(analysis.Snapshot.Tree).Select(s => s.Name).ShouldContain("queue_time");
    }

    [Fact]
    public void Metrics_fold_like_a_card_and_their_words_are_tokens()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(Text(Metrics));
        var folds = FoldingService.Fold(analysis.Snapshot.Tree);
        var text = analysis.Text;
        var start = text.GetPosition(text.Text.IndexOf("metrics station", StringComparison.Ordinal)).Line;
        folds.ShouldContain(f => f.StartLine == start);
        var tokens = SemanticTokenService.Classify(analysis.Snapshot.Tree, analysis.Result.Model);
        string TypeAt(string word)
        {
            var position = text.GetPosition(text.Text.IndexOf(word, StringComparison.Ordinal));
            var token = tokens.Single(t => t.Line == position.Line && t.Character == position.Character);
            return SemanticTokenService.TokenTypes[token.Type];
        }

        TypeAt("metric on_shelf").ShouldBe("keyword");
        TypeAt("target \"at").ShouldBe("keyword");
        TypeAt("tracks").ShouldBe("keyword");
        TypeAt("on_shelf \"Share").ShouldBe("property");
    }

    [Fact]
    public void Rename_of_a_positioning_reaches_the_metrics_that_track_it()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(Text(Metrics).Replace("positioning preorder_pos", "positioning preorder_p|os", StringComparison.Ordinal));
        var navigation = new NavigationService(workspace.Workspace.Current);
        navigation.References(analysis, offset, includeDeclaration: true, CancellationToken.None).Length.ShouldBe(2);
        var (change, error) = navigation.Rename(analysis, offset, "app_pos", CancellationToken.None);
        error.ShouldBeNull();
        var edited = TextEdit.Apply(analysis.Text.Text, change!.Documents.Single().Edits);
        edited.ShouldContain("positioning app_pos for commuters");
        edited.ShouldContain("every week tracks app_pos");
    }

    [Fact]
    public void Formatting_lays_out_metrics_as_entries_and_is_idempotent_and_lossless()
    {
        var messy = FeatureWorkspace.Coffee + "\nmetrics station   for commuters {  metric ready \"Ready on arrival\"    every month target \"95 %\"\n      metric \"Queue\"\n}\n";
        var once = CanvasFormatter.Format(SyntaxTree.Parse(messy));
        once.ShouldEndWith("metrics station for commuters {\n  metric ready \"Ready on arrival\" target \"95 %\" every month\n  metric \"Queue\"\n}\n");
        CanvasFormatter.Format(SyntaxTree.Parse(once)).ShouldBe(once);
        FormattingCheck.SameContent(SyntaxTree.Parse(messy), SyntaxTree.Parse(once)).ShouldBeTrue();
    }
}
