using System.Collections.Frozen;
using System.Collections.Immutable;
using CanvasLang.Semantics.Language;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV633's reading of a learning card's decision in one language (Lexicons/&lt;code&gt;/verdict.txt):
/// which of the four verdicts its words name, if any. A verdict is named by its own word ("pivot",
/// "stop", "test again") or by an action that commits the team to one ("build the flow" keeps going,
/// "switch to weekly boxes" changes course); a match that a hedge opens in the same clause ("discuss
/// whether to pivot", "maybe stop") leaves the verdict open.
/// </summary>
internal sealed class VerdictCues
{
    private const string LexiconName = "verdict";

    /// <summary>The four verdicts, in the order the `next` field lists them; each is a pattern section.</summary>
    public static readonly ImmutableArray<string> Verdicts = ["persevere", "pivot", "kill", "retest"];

    private static readonly FrozenSet<string> Sections = Verdicts.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<NaturalLanguage, Lazy<VerdictCues>> ByLanguage =
        NaturalLanguages.Read.ToFrozenDictionary(l => l, l => new Lazy<VerdictCues>(() => new VerdictCues(CueLexicon.Load(l, LexiconName, Sections))));

    private readonly CueLexicon lexicon;
    private readonly WordTest hedges;

    private VerdictCues(CueLexicon lexicon)
    {
        this.lexicon = lexicon;
        hedges = lexicon.Class("hedge");
    }

    /// <summary>How many patterns the language's lexicon holds for each verdict.</summary>
    public IReadOnlyDictionary<string, int> PatternCounts => lexicon.Patterns.GroupBy(p => p.Section).ToDictionary(g => g.Key, g => g.Count());

    public static VerdictCues For(NaturalLanguage language) =>
        ByLanguage.TryGetValue(language, out var cues) ? cues.Value : throw new ArgumentOutOfRangeException(nameof(language), language, "CV633 reads only the read languages.");

    /// <summary>The first verdict the words name (persevere, pivot, kill or retest), or null when they name none.</summary>
    public string? Find(ImmutableArray<Word> words)
    {
        var text = lexicon.Read(words);
        foreach (var pattern in lexicon.Patterns)
        {
            foreach (var (first, _) in pattern.Matches(text))
            {
                if (!Hedged(text, first))
                {
                    return pattern.Section;
                }
            }
        }

        return null;
    }

    /// <summary>A hedge earlier in the clause of the match: "discuss whether to stop" decides nothing.</summary>
    private bool Hedged(CueText text, int first)
    {
        for (var i = first - 1; i >= 0 && text.SameClause(i, first); i--)
        {
            if (hedges.Matches(text, i))
            {
                return true;
            }
        }

        return false;
    }
}
