namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>
/// Which entries (by index) have each stem, up to a limit per stem: past it a stem is too common to be
/// evidence of anything and only that fact is kept. Postings live in flat arrays, so indexing a
/// 10,000-entry profile on every keystroke allocates a few arrays rather than a list per stem.
/// </summary>
internal sealed class StemIndex(int limit, int expectedStems)
{
    private readonly Dictionary<string, int> slots = new(expectedStems, StringComparer.Ordinal);
    private int[] head = new int[Math.Max(4, expectedStems)];
    private int[] count = new int[Math.Max(4, expectedStems)];
    private int[] next = new int[Math.Max(4, expectedStems)];
    private int[] entry = new int[Math.Max(4, expectedStems)];
    private int postings;

    /// <summary>Records that entry <paramref name="index"/> has <paramref name="stem"/> (ignored once the stem is too common).</summary>
    public void Add(string stem, int index)
    {
        if (!slots.TryGetValue(stem, out var slot))
        {
            slot = slots.Count;
            slots.Add(stem, slot);
            if (slot == head.Length)
            {
                Array.Resize(ref head, slot * 2);
                Array.Resize(ref count, slot * 2);
            }

            head[slot] = -1;
            count[slot] = 0;
        }

        if (count[slot] >= limit)
        {
            return;
        }

        if (postings == next.Length)
        {
            Array.Resize(ref next, postings * 2);
            Array.Resize(ref entry, postings * 2);
        }

        entry[postings] = index;
        next[postings] = head[slot];
        head[slot] = postings++;
        count[slot]++;
    }

    /// <summary>The entries with <paramref name="stem"/>, newest first; none when the stem is unknown or too common.</summary>
    public Postings Find(string stem) =>
        slots.TryGetValue(stem, out var slot) && count[slot] < limit ? new Postings(this, head[slot]) : new Postings(this, -1);

    /// <summary>A walk over one stem's entries, allocation-free.</summary>
    public struct Postings(StemIndex index, int start)
    {
        private int at = -2;

        public readonly int Current => index.entry[at];

        public bool MoveNext()
        {
            at = at == -2 ? start : index.next[at];
            return at >= 0;
        }

        public readonly Postings GetEnumerator() => this;
    }
}
