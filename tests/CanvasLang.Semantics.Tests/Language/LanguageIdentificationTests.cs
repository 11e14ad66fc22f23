using CanvasLang.Semantics.Language;

namespace CanvasLang.Semantics.Tests.Language;

public class LanguageIdentificationTests
{
    [Theory]
    [InlineData("Die Lieferung kommt oft zu spät und der Fahrer ruft nicht an", NaturalLanguage.German)]
    [InlineData("Les commandes arrivent en retard et le livreur ne prévient pas", NaturalLanguage.French)]
    [InlineData("El pedido llega tarde y el repartidor no avisa nunca", NaturalLanguage.Spanish)]
    [InlineData("O pedido chega atrasado e o entregador não avisa", NaturalLanguage.Portuguese)]
    [InlineData("L'ordine arriva in ritardo e il corriere non avvisa mai", NaturalLanguage.Italian)]
    [InlineData("De bestelling komt te laat en de bezorger belt niet", NaturalLanguage.Dutch)]
    [InlineData("Zamówienie przychodzi za późno, a kurier nie dzwoni", NaturalLanguage.Unsupported)]
    [InlineData("注文がいつも遅れて届く", NaturalLanguage.Unsupported)]
    [InlineData("배송이 항상 늦게 도착한다", NaturalLanguage.Unsupported)]
    public void A_sentence_is_identified_by_its_function_words_letters_and_script(string text, NaturalLanguage expected) =>
        LanguageEvidence.Of(Tokenizer.Tokenize(text)).Decide().ShouldBe(expected);

    [Theory]
    [InlineData("Zeit sparen")]
    [InlineData("Identidad")]
    [InlineData("Kits")]
    public void A_short_text_without_evidence_is_left_undecided(string text) =>
        LanguageEvidence.Of(Tokenizer.Tokenize(text)).Decide().ShouldBe(NaturalLanguage.Unknown);

    [Fact]
    public void A_short_entry_takes_the_language_of_the_canvas_around_it_unless_its_own_words_disagree()
    {
        var store = new ReadingStore();
        var reading = store.Of("Zeit sparen");
        reading.LanguageIn(contextIsEnglish: false, NaturalLanguage.German).ShouldBe(NaturalLanguage.German);
        reading.LanguageIn(contextIsEnglish: false, NaturalLanguage.Unknown).ShouldBe(NaturalLanguage.Unknown);
        store.Of("Zeit sparen o").LanguageIn(contextIsEnglish: false, NaturalLanguage.German).ShouldBe(NaturalLanguage.Unknown);
        store.Of("Dostawa jest zła").LanguageIn(contextIsEnglish: false, NaturalLanguage.German).ShouldBe(NaturalLanguage.Unsupported);
    }

    [Theory]
    [InlineData(NaturalLanguage.German, "Qualität", "qualität")]
    [InlineData(NaturalLanguage.Spanish, "rápidos", "rápido")]
    [InlineData(NaturalLanguage.French, "efficaces", "efficace")]
    [InlineData(NaturalLanguage.Portuguese, "melhores", "melhor")]
    [InlineData(NaturalLanguage.Italian, "veloci", "veloce")]
    [InlineData(NaturalLanguage.Dutch, "goedkope", "goedkoop")]
    public void Inflected_forms_meet_their_lexicon_entry_through_the_languages_own_stemmer(NaturalLanguage language, string inflected, string listed)
    {
        var kit = LanguageKit.For(language);
        kit.Stem(inflected.ToLowerInvariant()).ShouldBe(kit.Stem(listed));
        kit.Lexicon("vague").Stems.ShouldContain(kit.Stem(listed));
    }

    [Fact]
    public void Every_read_language_has_its_lexicons_and_every_lexicon_file_is_headed_by_its_sources()
    {
        foreach (var language in NaturalLanguages.Read.Where(l => l != NaturalLanguage.English))
        {
            var kit = LanguageKit.For(language);
            kit.Lexicon("vague").Stems.Count.ShouldBeGreaterThan(20, $"{language} vague words");
            kit.Lexicon("context").Section("time").Count.ShouldBeGreaterThan(10, $"{language} time words");
            kit.Lexicon("context").Section("when").Count.ShouldBeGreaterThan(2, $"{language} clause openers");
        }

        var embedded = LexiconSet.Embedded().ToList();
        embedded.ShouldNotBeEmpty();
        foreach (var (code, name) in embedded)
        {
            using var stream = typeof(LexiconSet).Assembly.GetManifestResourceStream($"CanvasLang.Lexicons.{code}.{name}.txt")!;
            var head = new StreamReader(stream).ReadLine() ?? string.Empty;
            head.ShouldStartWith("#", customMessage: $"{code}/{name}.txt starts with a comment naming what it is");
            new StreamReader(typeof(LexiconSet).Assembly.GetManifestResourceStream($"CanvasLang.Lexicons.{code}.{name}.txt")!).ReadToEnd()
                .ShouldContain("Sources:", customMessage: $"{code}/{name}.txt names its sources");
        }
    }
}
