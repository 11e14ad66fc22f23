namespace CanvasLang.Semantics.Language;

/// <summary>
/// A cheap, precision-first guess whether prose is English: English function words against the
/// function words of other European languages and letters outside ASCII. When unsure it answers
/// "not English", so that the rules that read words stay quiet.
/// </summary>
public static class EnglishDetector
{
    /// <summary>English when the words say so; <paramref name="contextIsEnglish"/> decides short texts with no function words.</summary>
    public static bool IsEnglish(IReadOnlyList<Word> words, bool contextIsEnglish = false) => IsEnglish(Count(words), contextIsEnglish);

    public static bool IsEnglish(string text, bool contextIsEnglish = false) => IsEnglish(Tokenizer.Tokenize(text), contextIsEnglish);

    /// <summary>Whether a body of texts (a profile, a file) is English as a whole: the context for short entries.</summary>
    public static bool IsEnglish(IEnumerable<string> texts)
    {
        var counts = default(LanguageCounts);
        foreach (var text in texts)
        {
            counts += Count(Tokenizer.Tokenize(text));
        }

        return counts.IsEnglishBody;
    }

    internal static bool IsEnglish(LanguageCounts counts, bool contextIsEnglish)
    {
        var (english, foreign, accented, letters) = counts;
        if (letters == 0)
        {
            return contextIsEnglish;
        }

        if (foreign > english)
        {
            return false;
        }

        if (english == 0)
        {
            // "Save Time": no function word either way; trust the surrounding text, unless accents say otherwise.
            return contextIsEnglish && foreign == 0 && accented == 0;
        }

        // One accented word ("café") is fine in English; many are not.
        return english >= foreign * 2 && accented * 3 <= letters;
    }

    internal static LanguageCounts Count(IReadOnlyList<Word> words)
    {
        int english = 0, foreign = 0, accented = 0, letters = 0;
        foreach (var w in words)
        {
            if (w.Kind != WordKind.Word)
            {
                continue;
            }

            letters++;
            var isEnglish = Lexicon.EnglishFunctionWords.Contains(w.Text);
            var isForeign = Lexicon.ForeignFunctionWords.Contains(w.Text);
            if (isEnglish && !isForeign)
            {
                english++;
            }
            else if (isForeign && !isEnglish)
            {
                foreign++;
            }

            foreach (var c in w.Text)
            {
                if (c > 127 && char.IsLetter(c))
                {
                    accented++;
                    break;
                }
            }
        }

        return new LanguageCounts(english, foreign, accented, letters);
    }
}
