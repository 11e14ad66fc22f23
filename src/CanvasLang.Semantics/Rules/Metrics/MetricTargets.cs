using System.Collections.Frozen;
using System.Collections.Immutable;
using CanvasLang.Semantics.Language;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV661's reading of a target in one language, from Lexicons/&lt;code&gt;/metrics.txt (a <see cref="CueLexicon"/>
/// with the pattern sections <c>amount</c>, a size written as words, and <c>comparison</c>, a threshold or
/// a baseline). A target is measurable when it has a digit or `%`, or when a pattern of either section matches.
/// </summary>
internal sealed class MetricTargets
{
    private const string LexiconName = "metrics";

    private static readonly FrozenSet<string> Sections = new[] { "amount", "comparison" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<NaturalLanguage, Lazy<MetricTargets>> ByLanguage =
        NaturalLanguages.Read.ToFrozenDictionary(l => l, l => new Lazy<MetricTargets>(() => new MetricTargets(CueLexicon.Load(l, LexiconName, Sections))));

    private readonly LanguageKit kit;
    private readonly ImmutableArray<CuePattern> patterns;

    private MetricTargets(CueLexicon lexicon)
    {
        kit = lexicon.Kit;
        patterns = lexicon.Patterns;
    }

    /// <summary>How many patterns each section of the language's lexicon holds.</summary>
    public IReadOnlyDictionary<string, int> PatternCounts => patterns.GroupBy(p => p.Section).ToDictionary(g => g.Key, g => g.Count());

    public static MetricTargets For(NaturalLanguage language) =>
        ByLanguage.TryGetValue(language, out var targets) ? targets.Value : throw new ArgumentOutOfRangeException(nameof(language), language, "CV661 reads only the read languages.");

    /// <summary>A digit or a percent sign: a figure, in any language.</summary>
    public static bool HasFigure(string target) => target.Any(c => char.IsAsciiDigit(c) || c == '%');

    /// <summary>Whether any pattern matches: the words give a size or something to compare with.</summary>
    public bool IsMeasurable(ImmutableArray<Word> words)
    {
        var text = new CueText(words, kit);
        return patterns.Any(p => p.Matches(text).Any());
    }
}
