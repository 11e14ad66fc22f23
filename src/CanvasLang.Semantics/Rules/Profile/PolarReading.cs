using System.Collections.Immutable;
using CanvasLang.Semantics.Language;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>
/// One content word (or antonym phrase) of a text and which way the text leans on it. For a plain word,
/// <see cref="Lean"/> is −1 when the text says it is absent, restricted or reduced ("no parking", "only
/// cash", "fewer steps"), 0 when it is just there, +1 when there is more or too much of it. For an antonym,
/// <see cref="Key"/> names its scale and <see cref="Lean"/> its side (0 or 1, already turned by a
/// negator: "not slow" sits beside "fast"). <see cref="Alt"/> is the stem under a negative affix
/// ("distrust" → "trust"), read with the opposite lean.
/// </summary>
internal readonly record struct PolarTerm(string Key, string? Alt, sbyte Lean, bool IsAntonym, int Marker, int First, int Last)
{
    public sbyte AltLean => Lean < 0 ? (sbyte)0 : (sbyte)-1;

    // Terms are compared pairwise for every candidate pain on every keystroke: hashes first, strings after.
    public int KeyHash { get; } = StringComparer.Ordinal.GetHashCode(Key);

    public int AltHash { get; } = Alt is null ? 0 : StringComparer.Ordinal.GetHashCode(Alt);

    public bool SameKey(in PolarTerm other) => KeyHash == other.KeyHash && Key == other.Key;

    public bool AltIsKeyOf(in PolarTerm other) => Alt is not null && AltHash == other.KeyHash && Alt == other.Key;
}

/// <summary>
/// A text read for polarity: its terms in order, how many of them make up a leading title ("Title:
/// details"), and the numbers it states. Depends on the text and the lexicon only, so it is remembered
/// per text. The reading is language-neutral: every language fact comes from the <see cref="PolarityLexicon"/>
/// and the content and stem functions.
/// </summary>
internal sealed class PolarReading
{
    // How many words a polarity word reaches: "no real-time runway visibility", not the whole sentence.
    private const int Reach = 3;

    private PolarReading(TextReading reading, PolarTerm[] terms, int titleCount, HashSet<string> numbers)
    {
        Reading = reading;
        Terms = terms;
        TitleCount = titleCount;
        Numbers = numbers;
    }

    public TextReading Reading { get; }

    public PolarTerm[] Terms { get; }

    /// <summary>Terms of the title part, or 0 when the text has none.</summary>
    public int TitleCount { get; }

    /// <summary>The numbers the text states, normalized ("two" = "2").</summary>
    public HashSet<string> Numbers { get; }

    public ImmutableArray<Word> Words => Reading.Words;

    public static PolarReading English(TextReading reading) =>
        Read(reading, PolarityLexicon.English, TextSimilarity.IsContent, TextSimilarity.NormalizedStem, IsEnglishNumber);

    /// <summary>The reading in another read language: its stop words, stemmer and polarity lexicon; numbers as digits only.</summary>
    public static PolarReading In(TextReading reading, NaturalLanguage language)
    {
        var kit = LanguageKit.For(language);
        return Read(reading, PolarityLexicon.For(language), kit.IsContent, w => w.IsNumeric ? w.Text : kit.Stem(w.Text),
            (words, i) => words[i].IsNumeric ? words[i].Text.TrimEnd('%', '€', '$', '£', '¥', '₹') : null);
    }

    public static PolarReading Read(TextReading reading, PolarityLexicon lexicon, Func<Word, bool> isContent, Func<Word, string> stem,
        Func<IReadOnlyList<Word>, int, string?> number)
    {
        var words = reading.Words;
        var terms = new List<PolarTerm>();
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var titleCount = 0;
        sbyte lean = 0;
        var marker = -1;
        var reached = 0;
        var clauseStart = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var end = i;
            if (number(words, i) is { } n)
            {
                numbers.Add(n);
            }

            if (w.Kind == WordKind.Word && Antonym(lexicon, words, i, out var antonym, out var length))
            {
                // A negator or "less" turns an antonym to its other side: "not expensive" sits beside "cheap".
                var side = marker >= 0 && lean < 0 && !lexicon.Only.Contains(words[marker].Text) ? 1 - antonym.Side : antonym.Side;
                end = i + length - 1;
                terms.Add(new PolarTerm(antonym.Key, null, (sbyte)side, true, marker, i, end));
                reached++;
            }
            else if (w.Kind == WordKind.Word && Marker(lexicon, words, i) is { } markerLean)
            {
                // Inside "no …", a quantity word keeps the absence: "no extra fees" still has no fees.
                if (!(marker >= 0 && lean < 0 && lexicon.Absent.Contains(words[marker].Text) && reached == 0))
                {
                    (lean, marker, reached) = (markerLean, i, 0);
                }
            }
            else if (marker >= 0 && reached > 0 && lexicon.Breaks.Contains(w.Text))
            {
                (lean, marker) = (0, -1);
            }
            else if (w.Joined && lexicon.Tails.Contains(w.Text) && terms.Count > 0 && terms[^1].Last == i - 1 && !terms[^1].IsAntonym)
            {
                // "error-free": the word before is absent.
                terms[^1] = new PolarTerm(terms[^1].Key, null, -1, false, i, terms[^1].First, terms[^1].Last);
            }
            else if (isContent(w))
            {
                terms.Add(Content(lexicon, w, stem(w), marker >= 0 ? lean : (sbyte)0, marker, i));
                reached += marker >= 0 ? 1 : 0;
            }

            if (marker >= 0 && reached >= Reach)
            {
                (lean, marker) = (0, -1);
            }

            i = end;
            if (words[i].EndsClause || i == words.Length - 1)
            {
                // A polarity word at the end of its clause looks back: "cash only", "costs too much".
                if (marker >= 0 && reached == 0 && terms.Count > 0 && terms[^1].First >= clauseStart && !terms[^1].IsAntonym)
                {
                    terms[^1] = terms[^1] with { Lean = lean, Marker = marker };
                }

                (lean, marker, reached, clauseStart) = (0, -1, 0, i + 1);
            }

            if (titleCount == 0 && i <= 4 && i < words.Length - 2 && IsTitleEnd(reading.Text, words[i]))
            {
                titleCount = terms.Count;
            }
        }

        return new PolarReading(reading, [.. terms], titleCount, numbers);
    }

    /// <summary>The words a term covers, with its polarity word, as quoted in messages: "no parking", "distrust".</summary>
    public string Surface(in PolarTerm term)
    {
        var words = Words;
        var text = Reading.Text;
        var first = words[term.First];
        var last = words[term.Last];
        var own = text[first.Start..(last.Start + last.Length)];
        if (term.Marker < 0)
        {
            return own;
        }

        var m = words[term.Marker];
        if (term.Marker > term.Last)
        {
            return term.Marker - term.Last <= 3 ? text[first.Start..(m.Start + m.Length)] : $"{own} … {m.Original}";
        }

        return term.First - term.Marker <= 3 ? text[m.Start..(last.Start + last.Length)] : $"{m.Original} … {own}";
    }

    private static PolarTerm Content(PolarityLexicon lexicon, Word w, string stem, sbyte lean, int marker, int i)
    {
        string? alt = null;
        if (w.Kind == WordKind.Word && !lexicon.IsKept(w.Text))
        {
            foreach (var prefix in lexicon.Prefixes)
            {
                if (w.Text.Length - prefix.Length >= 4 && w.Text.StartsWith(prefix, StringComparison.Ordinal))
                {
                    alt = lexicon.Stem(w.Text[prefix.Length..]);
                    break;
                }
            }

            foreach (var suffix in lexicon.Suffixes)
            {
                if (alt is null && w.Text.Length - suffix.Length >= 3 && w.Text.EndsWith(suffix, StringComparison.Ordinal))
                {
                    alt = lexicon.Stem(w.Text[..^suffix.Length]);
                }
            }
        }

        return new PolarTerm(stem, alt, lean, false, marker, i, i);
    }

    private static bool Antonym(PolarityLexicon lexicon, IReadOnlyList<Word> words, int i, out (string Key, int Side) antonym, out int length)
    {
        for (length = Math.Min(lexicon.LongestPhrase, words.Count - i); length >= 1; length--)
        {
            var form = length == 1 ? words[i].Text : string.Join(' ', Enumerable.Range(i, length).Select(k => words[k].Text));
            if (lexicon.TryAntonym(form, out antonym))
            {
                return true;
            }
        }

        // A negative affix on one side of a pair: "unsafe" sits beside "dangerous".
        length = 1;
        foreach (var prefix in lexicon.Prefixes)
        {
            var text = words[i].Text;
            if (text.Length - prefix.Length >= 4 && text.StartsWith(prefix, StringComparison.Ordinal) && !lexicon.IsKept(text)
                && lexicon.TryAntonym(text[prefix.Length..], out antonym))
            {
                antonym = (antonym.Key, 1 - antonym.Side);
                return true;
            }
        }

        antonym = default;
        return false;
    }

    private static sbyte? Marker(PolarityLexicon lexicon, IReadOnlyList<Word> words, int i)
    {
        var text = words[i].Text;
        if (lexicon.Absent.Contains(text) || lexicon.Less.Contains(text) || lexicon.Only.Contains(text))
        {
            return -1;
        }

        if (lexicon.More.Contains(text))
        {
            return 1;
        }

        // A prefix written apart: "non-profit".
        return i + 1 < words.Count && words[i + 1].Joined && lexicon.Prefixes.Contains(text) ? (sbyte)-1 : null;
    }

    // "Title: details", "Title — details", "Title - details", "Title (details)"; a comma only lists.
    private static bool IsTitleEnd(string text, Word w)
    {
        var at = w.Start + w.Length;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        // An aside in parentheses details its head as a colon does ("Falta de identidad (confusión, …)").
        return at < text.Length && text[at] is ':' or '—' or '–' or '-' or '(' && (text[at] != '-' || at > w.Start + w.Length);
    }

    // Digits, spelled-out small numbers, and "one" before a unit or time word ("one hour").
    private static string? IsEnglishNumber(IReadOnlyList<Word> words, int i)
    {
        var w = words[i];
        if (w.IsNumeric)
        {
            return w.Text.TrimEnd('%', '€', '$', '£', '¥', '₹');
        }

        var stem = TextSimilarity.NormalizedStem(w);
        if (stem.Length > 0 && stem.All(char.IsAsciiDigit))
        {
            return stem;
        }

        return w.Text == "one" && i + 1 < words.Count && (Lexicon.Units.Contains(words[i + 1].Text) || Lexicon.TimeWords.Contains(words[i + 1].Text)) ? "1" : null;
    }
}
