using CanvasLang.Semantics.Language;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>
/// CV105's reading of a job in a read language other than English, from Lexicons/&lt;code&gt;/outcome.txt:
/// a verb of result acting on a quantity ("ahorrar tiempo"; in German and Dutch the verb closes the
/// clause: "Kosten senken"), or a bare comparative with no number ("Tener más clientes", "Vender
/// más", "Mehr Zeit haben"), names a result, not a task.
/// </summary>
internal static class OutcomeInLanguage
{
    /// <summary>Why the words read as an outcome, or null when they read as a task.</summary>
    public static string? Shape(LanguageKit kit, IReadOnlyList<Word> words)
    {
        if (words.Count == 0 || words.Count > 10 || words.Any(w => w.IsNumeric))
        {
            return null;
        }

        var lexicon = kit.Lexicon("outcome");
        var verbs = lexicon.Section("verb");
        var nouns = lexicon.Section("noun");
        var comparatives = lexicon.Section("comparative");
        var stems = words.Select(w => kit.Stem(w.Text)).ToArray();

        // Verb-final languages put the infinitive last ("Aufwand minimieren", "wollen … minimieren").
        var verbAt = kit.Language is NaturalLanguage.German or NaturalLanguage.Dutch ? stems.Length - 1 : 0;
        if (verbs.Contains(stems[verbAt]))
        {
            for (var i = 0; i < stems.Length; i++)
            {
                if (i != verbAt && Math.Abs(i - verbAt) <= 4 && nouns.Contains(stems[i]))
                {
                    return $"'{words[verbAt].Original}' … '{words[i].Original}' names a result";
                }
            }
        }

        if (comparatives.Contains(stems[0]) && words.Count > 1)
        {
            return $"'{Tokenizer.Quote([words[0], words[1]])}' compares with today";
        }

        // "Tener más clientes", "Vender más": a verb with a bare comparative states how much, not what is done.
        if (stems.Length > 1 && comparatives.Contains(stems[1]) && !kit.FunctionWords.Contains(words[0].Text))
        {
            return $"'{Tokenizer.Quote([words[0], words[1]])}' compares with today";
        }

        return null;
    }
}
