using System.Collections.Frozen;

namespace CanvasLang.Semantics.Language;

/// <summary>
/// What a language knows about polarity, as data: negators, antonym pairs, negative affixes, quantity
/// and restriction words, and the words that end a negator's reach. The reader that uses it
/// (CV106) is the same for every language; only this lexicon and the stemmer change.
/// </summary>
public sealed class PolarityLexicon
{
    private readonly FrozenDictionary<string, (string Key, int Side)> antonyms;

    private PolarityLexicon(
        Func<string, string> stem,
        Func<string, Func<string, bool>, string?> comparativeBase,
        IEnumerable<string> negators,
        IReadOnlyList<(string Left, string Right)> pairs,
        Func<string, IReadOnlyList<string>> section)
    {
        Stem = stem;
        ComparativeBase = comparativeBase;
        Absent = negators.Concat(section("absent")).ToFrozenSet(StringComparer.Ordinal);
        Less = section("less").ToFrozenSet(StringComparer.Ordinal);
        More = section("more").ToFrozenSet(StringComparer.Ordinal);
        Only = section("only").ToFrozenSet(StringComparer.Ordinal);
        Breaks = section("break").ToFrozenSet(StringComparer.Ordinal);
        Keep = section("keep").Select(stem).ToFrozenSet(StringComparer.Ordinal);
        Tails = section("tail").ToFrozenSet(StringComparer.Ordinal);
        Prefixes = section("prefix");
        Suffixes = section("suffix");
        (antonyms, LongestPhrase) = BuildAntonyms(pairs, stem);
    }

    /// <summary>English, from negators.txt, antonyms.txt and polarity.txt.</summary>
    public static PolarityLexicon English { get; } = new(
        Morphology.Stem,
        Morphology.ComparativeBase,
        Lexicon.Negators,
        Lexicon.Antonyms,
        s => WordLists.Section("polarity", s));

    // The other read languages' lexicons, each loaded on first use.
    private static readonly FrozenDictionary<NaturalLanguage, Lazy<PolarityLexicon>> Others =
        NaturalLanguages.Read.Where(l => l != NaturalLanguage.English).ToFrozenDictionary(l => l, l => new Lazy<PolarityLexicon>(() => Load(l)));

    /// <summary>
    /// Another read language, from Lexicons/&lt;code&gt;/polarity.txt ("section: word" lines and "pair: left | right")
    /// with the language's Snowball stemmer. Comparatives are not read from word endings there: those
    /// languages mostly build them with a word ("más barato"), which the more/less sections cover.
    /// </summary>
    public static PolarityLexicon For(NaturalLanguage language) => language == NaturalLanguage.English
        ? English
        : Others.TryGetValue(language, out var lexicon) ? lexicon.Value : Load(language);

    private static PolarityLexicon Load(NaturalLanguage l)
    {
        var kit = LanguageKit.For(l);
        var lines = LexiconSet.Lines(l, "polarity");
        IReadOnlyList<string> Section(string name) =>
            [.. lines.Where(x => x.StartsWith(name + ":", StringComparison.Ordinal)).Select(x => x[(name.Length + 1)..].Trim())];
        var pairs = Section("pair").Select(p => p.Split('|', 2, StringSplitOptions.TrimEntries)).Where(p => p.Length == 2).Select(p => (p[0], p[1])).ToList();
        return new PolarityLexicon(kit.Stem, (_, _) => null, [], pairs, Section);
    }

    public Func<string, string> Stem { get; }

    /// <summary>The base of a comparative ("cheaper" → "cheap"), given which bases are known; null if none.</summary>
    public Func<string, Func<string, bool>, string?> ComparativeBase { get; }

    /// <summary>Words that make what follows absent: "no", "without", "can't", "avoid".</summary>
    public FrozenSet<string> Absent { get; }

    public FrozenSet<string> Less { get; }

    public FrozenSet<string> More { get; }

    public FrozenSet<string> Only { get; }

    /// <summary>Words that end the reach of a polarity word (prepositions, clause openers).</summary>
    public FrozenSet<string> Breaks { get; }

    // Stems of words that look like a negative affix on a stem but are not ("disease").
    private FrozenSet<string> Keep { get; }

    /// <summary>Words that, hyphenated after another, mark it absent ("error-free").</summary>
    public FrozenSet<string> Tails { get; }

    public IReadOnlyList<string> Prefixes { get; }

    public IReadOnlyList<string> Suffixes { get; }

    /// <summary>Whether a word only looks like a negative affix on a stem ("disease", "invoices").</summary>
    public bool IsKept(string word) => Keep.Contains(Stem(word));

    /// <summary>How many words the longest antonym phrase has.</summary>
    public int LongestPhrase { get; }

    /// <summary>The scale and side of an antonym, by its form, its stem or its comparative's base.</summary>
    public bool TryAntonym(string form, out (string Key, int Side) antonym)
    {
        if (antonyms.TryGetValue(form, out antonym))
        {
            return true;
        }

        if (form.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        if (antonyms.TryGetValue(Stem(form), out antonym))
        {
            return true;
        }

        return ComparativeBase(form, antonyms.ContainsKey) is { } baseForm && antonyms.TryGetValue(baseForm, out antonym);
    }

    private static (FrozenDictionary<string, (string, int)>, int) BuildAntonyms(IReadOnlyList<(string Left, string Right)> pairs, Func<string, string> stem)
    {
        // Pairs sharing a word share a key ("slow | fast", "slow | quick"), so "quick" opposes "slow" too.
        var index = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        var longest = 1;
        var n = 0;
        foreach (var (left, right) in pairs)
        {
            var (key, leftSide) = index.TryGetValue(left, out var l) ? l
                : index.TryGetValue(right, out var r) ? (r.Item1, 1 - r.Item2)
                : ("~" + n++, 0);
            foreach (var (side, form) in new[] { (leftSide, left), (1 - leftSide, right) })
            {
                index.TryAdd(form, (key, side));
                var words = form.Split(' ').Length;
                longest = Math.Max(longest, words);
                if (words == 1)
                {
                    index.TryAdd(stem(form), (key, side));
                }
            }
        }

        return (index.ToFrozenDictionary(StringComparer.Ordinal), longest);
    }
}
