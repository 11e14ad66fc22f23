using System.Text;
using CanvasLang.EditorServices.Completion;

namespace CanvasLang.EditorServices.Tests.Features;

/// <summary>Completion in big profiles: filtered by the typed word, capped and marked incomplete, documentation resolved later, ranking kept.</summary>
public sealed class CompletionAtScaleTests
{
    private static readonly string[] Severities = ["extreme", "high", "moderate", "low"];

    private static CompletionResult Complete(string text, int max = CompletionService.MaxItems)
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(text);
        return CompletionService.Complete(analysis, offset, max);
    }

    private static string With(string marker, string replacement) => FeatureWorkspace.Coffee.Replace(marker, replacement, StringComparison.Ordinal);

    /// <summary>
    /// A profile of <paramref name="pains"/> pains `p0…` (severity cycling from extreme, one in three
    /// without a severity), every fifth one relieved, and a reliever being typed: `relieves |`.
    /// </summary>
    private static string BigProfile(int pains, string typed = "")
    {
        var text = new StringBuilder("segment riders \"People who ride a bike to work\"\nprofile riders {\n");
        for (var i = 0; i < pains; i++)
        {
            var severity = i % 3 == 2 ? string.Empty : $" severity {Severities[i % 4]}";
            text.Append($"  pain p{i} \"Waiting {i} minutes at the repair shop\"{severity}\n");
        }

        text.Append("}\nvaluemap riders {\n");
        for (var i = 0; i < pains; i += 5)
        {
            text.Append($"  reliever r{i} \"Mobile repair van number {i}\" relieves p{i}\n");
        }

        return text.Append($"  reliever typing \"Spare bikes\" relieves {typed}|\n}}\n").ToString();
    }

    /// <summary>The ranking written out independently: not yet relieved first, then severity (none last), then written order.</summary>
    private static List<string> Ranked(int pains) =>
        [.. Enumerable.Range(0, pains)
            .OrderBy(i => i % 5 == 0 ? 1 : 0)
            .ThenBy(i => i % 3 == 2 ? 5 : (i % 4) + 1)
            .ThenBy(i => i)
            .Select(i => $"p{i}")];

    [Fact]
    public void The_typed_prefix_filters_references_ignoring_case()
    {
        Complete(With("relieves queue", "relieves qu|")).Items.Select(i => i.Label).ShouldBe(["queue"]);
        Complete(With("relieves queue", "relieves CA|")).Items.Select(i => i.Label).ShouldBe(["cash"]);
        Complete(With("relieves queue", "relieves zz|")).Items.ShouldBeEmpty();
    }

    [Fact]
    public void Parts_of_the_label_match_as_in_vs_code()
    {
        var text = With("pain queue", "pain fast_repair \"Repairs take a week\"\n  pain longQueue \"Queues at the desk\"\n  pain queue");
        foreach (var typed in new[] { "rep", "fR", "fare", "fast_r" })
        {
            Complete(text.Replace("relieves queue", $"relieves {typed}|", StringComparison.Ordinal)).Items.Select(i => i.Label).ShouldContain("fast_repair", typed);
        }

        Complete(text.Replace("relieves queue", "relieves Que|", StringComparison.Ordinal)).Items.Select(i => i.Label).ShouldBe(["longQueue", "queue"], ignoreOrder: true);
        Complete(text.Replace("relieves queue", "relieves epair|", StringComparison.Ordinal)).Items.ShouldBeEmpty();
    }

    [Fact]
    public void Words_of_the_entry_text_match_and_travel_as_filter_words()
    {
        var items = Complete(With("relieves queue", "relieves kio|")).Items;
        items.Select(i => i.Label).ShouldBe(["cash"]);
        items[0].FilterWords.ShouldBe("The kiosk takes cash only, and I rarely carry any");
    }

    [Fact]
    public void A_repetitive_text_is_matched_in_linear_steps()
    {
        // Trying every split of `aaaa…z` over thousands of `a` words would never end.
        var words = string.Join(' ', Enumerable.Repeat("a", 3000));
        var text = With("pain queue", $"pain many \"{words}\"\n  pain queue");
        Complete(text.Replace("relieves queue", "relieves aaaaaaaaaaaaz|", StringComparison.Ordinal)).Items.ShouldBeEmpty();
        Complete(text.Replace("relieves queue", "relieves aaaaaaaaaaaa|", StringComparison.Ordinal)).Items.Select(i => i.Label).ShouldBe(["many"]);
    }

    [Fact]
    public void Keywords_and_values_are_filtered_too() =>
        Complete(With("severity extreme\n  obstacle", "severity MO|\n  obstacle")).Items.Select(i => i.Label).ShouldBe(["moderate"]);

    [Fact]
    public void A_long_list_is_capped_and_incomplete_a_short_one_is_not()
    {
        var all = Complete(BigProfile(250));
        all.Items.Length.ShouldBe(CompletionService.MaxItems);
        all.IsIncomplete.ShouldBeTrue();

        var narrowed = Complete(BigProfile(250, "p12"));
        narrowed.Items.Select(i => i.Label).ShouldBe(["p12", .. Enumerable.Range(120, 10).Select(i => $"p{i}")], ignoreOrder: true);
        narrowed.IsIncomplete.ShouldBeFalse();
    }

    [Fact]
    public void A_capped_list_keeps_the_best_ranked_and_their_sort_text_ranks_as_before()
    {
        var items = Complete(BigProfile(250)).Items;
        items.OrderBy(i => i.SortText, StringComparer.Ordinal).Select(i => i.Label).ShouldBe(Ranked(250).Take(CompletionService.MaxItems));
        items.Where(i => i.Detail!.Contains("already relieved", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void An_uncapped_list_ranks_every_pain_as_before()
    {
        var items = Complete(BigProfile(40)).Items;
        items.OrderBy(i => i.SortText, StringComparer.Ordinal).Select(i => i.Label).ShouldBe(Ranked(40));
        items.Single(i => i.Label == "p10").Detail.ShouldBe("pain · severity moderate · already relieved by r10");
    }

    [Fact]
    public void When_capped_label_matches_come_before_text_matches()
    {
        // `Waiting 1 minutes…` matches `w` by its text; labels `w…` must come first.
        var text = BigProfile(120, "w").Replace("  pain p0 ", "  pain wheel \"Wheel bent\"\n  pain p0 ", StringComparison.Ordinal);
        var result = Complete(text, max: 5);
        result.IsIncomplete.ShouldBeTrue();
        result.Items[0].Label.ShouldBe("wheel");
        result.Items.Length.ShouldBe(5);
    }

    [Fact]
    public void A_reference_list_continued_on_the_next_line_is_read_from_its_entry()
    {
        var text = BigProfile(30).Replace("relieves |", "relieves p1,\n    |", StringComparison.Ordinal);
        var labels = Complete(text).Items.Select(i => i.Label).ToList();
        labels.ShouldNotContain("p1");
        labels.ShouldContain("p2");
    }

    [Fact]
    public void A_syntax_error_earlier_in_the_block_still_leaves_the_references()
    {
        var text = BigProfile(30).Replace("  reliever r5 ", "  reliever broken \"Half typed\" relieves ,\n  reliever r5 ", StringComparison.Ordinal);
        var labels = Complete(text).Items.Select(i => i.Label).ToList();
        labels.Count.ShouldBe(30);
    }

    [Fact]
    public void Documentation_is_resolved_from_the_key_not_sent_in_the_list()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(With("relieves queue", "relieves queue, |"));
        var cash = CompletionService.Complete(analysis, offset).Items.Single();
        cash.DocumentationKey.ShouldNotBeNull();
        CompletionDocumentation.Resolve(analysis.Result.Model, cash.DocumentationKey).ShouldBe("The kiosk takes cash only, and I rarely carry any");

        (analysis, offset) = workspace.Open(With("severity extreme\n  obstacle", "severity |\n  obstacle"));
        var extreme = CompletionService.Complete(analysis, offset).Items.First(i => i.Label == "extreme");
        CompletionDocumentation.Resolve(analysis.Result.Model, extreme.DocumentationKey!).ShouldNotBeNullOrWhiteSpace();
        CompletionDocumentation.Resolve(analysis.Result.Model, "entry:commuters/nothing").ShouldBeNull();
        CompletionDocumentation.Resolve(analysis.Result.Model, "bogus").ShouldBeNull();
    }

    [Fact]
    public void Snippets_stay_at_the_top_level_and_are_filtered_by_label()
    {
        var items = Complete(FeatureWorkspace.Coffee + "\ncan|").Items;
        items.ShouldContain(i => i.Label == "canvas" && i.IsSnippet);
        items.ShouldNotContain(i => i.Label == "profile");
    }
}
