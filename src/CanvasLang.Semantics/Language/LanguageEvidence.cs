using System.Collections.Frozen;
using System.Collections.Immutable;

namespace CanvasLang.Semantics.Language;

/// <summary>
/// How strongly the words of a text (or of a body of texts, when added up) speak for each language:
/// function words from each read language's stop word set (a word several languages share counts
/// for each only a little), letters and word endings only some of them use, and words in other scripts or
/// with letters none of them uses, which count for <see cref="NaturalLanguage.Unsupported"/>.
/// Precision first: <see cref="Decide"/> names a language only when it clearly leads.
/// </summary>
public readonly struct LanguageEvidence
{
    private const int Slots = (int)NaturalLanguage.Unsupported + 1;

    // Scores by NaturalLanguage; null for a text with no evidence at all (most short entries).
    private readonly double[]? scores;

    private LanguageEvidence(double[]? scores) => this.scores = scores;

    public double this[NaturalLanguage language] => scores?[(int)language] ?? 0;

    public bool IsEmpty => scores is null;

    public static LanguageEvidence operator +(LanguageEvidence a, LanguageEvidence b)
    {
        if (a.scores is null)
        {
            return b;
        }

        if (b.scores is null)
        {
            return a;
        }

        var sum = new double[Slots];
        for (var i = 0; i < Slots; i++)
        {
            sum[i] = a.scores[i] + b.scores[i];
        }

        return new LanguageEvidence(sum);
    }

    /// <summary>Adds up many texts' evidence into one, without a new array per text (a profile reads thousands).</summary>
    public sealed class Builder
    {
        private double[]? totals;

        public void Add(LanguageEvidence evidence)
        {
            if (evidence.scores is null)
            {
                return;
            }

            totals ??= new double[Slots];
            for (var i = 0; i < Slots; i++)
            {
                totals[i] += evidence.scores[i];
            }
        }

        public LanguageEvidence ToEvidence() => new(totals is null ? null : (double[])totals.Clone());
    }

    /// <summary>
    /// The language these words are in: the one whose score is at least <paramref name="minimum"/>
    /// and at least twice any other's (unsupported evidence included); otherwise <see cref="NaturalLanguage.Unsupported"/>
    /// when that evidence leads, else <see cref="NaturalLanguage.Unknown"/>.
    /// </summary>
    public NaturalLanguage Decide(double minimum = 1.0)
    {
        if (scores is null)
        {
            return NaturalLanguage.Unknown;
        }

        var best = NaturalLanguage.Unknown;
        double top = 0, second = 0;
        for (var i = 1; i < Slots; i++)
        {
            var s = scores[i];
            if (s > top)
            {
                second = top;
                top = s;
                best = (NaturalLanguage)i;
            }
            else if (s > second)
            {
                second = s;
            }
        }

        if (best == NaturalLanguage.Unsupported)
        {
            return top >= minimum ? NaturalLanguage.Unsupported : NaturalLanguage.Unknown;
        }

        return top >= minimum && top >= 2 * second ? best : NaturalLanguage.Unknown;
    }

    /// <summary>The evidence of a text's words.</summary>
    public static LanguageEvidence Of(IReadOnlyList<Word> words)
    {
        double[]? scores = null;
        foreach (var w in words)
        {
            if (w.Kind != WordKind.Word)
            {
                continue;
            }

            if (w.Elided)
            {
                // "l'", "dell'": evidence for the languages that elide that form, shared as stop words are.
                AddShared(ElisionLanguages.GetValueOrDefault(w.Original[..^1].ToLowerInvariant()), ref scores);
                continue;
            }

            if (StopWordLanguages.TryGetValue(w.Text, out var mask))
            {
                // A word that k languages share is weak evidence for each: 1/k² ("de" says little, "niet" much).
                var k = System.Numerics.BitOperations.PopCount((uint)mask);
                var share = 1.0 / (k * k);
                for (var i = 1; i < Slots; i++)
                {
                    if ((mask & (1 << i)) != 0)
                    {
                        (scores ??= new double[Slots])[i] += share;
                    }
                }
            }

            AddLetters(w.Text, ref scores);
            AddEnding(w.Text, ref scores);
        }

        return new LanguageEvidence(scores);
    }

    private static void AddShared(int mask, ref double[]? scores)
    {
        var k = System.Numerics.BitOperations.PopCount((uint)mask);
        for (var i = 1; i < Slots && k > 0; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                (scores ??= new double[Slots])[i] += 1.0 / (k * k);
            }
        }
    }

    private static void Add(ref double[]? scores, NaturalLanguage language, double weight) =>
        (scores ??= new double[Slots])[(int)language] += weight;

    // Letters only some languages write. A word counts once per kind of letter.
    private static void AddLetters(string word, ref double[]? scores)
    {
        foreach (var c in word)
        {
            if (c < 0xC0)
            {
                continue;
            }

            if (IsOtherScript(c) || "łąęśźżńćřěůőűșțăışğđ".Contains(c))
            {
                Add(ref scores, NaturalLanguage.Unsupported, 1);
                return;
            }
        }

        foreach (var c in word)
        {
            switch (c)
            {
                case 'ñ':
                    Add(ref scores, NaturalLanguage.Spanish, 1);
                    return;
                case 'ã' or 'õ':
                    Add(ref scores, NaturalLanguage.Portuguese, 1);
                    return;
                case 'ß':
                    Add(ref scores, NaturalLanguage.German, 1);
                    return;
                case 'ä' or 'ö' or 'ü':
                    Add(ref scores, NaturalLanguage.German, 0.5);
                    return;
                case 'ç':
                    Add(ref scores, NaturalLanguage.French, 0.25);
                    Add(ref scores, NaturalLanguage.Portuguese, 0.25);
                    return;
                case 'ë' or 'î' or 'ï' or 'û' or 'œ':
                    Add(ref scores, NaturalLanguage.French, 0.5);
                    return;
                case 'ê' or 'â' or 'ô':
                    Add(ref scores, NaturalLanguage.French, 0.25);
                    Add(ref scores, NaturalLanguage.Portuguese, 0.25);
                    return;
                case 'è':
                    Add(ref scores, NaturalLanguage.French, 0.25);
                    Add(ref scores, NaturalLanguage.Italian, 0.25);
                    return;
                case 'ì' or 'ò' or 'ù':
                    Add(ref scores, NaturalLanguage.Italian, 0.5);
                    return;
                case 'á' or 'í' or 'ó' or 'ú':
                    Add(ref scores, NaturalLanguage.Spanish, 0.25);
                    Add(ref scores, NaturalLanguage.Portuguese, 0.25);
                    return;
            }
        }
    }

    // Endings that mark a language's nouns ("-ción", "-ção", "-zione", "-ung", "-heid").
    private static void AddEnding(string word, ref double[]? scores)
    {
        if (word.Length < 5)
        {
            return;
        }

        foreach (var (ending, language) in Endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                Add(ref scores, language, 0.5);
                return;
            }
        }
    }

    private static readonly ImmutableArray<(string Ending, NaturalLanguage Language)> Endings =
    [
        ("ción", NaturalLanguage.Spanish), ("ciones", NaturalLanguage.Spanish), ("idad", NaturalLanguage.Spanish), ("idades", NaturalLanguage.Portuguese),
        ("ção", NaturalLanguage.Portuguese), ("ções", NaturalLanguage.Portuguese), ("idade", NaturalLanguage.Portuguese),
        ("zione", NaturalLanguage.Italian), ("zioni", NaturalLanguage.Italian), ("ità", NaturalLanguage.Italian),
        ("ung", NaturalLanguage.German), ("ungen", NaturalLanguage.German), ("keit", NaturalLanguage.German), ("heit", NaturalLanguage.German), ("lich", NaturalLanguage.German),
        ("heid", NaturalLanguage.Dutch), ("lijk", NaturalLanguage.Dutch), ("lijke", NaturalLanguage.Dutch),
        ("ité", NaturalLanguage.French), ("eux", NaturalLanguage.French), ("euse", NaturalLanguage.French),
    ];

    private static bool IsOtherScript(char c) =>
        c is (>= '\u0370' and <= '\u03FF') // Greek
            or (>= '\u0400' and <= '\u052F') // Cyrillic
            or (>= '\u0590' and <= '\u06FF') // Hebrew, Arabic
            or (>= '\u0900' and <= '\u0DFF') // Indic scripts
            or (>= '\u0E00' and <= '\u0EFF') // Thai, Lao
            or (>= '\u1100' and <= '\u11FF') // Hangul Jamo
            or (>= '\u3040' and <= '\u30FF') // Kana
            or (>= '\u3400' and <= '\u9FFF') // CJK ideographs
            or (>= '\uAC00' and <= '\uD7AF'); // Hangul syllables

    /// <summary>Each read language's function words (its stop word set), as a bit mask of languages per word.</summary>
    private static readonly FrozenDictionary<string, int> StopWordLanguages = BuildStopWordLanguages();

    private static FrozenDictionary<string, int> BuildStopWordLanguages()
    {
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in NaturalLanguages.Read)
        {
            foreach (var word in LanguageKit.For(language).FunctionWords)
            {
                masks[word] = masks.GetValueOrDefault(word) | (1 << (int)language);
            }
        }

        return masks.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The elided forms of the read languages (Lexicons/&lt;code&gt;/elision.txt), as a bit mask of languages per form.</summary>
    private static readonly FrozenDictionary<string, int> ElisionLanguages = NaturalLanguages.Read
        .SelectMany(language => LexiconSet.Lines(language, "elision").Select(line => (Form: line.Split(':', 2)[0].Trim(), Bit: 1 << (int)language)))
        .GroupBy(p => p.Form, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Aggregate(0, (mask, p) => mask | p.Bit), StringComparer.Ordinal);

    internal static ImmutableArray<NaturalLanguage> Languages(int mask) =>
        [.. NaturalLanguages.Read.Where(l => (mask & (1 << (int)l)) != 0)];
}
