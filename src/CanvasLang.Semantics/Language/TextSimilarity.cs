namespace CanvasLang.Semantics.Language;

/// <summary>
/// How much two entries say the same thing: the Dice overlap of their content-word stems (stop words
/// dropped, numbers kept, negators kept), so word order and inflection do not matter:
/// "Long queues at the kiosk" and "Queues at the kiosk are long" score 1.
/// </summary>
public static class TextSimilarity
{
    /// <summary>The set of content stems of a text: what it talks about.</summary>
    public static HashSet<string> ContentStems(IReadOnlyList<Word> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (IsContent(w))
            {
                set.Add(NormalizedStem(w));
            }
        }

        return set;
    }

    public static HashSet<string> ContentStems(string text) => ContentStems(Tokenizer.Tokenize(text));

    /// <summary>True for a word that carries content (not a stop word).</summary>
    public static bool IsContent(Word w) => w.IsNumeric || !Lexicon.Stop.Contains(w.Text);

    /// <summary>The stem, with spelled-out small numbers as digits ("one week" = "1 week").</summary>
    public static string NormalizedStem(Word w) => w.Kind != WordKind.Word ? w.Text : w.Text switch
    {
        "two" => "2",
        "three" => "3",
        "four" => "4",
        "five" => "5",
        "six" => "6",
        "seven" => "7",
        "eight" => "8",
        "nine" => "9",
        "ten" => "10",
        _ => Morphology.Stem(w.Text),
    };

    /// <summary>Dice coefficient of two stem sets: 2|A∩B| / (|A|+|B|), 0 when both are empty.</summary>
    public static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count + b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = 0;
        foreach (var s in small)
        {
            if (large.Contains(s))
            {
                common++;
            }
        }

        return 2.0 * common / (a.Count + b.Count);
    }

    public static double Compare(string a, string b) => Dice(ContentStems(a), ContentStems(b));
}
