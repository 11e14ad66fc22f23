using CanvasLang.Semantics.Language;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>
/// CV106: a gain that only negates or inverts a pain ("High delivery fees" / "Low delivery fees").
/// Pairs whose words are mostly the same, with a negation on one side only or the two sides of an
/// antonym pair, are opposites. Reported on the gain, naming the pain.
/// </summary>
public sealed class OppositeGainRule : CanvasRule
{
    // Share of shared content (antonym pairs count as shared) above which a flipped pair is "the same thing inverted".
    private const double MinOverlap = 0.5;

    public override RuleDescriptor Descriptor { get; } = new("CV106", "opposite-gain", DiagnosticSeverity.Warning,
        "A gain that is only the negation or antonym of a pain (\"High delivery fees\" / \"Low delivery fees\"); reported on the gain, naming the pain.")
    {
        ReadsWords = true,
        IsHeuristic = true,
    };

    private const int CommonStemLimit = 48;

    // A text's polarity depends on its words alone: remembered per text.
    private static readonly ReadingMemo<Polarity> Polar = new();

    public override void Analyze(RuleContext context)
    {
        foreach (var profile in context.Model.OwnProfiles)
        {
            // Only a profile with English pains and gains both has anything to compare.
            var readings = ProfileReading.Read(context.Model, profile);
            if (!Has(readings, Model.CanvasArea.Pains) || !Has(readings, Model.CanvasArea.Gains))
            {
                continue;
            }

            var pains = new List<(EntryReading Reading, Polarity Polar)>();
            var gains = new List<(EntryReading Reading, Polarity Polar)>();
            foreach (var r in readings)
            {
                if (r.IsEnglish && r.Entry.Area is Model.CanvasArea.Pains or Model.CanvasArea.Gains)
                {
                    (r.Entry.Area == Model.CanvasArea.Pains ? pains : gains).Add((r, r.Reading.Remember(Polar, t => Polarity.Of(t.Words))));
                }
            }

            // A mirrored gain shares folded stems with its pain: index pains by the stems gains have, so each
            // gain is compared only with pains it shares a not-too-common stem with (near-linear, not pains × gains).
            var inGains = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (_, g) in gains)
            {
                inGains.UnionWith(g.Full);
            }

            var byStem = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < pains.Count; i++)
            {
                foreach (var stem in pains[i].Polar.Full)
                {
                    if (inGains.Contains(stem))
                    {
                        (byStem.TryGetValue(stem, out var list) ? list : byStem[stem] = []).Add(i);
                    }
                }
            }

            var compared = new HashSet<int>();
            foreach (var (gain, g) in gains)
            {
                // The first pain with the highest score, in the order the gain's stems reach them.
                EntryReading? pain = null;
                var best = 0.0;
                compared.Clear();
                foreach (var stem in g.Full)
                {
                    if (!byStem.TryGetValue(stem, out var list) || list.Count >= CommonStemLimit)
                    {
                        continue;
                    }

                    foreach (var i in list)
                    {
                        if (!compared.Add(i))
                        {
                            continue;
                        }

                        var score = Polarity.OppositeScore(pains[i].Polar, g);
                        if (score >= MinOverlap && (pain is null || score > best))
                        {
                            pain = pains[i].Reading;
                            best = score;
                        }
                    }
                }

                if (pain is null)
                {
                    continue;
                }

                context.Report(
                    gain.Span,
                    $"gain {gain.Quoted} only turns pain {pain.Quoted} around: name what the customer would gain beyond the pain going away, or remove it",
                    related: [context.Related(pain.Entry.Location, $"the pain it mirrors: {pain.Entry.Label}")]);
            }
        }
    }

    private static bool Has(ProfileFacts readings, Model.CanvasArea area)
    {
        foreach (var r in readings)
        {
            if (r.IsEnglish && r.Entry.Area == area)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A text's content stems with antonyms folded to one key per pair, and which way it leans.</summary>
internal sealed record Polarity(HashSet<string> Full, HashSet<string>? Title, bool Negated, Dictionary<string, int> Sides)
{
    private static readonly Dictionary<string, (string Key, int Side)> AntonymIndex = BuildIndex();

    public static Polarity Of(IReadOnlyList<Word> words)
    {
        var full = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? title = null;
        var sides = new Dictionary<string, int>(StringComparer.Ordinal);
        var negations = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (Lexicon.Negators.Contains(w.Text))
            {
                // Parity, not presence: "never asked for" and "no … I didn't ask for" are one negation apart.
                negations++;
                continue;
            }

            if (i + 1 < words.Count && AntonymIndex.TryGetValue(w.Text + " " + words[i + 1].Text, out var phrase))
            {
                Add(full, sides, phrase);
                i++;
                continue;
            }

            if (AntonymIndex.TryGetValue(w.Text, out var antonym) || AntonymIndex.TryGetValue(TextSimilarity.NormalizedStem(w), out antonym))
            {
                Add(full, sides, antonym);
                continue;
            }

            if (TextSimilarity.IsContent(w))
            {
                full.Add(TextSimilarity.NormalizedStem(w));
            }

            // "Title: details" and "Title — details": the title alone is compared too.
            if (title is null && w.EndsClause && i <= 4 && i < words.Count - 2)
            {
                title = [.. full];
            }
        }

        return new Polarity(full, title, negations % 2 == 1, sides);
    }

    /// <summary>How much a flipped pair overlaps (0 when nothing is flipped).</summary>
    public static double OppositeScore(Polarity pain, Polarity gain)
    {
        var flipped = pain.Negated != gain.Negated
            || pain.Sides.Any(p => gain.Sides.TryGetValue(p.Key, out var side) && side != p.Value);
        if (!flipped)
        {
            return 0;
        }

        var best = 0.0;
        foreach (var a in new[] { pain.Full, pain.Title })
        {
            foreach (var b in new[] { gain.Full, gain.Title })
            {
                if (a is { Count: >= 2 } || b is { Count: >= 2 })
                {
                    if (a is not null && b is not null && a.Count > 0 && b.Count > 0 && SharesContent(a, b))
                    {
                        best = Math.Max(best, TextSimilarity.Dice(a, b));
                    }
                }
            }
        }

        return best;
    }

    // At least one shared word besides the antonym pair itself.
    private static bool SharesContent(HashSet<string> a, HashSet<string> b) => a.Any(x => !x.StartsWith('~') && b.Contains(x));

    private static void Add(HashSet<string> full, Dictionary<string, int> sides, (string Key, int Side) antonym)
    {
        full.Add(antonym.Key);
        sides[antonym.Key] = antonym.Side;
    }

    private static Dictionary<string, (string Key, int Side)> BuildIndex()
    {
        // Pairs sharing a word share a key ("slow | fast", "slow | quick"), so "quick" opposes "slow" too.
        var index = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        var n = 0;
        foreach (var (left, right) in Lexicon.Antonyms)
        {
            var (key, leftSide) = index.TryGetValue(left, out var l) ? l
                : index.TryGetValue(right, out var r) ? (r.Item1, 1 - r.Item2)
                : ("~" + n++, 0);
            foreach (var (side, form) in new[] { (leftSide, left), (1 - leftSide, right) })
            {
                index.TryAdd(form, (key, side));
                if (!form.Contains(' ', StringComparison.Ordinal))
                {
                    index.TryAdd(Morphology.Stem(form), (key, side));
                }
            }
        }

        return index;
    }
}
