using CanvasLang.EditorServices.Completion;

namespace CanvasLang.EditorServices.Tests.Features;

public sealed class CompletionTests
{
    private static List<string> Labels(string text)
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(text);
        return [.. CompletionService.Complete(analysis, offset).Items.Select(i => i.Label)];
    }

    private static string With(string marker, string replacement) => FeatureWorkspace.Coffee.Replace(marker, replacement, StringComparison.Ordinal);

    [Fact]
    public void Top_level_offers_declarations_and_snippets() =>
        Labels(FeatureWorkspace.Coffee + "\n|").ShouldContain(l => l == "profile" || l == "canvas");

    [Fact]
    public void After_relieves_offers_the_pains_not_yet_referenced() =>
        Labels(With("relieves queue", "relieves queue, |")).ShouldBe(["cash"]);

    [Fact]
    public void After_serves_offers_jobs_with_their_text()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(With("serves get_coffee", "serves |"));
        var items = CompletionService.Complete(analysis, offset).Items;
        items.Select(i => i.Label).ShouldBe(["feel_awake", "get_coffee"], ignoreOrder: true);
        items.First(i => i.Label == "feel_awake").Description!.ShouldStartWith("Feel alert");
    }

    [Fact]
    public void Already_addressed_entries_are_marked_and_sorted_last()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(With("creates ready", "creates ready\n  reliever more \"Two tills at rush hour\" relieves |"));
        var items = CompletionService.Complete(analysis, offset).Items.OrderBy(i => i.SortText, StringComparer.Ordinal).ToList();
        items[0].Label.ShouldBe("cash");
        items.First(i => i.Label == "queue").Detail!.ShouldContain("already relieved by preorder");
    }

    [Fact]
    public void After_severity_offers_the_severity_words() =>
        Labels(With("severity extreme\n  obstacle", "severity |\n  obstacle")).ShouldBe(["extreme", "high", "moderate", "low"]);

    [Fact]
    public void After_as_offers_roles() =>
        Labels(With("importance medium", "as |")).ShouldBe(["buyer", "cocreator", "transferrer"]);

    [Fact]
    public void At_the_start_of_a_profile_line_offers_entry_keywords_and_qualifiers()
    {
        var labels = Labels(With("  required gain", "  |\n  required gain"));
        labels.ShouldContain("job");
        labels.ShouldContain("functional");
        labels.ShouldNotContain("product");
    }

    [Fact]
    public void After_a_qualifier_offers_its_keyword() =>
        Labels(With("  required gain", "  risk |\n  required gain")).ShouldBe(["pain"]);

    [Fact]
    public void In_a_value_map_offers_value_map_keywords() =>
        Labels(With("  reliever preorder", "  |\n  reliever preorder")).ShouldContain("reliever");

    [Fact]
    public void After_the_entry_text_offers_its_attributes() =>
        Labels(With("\"Pre-order app with saved favourites\" serves get_coffee", "\"Pre-order app with saved favourites\" |")).ShouldContain("serves");

    [Fact]
    public void After_valuemap_offers_segments() =>
        Labels(FeatureWorkspace.Coffee + "\nvaluemap |").ShouldContain("commuters");

    [Fact]
    public void After_from_offers_tests() =>
        Labels(FeatureWorkspace.Coffee + "\ntest t1 for commuters {\n  status planned\n}\nlearning l1 from |").ShouldBe(["t1"]);

    [Fact]
    public void After_status_in_a_test_offers_statuses() =>
        Labels(FeatureWorkspace.Coffee + "\ntest t1 for commuters {\n  status |\n}").ShouldContain("validated");

    [Fact]
    public void Inside_a_string_offers_nothing() =>
        Labels(With("Buy a hot coffee", "Buy a |hot coffee")).ShouldBeEmpty();

    private const string TwoTests = "\ntest t1 for commuters {\n  status planned\n}\ntest t2 for commuters {\n  status running\n}\n";

    [Fact]
    public void After_a_persona_name_offers_for() =>
        Labels(FeatureWorkspace.Coffee + "\npersona maria |").ShouldBe(["for"]);

    [Fact]
    public void After_persona_for_offers_segments() =>
        Labels(FeatureWorkspace.Coffee + "\npersona maria for |").ShouldContain("commuters");

    [Fact]
    public void In_a_persona_offers_its_fields_and_keeps_offering_the_ones_that_repeat()
    {
        var labels = Labels(FeatureWorkspace.Coffee + "\npersona maria for commuters {\n  goal \"Catch the 8:10\"\n  |\n}");
        labels.ShouldBe(["goal", "frustration", "behaviour", "quote", "trait", "basedon"], ignoreOrder: true);
    }

    [Fact]
    public void After_basedon_offers_test_cards_and_not_segments()
    {
        var labels = Labels(FeatureWorkspace.Coffee + TwoTests + "persona maria for commuters {\n  basedon |\n}");
        labels.ShouldBe(["t1", "t2"], ignoreOrder: true);
    }

    [Fact]
    public void After_a_comma_in_basedon_offers_test_cards_again() =>
        Labels(FeatureWorkspace.Coffee + TwoTests + "persona maria for commuters {\n  basedon t1, |\n}").ShouldContain("t2");

    [Fact]
    public void A_declaration_keyword_used_as_a_persona_name_is_not_a_new_declaration() =>
        Labels(FeatureWorkspace.Coffee + "\npersona test |").ShouldBe(["for"]);

    private const string Interviews = "\ninterview ana for commuters {\n  who \"Nurse\"\n}\ninterview ben for commuters {\n  who \"Courier\"\n}\n";

    [Fact]
    public void After_heard_in_an_interview_offers_what_can_be_heard() =>
        Labels(FeatureWorkspace.Coffee + "\ninterview ana for commuters {\n  heard |\n}").ShouldBe(["job", "pain", "gain"]);

    [Fact]
    public void After_heard_on_a_profile_entry_offers_interviews() =>
        Labels(Interviews + With("severity extreme\n  obstacle", "severity extreme heard |\n  obstacle")).ShouldBe(["ana", "ben"], ignoreOrder: true);

    [Fact]
    public void After_basedon_offers_interviews_and_test_cards() =>
        Labels(FeatureWorkspace.Coffee + Interviews + TwoTests + "persona maria for commuters {\n  basedon |\n}").ShouldBe(["ana", "ben", "t1", "t2"], ignoreOrder: true);

    [Fact]
    public void After_a_profile_entry_text_offers_heard() =>
        Labels(With("\"Waiting more than 5 minutes in the queue and missing the train\" severity extreme", "\"Waiting more than 5 minutes in the queue and missing the train\" |")).ShouldContain("heard");

    private const string Assumptions = "\nassumption pay for commuters {\n  type viability\n}\nassumption wake for commuters {\n  type desirability\n}\n";

    [Fact]
    public void After_tests_in_a_test_card_offers_assumptions() =>
        Labels(FeatureWorkspace.Coffee + Assumptions + "test t1 for commuters {\n  tests |\n}").ShouldBe(["pay", "wake"], ignoreOrder: true);

    [Theory]
    [InlineData("type", new[] { "desirability", "feasibility", "viability" })]
    [InlineData("evidence", new[] { "none", "weak", "some", "strong" })]
    [InlineData("importance", new[] { "critical", "high", "medium", "low" })]
    public void In_an_assumption_each_field_offers_its_words(string field, string[] words) =>
        Labels(FeatureWorkspace.Coffee + $"\nassumption a for commuters {{\n  {field} |\n}}").ShouldBe(words);

    [Fact]
    public void After_next_in_a_learning_card_offers_the_verdicts() =>
        Labels(FeatureWorkspace.Coffee + "\ntest t1 for commuters {\n  status planned\n}\nlearning l from t1 {\n  next |\n}").ShouldBe(["persevere", "pivot", "kill", "retest"]);
}
