using CanvasLang.Semantics.Language;

namespace CanvasLang.Semantics.Tests.Language;

public class TokenizerTests
{
    [Theory]
    [InlineData("Pas d'application", "pas|de|application")]
    [InlineData("L’attente à l'accueil", "le|attente|à|le|accueil")]
    [InlineData("Jusqu'à midi, qu'on réserve", "jusque|à|midi|que|on|réserve")]
    [InlineData("Non c'è un'app dell'officina", "non|ce|è|una|app|della|officina")]
    // A form French and Italian share ("c'", "l'") takes the French word: it only has to be the same
    // in a text and in a lexicon, which the same tokenizer reads, and it is never content.
    public void Elided_articles_are_read_as_their_full_words(string text, string expected)
    {
        var words = Tokenizer.Tokenize(text);
        string.Join('|', words.Select(w => w.Text)).ShouldBe(expected);
        // Spans still point at the text as written, so quotes and fixes keep it.
        words.ShouldAllBe(w => text.Substring(w.Start, w.Length) == w.Original);
        Tokenizer.Quote(words).ShouldBe(text.Replace(",", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("don't", "don't")]
    [InlineData("It's the customers' call", "it's|the|customers|call")]
    [InlineData("O'Brien's shop", "o'brien's|shop")]
    [InlineData("we'll see", "we'll|see")]
    public void English_contractions_and_names_stay_whole(string text, string expected) =>
        string.Join('|', Tokenizer.Tokenize(text).Select(w => w.Text)).ShouldBe(expected);

    [Fact]
    public void An_elided_article_is_never_content()
    {
        var kit = LanguageKit.For(NaturalLanguage.Italian);
        var words = Tokenizer.Tokenize("quest'anno");
        words.Count(kit.IsContent).ShouldBe(1);
    }

    [Theory]
    [InlineData("Non c'è un'app per gli ordini dell'officina", NaturalLanguage.Italian)]
    [InlineData("L'appel reste sans réponse jusqu'au soir", NaturalLanguage.French)]
    public void Elided_forms_are_evidence_of_their_languages(string text, NaturalLanguage expected) =>
        LanguageEvidence.Of(Tokenizer.Tokenize(text)).Decide().ShouldBe(expected);
}
