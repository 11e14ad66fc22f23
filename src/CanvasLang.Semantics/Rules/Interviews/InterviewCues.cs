using System.Collections.Frozen;
using System.Collections.Immutable;
using CanvasLang.Semantics.Language;

namespace CanvasLang.Semantics.Rules;

/// <summary>What a warning sign in an interview's notes is: what the writer records instead of evidence.</summary>
internal enum CueKind : byte
{
    /// <summary>What someone says they would do: "would pay", "might try".</summary>
    Hypothetical,

    /// <summary>Praise for the idea: "loved the idea", "said it was great".</summary>
    Compliment,

    /// <summary>A claim about how things generally are, or about everyone: "usually", "people want".</summary>
    General,
}

/// <summary>The sections of an interview lexicon that hold patterns.</summary>
internal enum CueSection : byte
{
    Hypothetical,
    Compliment,
    General,

    /// <summary>A frequency that generalises ("usually"), unless an occasion is named.</summary>
    Habit,

    /// <summary>A particular occasion: a weekday, "yesterday", "last week".</summary>
    Occasion,
}

/// <summary>One warning sign found in a text: its kind and the words that give it away, as written.</summary>
internal readonly record struct Cue(CueKind Kind, string Words);

/// <summary>
/// CV622's reading of interview notes in one language, from Lexicons/&lt;code&gt;/interview.txt (a
/// <see cref="CueLexicon"/>): word classes, and patterns over them in five sections. <c>hypothetical</c>, <c>compliment</c> and
/// <c>general</c> patterns are cues wherever they match; a compliment right after a negator ("did
/// not like the idea") or with one inside it ("sounds not great") is not praise. <c>habit</c>
/// patterns ("usually") are general claims only when nothing in the text names a particular
/// occasion (an <c>occasion</c> pattern, or a clock time): "usually takes the 7:42, but on
/// Monday…" reports what happened.
/// </summary>
internal sealed class InterviewCues
{
    private const string LexiconName = "interview";

    // How far back a negator turns praise around: "did not really like the idea".
    private const int NegatorReach = 3;

    // The sections of a lexicon that hold patterns; every other section is a word class.
    private static readonly FrozenDictionary<string, CueSection> PatternSections = new Dictionary<string, CueSection>(StringComparer.Ordinal)
    {
        ["hypothetical"] = CueSection.Hypothetical,
        ["compliment"] = CueSection.Compliment,
        ["general"] = CueSection.General,
        ["habit"] = CueSection.Habit,
        ["occasion"] = CueSection.Occasion,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<NaturalLanguage, Lazy<InterviewCues>> ByLanguage =
        NaturalLanguages.Read.ToFrozenDictionary(l => l, l => new Lazy<InterviewCues>(() => Load(l)));

    private readonly LanguageKit kit;
    private readonly ImmutableArray<(CueSection Section, CuePattern Pattern)> patterns;
    private readonly WordTest negators;
    private readonly ImmutableArray<CuePattern> occasions;

    private InterviewCues(CueLexicon lexicon)
    {
        kit = lexicon.Kit;
        var all = lexicon.Patterns.Select(p => (Section: PatternSections[p.Section], p.Pattern)).ToList();
        patterns = [.. all.Where(p => p.Section != CueSection.Occasion)];
        negators = lexicon.Class("negator");
        occasions = [.. all.Where(p => p.Section == CueSection.Occasion).Select(p => p.Pattern)];
        PatternCounts = all.GroupBy(p => p.Section).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>How many patterns the language's lexicon holds in each section.</summary>
    public IReadOnlyDictionary<CueSection, int> PatternCounts { get; }

    /// <summary>The cues of a read language.</summary>
    public static InterviewCues For(NaturalLanguage language) =>
        ByLanguage.TryGetValue(language, out var cues) ? cues.Value : throw new ArgumentOutOfRangeException(nameof(language), language, "CV622 reads only the read languages.");

    /// <summary>The warning signs in a text, left to right; overlapping matches of one kind are quoted as one.</summary>
    public ImmutableArray<Cue> Find(ImmutableArray<Word> words, string source)
    {
        var text = new CueText(words, kit);
        bool? anchored = null;
        var found = new List<(int First, int Last, CueKind Kind)>();
        foreach (var (section, pattern) in patterns)
        {
            foreach (var (first, last) in pattern.Matches(text))
            {
                var kind = section switch
                {
                    CueSection.Hypothetical => CueKind.Hypothetical,
                    CueSection.Compliment when !Negated(text, first, last) => CueKind.Compliment,
                    CueSection.General => CueKind.General,
                    CueSection.Habit when !(anchored ??= NamesAnOccasion(text)) => CueKind.General,
                    _ => (CueKind?)null,
                };
                if (kind is { } k)
                {
                    found.Add((first, last, k));
                }
            }
        }

        // "Said it was a great idea" matches two compliment patterns: one cue, quoted whole.
        return [.. CueText.Merge(found).Select(f => new Cue(f.Kind, text.Quote(source, f.First, f.Last)))
            .DistinctBy(c => c.Words.ToLowerInvariant())];
    }

    /// <summary>A negator inside the match ("sounds not great") or a few words before it, in the same clause ("did not like the idea").</summary>
    private bool Negated(CueText text, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (negators.Matches(text, i))
            {
                return true;
            }
        }

        for (var i = first - 1; i >= 0 && i >= first - NegatorReach && text.SameClause(i, first); i--)
        {
            if (negators.Matches(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private bool NamesAnOccasion(CueText text) =>
        Enumerable.Range(0, text.Count).Any(i => text[i].Kind == WordKind.Time) || occasions.Any(o => o.Matches(text).Any());

    private static InterviewCues Load(NaturalLanguage language) => new(CueLexicon.Load(language, LexiconName, PatternSections.Keys));
}
