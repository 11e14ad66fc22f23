namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>
/// Whether a gain is a pain turned around: both talk about the same thing (most of the pain's words,
/// and a fair share of the gain's, are found on the other side) and at least one shared word has its
/// polarity flipped. <see cref="Flips"/> holds the evidence, pain term first.
/// </summary>
internal sealed record OppositeMatch(double PainCover, double GainCover, IReadOnlyList<(int Pain, int Gain)> Flips)
{
    // Most of what the pain talks about is in the gain ("mostly present": half or more of its words).
    public const double MinPainCover = 0.5;

    // The gain says little else: half or more of its words come from this pain or, for a gain that turns
    // several pains around at once, from the profile's other pains. New words name something beyond them.
    public const double MinGainCover = 0.5;

    public double Score => PainCover + GainCover;

    public static OppositeMatch? Compare(PolarReading pain, PolarReading gain, IReadOnlySet<string> painWords)
    {
        // A number the pain does not state is a target ("close the books in 3 days"): knowledge of what
        // good enough means to the customer, beyond the pain going away.
        foreach (var n in gain.Numbers)
        {
            if (!pain.Numbers.Contains(n))
            {
                return null;
            }
        }

        var p = pain.Terms;
        var g = gain.Terms;
        // Compared on every keystroke for every candidate pair: flags live on the stack when they fit.
        Span<bool> painMatched = p.Length <= 64 ? stackalloc bool[p.Length] : new bool[p.Length];
        Span<bool> gainMatched = g.Length <= 64 ? stackalloc bool[g.Length] : new bool[g.Length];
        List<(int, int)>? flips = null;
        for (var i = 0; i < p.Length; i++)
        {
            for (var j = 0; j < g.Length; j++)
            {
                if (Relate(p[i], g[j]) is { } flipped)
                {
                    painMatched[i] = gainMatched[j] = true;
                    if (flipped)
                    {
                        (flips ??= []).Add((i, j));
                    }
                }
            }
        }

        if (flips is null)
        {
            return null;
        }

        // One shared word is enough only between two very short texts ("Distrust" / "Trust"), or two
        // very short titles whose details follow ("Distrust (…)" / "Trust (…)").
        var (shared, painTotal) = Count(p, painMatched, pain.TitleCount > 0 ? pain.TitleCount : p.Length);
        if (shared < 2 && painTotal + Distinct(g, gain.TitleCount > 0 ? gain.TitleCount : g.Length) > 3)
        {
            return null;
        }

        for (var j = 0; j < g.Length; j++)
        {
            gainMatched[j] |= painWords.Contains(g[j].Key) || (g[j].Alt is { } alt && painWords.Contains(alt));
        }

        var painCover = Cover(p, painMatched, pain.TitleCount);
        var gainCover = Cover(g, gainMatched, gain.TitleCount);

        return painCover >= MinPainCover && gainCover >= MinGainCover ? new OppositeMatch(painCover, gainCover, flips) : null;
    }

    /// <summary>Null when the two terms are not the same word; else whether one flips the other.</summary>
    private static bool? Relate(in PolarTerm pain, in PolarTerm gain)
    {
        if (pain.IsAntonym || gain.IsAntonym)
        {
            return pain.IsAntonym && gain.IsAntonym && pain.SameKey(gain) ? pain.Lean != gain.Lean : null;
        }

        if (pain.SameKey(gain))
        {
            return Opposed(pain.Lean, gain.Lean);
        }

        if (pain.AltIsKeyOf(gain))
        {
            return Opposed(pain.AltLean, gain.Lean);
        }

        return gain.AltIsKeyOf(pain) ? Opposed(pain.Lean, gain.AltLean) : null;
    }

    // Absent or reduced on one side and not on the other; "too many" against "fewer". Plain against
    // "more" is not a flip: a gain wanting more of what the pain names is not the pain's absence.
    private static bool Opposed(sbyte pain, sbyte gain) => (pain < 0) != (gain < 0);

    /// <summary>The share of a text's distinct words that are matched: of its title or of the whole, whichever is higher.</summary>
    private static double Cover(PolarTerm[] terms, ReadOnlySpan<bool> matched, int titleCount)
    {
        var (shared, total) = Count(terms, matched, terms.Length);
        var cover = total == 0 ? 0 : (double)shared / total;
        if (titleCount > 0)
        {
            var (titleShared, titleTotal) = Count(terms, matched, titleCount);
            cover = titleTotal > 0 ? Math.Max(cover, (double)titleShared / titleTotal) : cover;
        }

        return cover;
    }

    private static (int Shared, int Total) Count(PolarTerm[] terms, ReadOnlySpan<bool> matched, int length)
    {
        int shared = 0, total = 0;
        for (var i = 0; i < length; i++)
        {
            if (FirstOfKey(terms, i))
            {
                total++;
                var any = false;
                for (var k = i; k < length && !any; k++)
                {
                    any = terms[k].SameKey(terms[i]) && matched[k];
                }

                shared += any ? 1 : 0;
            }
        }

        return (shared, total);
    }

    private static int Distinct(PolarTerm[] terms, int length)
    {
        var n = 0;
        for (var i = 0; i < length; i++)
        {
            n += FirstOfKey(terms, i) ? 1 : 0;
        }

        return n;
    }

    private static bool FirstOfKey(PolarTerm[] terms, int i)
    {
        for (var k = 0; k < i; k++)
        {
            if (terms[k].SameKey(terms[i]))
            {
                return false;
            }
        }

        return true;
    }
}
