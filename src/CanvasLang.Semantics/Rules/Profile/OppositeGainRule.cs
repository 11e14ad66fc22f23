using CanvasLang.Semantics.Language;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>
/// CV106: a gain that only turns a pain around ("Public distrust" / "Public trust"). The two talk
/// about the same thing (see <see cref="OppositeMatch"/>) and a shared word has its polarity flipped:
/// the two sides of an antonym pair, a negator or negative affix on one side only, or a move down
/// against a move up. Reported on the gain, naming the pain and the words that flip.
/// </summary>
public sealed class OppositeGainRule : CanvasRule
{
    // Past this many pains with one word, the word is too common to pick out a mirrored pain.
    private const int CommonStemLimit = 48;

    public override RuleDescriptor Descriptor { get; } = new("CV106", "opposite-gain", DiagnosticSeverity.Warning,
        "A gain that is only the negation or antonym of a pain (\"High delivery fees\" / \"Low delivery fees\"); reported on the gain, naming the pain.")
    {
        ReadsWords = true,
        IsHeuristic = true,
    };

    // A text's polarity reading depends on its words alone: remembered per text.
    private static readonly ReadingMemo<PolarReading> Polar = new();

    public override void Analyze(RuleContext context)
    {
        foreach (var profile in context.Model.OwnProfiles)
        {
            // A gain is compared with the pains of its own language, read with that language's lexicon.
            var byLanguage = new Dictionary<NaturalLanguage, (List<(EntryReading, PolarReading)> Pains, List<(EntryReading, PolarReading)> Gains)>();
            foreach (var r in ProfileReading.Read(context.Model, profile))
            {
                if (r.Language.IsRead() && r.Entry.Area is Model.CanvasArea.Pains or Model.CanvasArea.Gains)
                {
                    if (!byLanguage.TryGetValue(r.Language, out var group))
                    {
                        byLanguage[r.Language] = group = ([], []);
                    }

                    var polar = r.Language == NaturalLanguage.English
                        ? r.Reading.Remember(Polar, PolarReading.English)
                        : r.Reading.Remember(PolarIn, r.Language, PolarReading.In);
                    (r.Entry.Area == Model.CanvasArea.Pains ? group.Pains : group.Gains).Add((r, polar));
                }
            }

            foreach (var (pains, gains) in byLanguage.Values)
            {
                Match(context, pains, gains);
            }
        }
    }

    // In another read language, remembered per text and language.
    private static readonly ReadingMemo<PolarReading> PolarIn = new();

    private static void Match(RuleContext context, List<(EntryReading Entry, PolarReading Polar)> pains, List<(EntryReading Entry, PolarReading Polar)> gains)
    {
        if (pains.Count == 0 || gains.Count == 0)
        {
            return;
        }

        // Each gain is compared only with the pains it shares a word with (by stem or by the stem under
        // a negative affix), found through an index: near-linear, not pains × gains.
        var index = new StemIndex(CommonStemLimit, pains.Count * 4);
        var painWords = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pains.Count; i++)
        {
            foreach (var term in pains[i].Polar.Terms)
            {
                index.Add(term.Key, i);
                painWords.Add(term.Key);
                if (term.Alt is not null)
                {
                    index.Add(term.Alt, i);
                    painWords.Add(term.Alt);
                }
            }
        }

        var visited = new int[pains.Count];
        for (var k = 0; k < gains.Count; k++)
        {
            var (gain, g) = gains[k];
            var best = -1;
            OppositeMatch? match = null;
            foreach (var term in g.Terms)
            {
                foreach (var key in (ReadOnlySpan<string?>)[term.Key, term.Alt])
                {
                    if (key is null)
                    {
                        continue;
                    }

                    foreach (var i in index.Find(key))
                    {
                        if (visited[i] == k + 1)
                        {
                            continue;
                        }

                        visited[i] = k + 1;
                        if (OppositeMatch.Compare(pains[i].Polar, g, painWords) is { } m
                            && (match is null || m.Score > match.Score || (m.Score == match.Score && i < best)))
                        {
                            (best, match) = (i, m);
                        }
                    }
                }
            }

            if (match is not null)
            {
                Report(context, gain, pains[best].Entry, pains[best].Polar, g, match);
            }
        }
    }

    private static void Report(RuleContext context, EntryReading gain, EntryReading pain, PolarReading painPolar, PolarReading gainPolar, OppositeMatch match)
    {
        // The evidence: the first two flips in the pain's order, as the words read ("'distrust' → 'trust'");
        // one per polarity word, so "no parking nearby" is not quoted once per word it reaches.
        var evidence = new List<string>();
        var painMarkers = new HashSet<int>();
        var gainMarkers = new HashSet<int>();
        foreach (var (p, g) in match.Flips)
        {
            var (pt, gt) = (painPolar.Terms[p], gainPolar.Terms[g]);
            var repeated = (pt.Marker >= 0 && !painMarkers.Add(pt.Marker)) | (gt.Marker >= 0 && !gainMarkers.Add(gt.Marker));
            if (evidence.Count < 2 && !repeated)
            {
                var quote = $"'{painPolar.Surface(Widen(pt, match.Flips, painPolar, pain: true))}' → '{gainPolar.Surface(Widen(gt, match.Flips, gainPolar, pain: false))}'";
                if (!evidence.Contains(quote))
                {
                    evidence.Add(quote);
                }
            }
        }

        context.Report(
            gain.Span,
            $"gain {gain.Quoted} only turns {pain.Entry.LabelWithText} around ({string.Join(", ", evidence)}): name what the customer would gain beyond the pain going away, or remove it",
            related: [context.Related(pain.Entry.Location, $"the pain it mirrors: {pain.Entry.Label}")]);
    }

    // "No drilling noise", not "No drilling": a quote runs to the last flipped word its polarity word reaches.
    private static PolarTerm Widen(PolarTerm term, IReadOnlyList<(int Pain, int Gain)> flips, PolarReading reading, bool pain)
    {
        if (term.Marker < 0 || term.Marker > term.First)
        {
            return term;
        }

        var last = term.Last;
        foreach (var (p, g) in flips)
        {
            var other = reading.Terms[pain ? p : g];
            if (other.Marker == term.Marker && other.Last > last)
            {
                last = other.Last;
            }
        }

        return term with { Last = last };
    }
}
