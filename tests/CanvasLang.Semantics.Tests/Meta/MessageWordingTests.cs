using System.Text.RegularExpressions;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Tests.Meta;

/// <summary>Messages read as English: articles agree with the word put in, and quoted words are the writer's own.</summary>
public partial class MessageWordingTests
{
    [Theory]
    [InlineData("importance", "an importance")]
    [InlineData("severity", "a severity")]
    [InlineData("relevance", "a relevance")]
    [InlineData("emotional job", "an emotional job")]
    [InlineData("obstacle pain", "an obstacle pain")]
    [InlineData("unexpected gain", "an unexpected gain")]
    [InlineData("hour", "an hour")]
    [InlineData("user", "a user")]
    [InlineData("one-off", "a one-off")]
    public void Articles_follow_the_word(string word, string expected) => Article.With(word).ShouldBe(expected);

    [Fact]
    public void No_message_template_puts_a_fixed_article_before_a_substitution()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => FixedArticle().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}");
        offenders.ShouldBeEmpty("use Article.With(word) so that 'a'/'an' agrees with what is put in");
    }

    [Fact]
    public void Unranked_jobs_are_asked_for_an_importance()
    {
        const string Text = "segment s \"Design agencies\"\nprofile s {\n  job a \"Send 30 invoices on the 1st\"\n  job b \"Chase 5 late payers each week\"\n  job c \"File the VAT return every quarter\"\n"
            + "  pain p \"Clients pay 60 days late\"\n  pain q \"The bank charges 2% per card payment\"\n  pain r \"Reminders take 3 hours a week\"\n}\n";
        var messages = Lint.Of("CV108", Text).Select(d => d.Message).ToList();
        messages.ShouldContain(m => m.Contains("give each an importance", StringComparison.Ordinal));
        messages.ShouldContain(m => m.Contains("give each a severity", StringComparison.Ordinal));
    }

    [Fact]
    public void A_vague_statement_quotes_its_own_words()
    {
        const string Text = "segment commuters \"Urban commuters\"\nprofile commuters {\n  job j \"Reach the office by 9:00\"\n}\n"
            + "valuemap commuters {\n  product app \"Bike sharing app\" serves j\n}\n"
            + "statement commuters \"Our bike sharing app makes mobility easier and better for commuters\"\n";
        var message = Lint.Of("CV502", Text).ShouldHaveSingleItem().Message;
        message.ShouldContain("'easier'");
        message.ShouldContain("'better'");
        message.ShouldNotContain("'easy'");
    }

    // "a {x}" or "an {x}" in an interpolated string: the article cannot know the word.
    [GeneratedRegex(@"\$@?""[^""]*\b(a|an|A|An) \{")]
    private static partial Regex FixedArticle();
}
