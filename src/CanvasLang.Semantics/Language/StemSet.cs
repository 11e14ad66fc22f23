namespace CanvasLang.Semantics.Language;

/// <summary>
/// A text's content stems, ordered by hash code: how many stems two texts share is one merge of two
/// short int arrays, with the strings compared only where the hashes agree.
/// </summary>
internal sealed class StemSet
{
    private readonly int[] hashes;
    private readonly string[] stems;
    private readonly HashSet<string> set;

    public StemSet(HashSet<string> set)
    {
        this.set = set;
        stems = [.. set];
        hashes = new int[stems.Length];
        for (var i = 0; i < stems.Length; i++)
        {
            hashes[i] = StringComparer.Ordinal.GetHashCode(stems[i]);
        }

        Array.Sort(hashes, stems);
    }

    public int Count => stems.Length;

    /// <summary>The stems, in hash order.</summary>
    public IReadOnlyList<string> Stems => stems;

    /// <summary>How many stems this set and <paramref name="other"/> have in common.</summary>
    public int Shared(StemSet other)
    {
        int i = 0, j = 0, shared = 0;
        var a = hashes;
        var b = other.hashes;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else if (string.Equals(stems[i], other.stems[j], StringComparison.Ordinal))
            {
                shared++;
                i++;
                j++;
            }
            else
            {
                // Two different stems with one hash code: rare enough to count the slow, exact way.
                return SharedExactly(other);
            }
        }

        return shared;
    }

    private int SharedExactly(StemSet other)
    {
        var shared = 0;
        foreach (var stem in stems)
        {
            if (other.set.Contains(stem))
            {
                shared++;
            }
        }

        return shared;
    }
}
