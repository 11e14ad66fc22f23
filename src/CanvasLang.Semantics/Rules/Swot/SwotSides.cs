using System.Collections.Frozen;
using System.Collections.Immutable;
using CanvasLang.Semantics.Language;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// What a SWOT item's words say about which side of the business it is on, in one language.
/// <see cref="External"/>: something outside the business (rivals, demand, the market, prices,
/// rules, the economy, trends). <see cref="Internal"/>: the business itself, said outright ("our
/// team", "we have", "the owner"). <see cref="Own"/>: weaker signs of the business's own things (its
/// staff, its van, a comparison with rivals, something it lacks), enough to doubt that an item is
/// about the outside, not enough to say it is about the inside.
/// </summary>
internal sealed record SideCues(ImmutableArray<string> External, ImmutableArray<string> Internal, ImmutableArray<string> Own)
{
    public static readonly SideCues None = new([], [], []);
}

/// <summary>
/// CV651's reading in one language, from Lexicons/&lt;code&gt;/swot.txt (a <see cref="CueLexicon"/> with
/// the pattern sections <c>external</c>, <c>internal</c> and <c>own</c>).
/// </summary>
internal sealed class SwotSides
{
    private const string LexiconName = "swot";

    private enum Section : byte
    {
        External,
        Internal,
        Own,
    }

    private static readonly FrozenDictionary<string, Section> Sections = new Dictionary<string, Section>(StringComparer.Ordinal)
    {
        ["external"] = Section.External,
        ["internal"] = Section.Internal,
        ["own"] = Section.Own,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<NaturalLanguage, Lazy<SwotSides>> ByLanguage =
        NaturalLanguages.Read.ToFrozenDictionary(l => l, l => new Lazy<SwotSides>(() => new SwotSides(CueLexicon.Load(l, LexiconName, Sections.Keys.ToHashSet(StringComparer.Ordinal)))));

    private readonly LanguageKit kit;
    private readonly ImmutableArray<(Section Section, CuePattern Pattern)> patterns;

    private SwotSides(CueLexicon lexicon)
    {
        kit = lexicon.Kit;
        patterns = [.. lexicon.Patterns.Select(p => (Sections[p.Section], p))];
    }

    /// <summary>How many patterns each section of the language's lexicon holds.</summary>
    public IReadOnlyDictionary<string, int> PatternCounts =>
        patterns.GroupBy(p => p.Section).ToDictionary(g => g.Key.ToString().ToLowerInvariant(), g => g.Count());

    public static SwotSides For(NaturalLanguage language) =>
        ByLanguage.TryGetValue(language, out var sides) ? sides.Value : throw new ArgumentOutOfRangeException(nameof(language), language, "CV651 reads only the read languages.");

    /// <summary>The words of each kind of cue in a text, left to right, overlapping matches of a kind quoted as one.</summary>
    public SideCues Read(ImmutableArray<Word> words, string source)
    {
        var text = new CueText(words, kit);
        var found = new List<(int First, int Last, Section Kind)>();
        foreach (var (section, pattern) in patterns)
        {
            foreach (var (first, last) in pattern.Matches(text))
            {
                found.Add((first, last, section));
            }
        }

        if (found.Count == 0)
        {
            return SideCues.None;
        }

        var merged = CueText.Merge(found);
        ImmutableArray<string> Of(Section kind) =>
            [.. merged.Where(m => m.Kind == kind).Select(m => text.Quote(source, m.First, m.Last)).Distinct(StringComparer.OrdinalIgnoreCase)];
        return new SideCues(Of(Section.External), Of(Section.Internal), Of(Section.Own));
    }
}
