using System.Collections.Frozen;
using CanvasLang.Semantics.Language;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV643's reading of a positioning's `alternative` (Lexicons/&lt;code&gt;/alternative.txt): a placeholder
/// when every content word is a generic word for competition (a modifier such as "other", "existing",
/// "legacy"; a noun such as "solutions", "tools", "competitors", "market"; a filler such as "today"),
/// at least one of them a noun, and no word is a name. "Existing tools like Excel" names Excel;
/// "a spreadsheet", "queueing at the kiosk" and "doing nothing" are practices a customer can picture.
/// </summary>
internal static class AlternativeReading
{
    private const string LexiconName = "alternative";

    private static readonly FrozenDictionary<NaturalLanguage, Lazy<CueLexicon>> Lexicons =
        NaturalLanguages.Read.ToFrozenDictionary(l => l, l => new Lazy<CueLexicon>(() => CueLexicon.Load(l, LexiconName, FrozenSet<string>.Empty)));

    /// <summary>Whether the text is only a generic word for the competition.</summary>
    public static bool IsPlaceholder(NaturalLanguage language, TextReading reading)
    {
        var lexicon = Lexicons[language].Value;
        var kit = lexicon.Kit;
        var text = lexicon.Read(reading.Words);
        var modifier = lexicon.Class("modifier");
        var noun = lexicon.Class("noun");
        var filler = lexicon.Class("filler");
        var nouns = 0;
        for (var i = 0; i < reading.Words.Length; i++)
        {
            var word = reading.Words[i];
            if (!kit.IsContent(word))
            {
                continue;
            }

            if (IsName(language, word, i) || !text.IsWord(i))
            {
                return false; // a product, a company, a number: something real
            }

            if (noun.Matches(text, i))
            {
                nouns++;
            }
            else if (!modifier.Matches(text, i) && !filler.Matches(text, i))
            {
                return false;
            }
        }

        return nouns > 0;
    }

    /// <summary>An acronym or CamelCase word ("SAP", "WhatsApp"); outside German, also a capitalised word after the first ("Excel").</summary>
    private static bool IsName(NaturalLanguage language, Word word, int index) =>
        word.IsNameLike || (language != NaturalLanguage.German && index > 0 && word.Original.Length > 0 && char.IsUpper(word.Original[0]));
}
