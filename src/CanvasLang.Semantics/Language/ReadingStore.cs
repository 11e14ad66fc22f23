using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace CanvasLang.Semantics.Language;

/// <summary>
/// The readings of texts one owner keeps (the editor's analysis host, one CLI run, a benchmark), keyed
/// by the text itself: a re-analysis after a keystroke reads only the text that changed. Nothing is
/// shared between stores, so two hosts (or a test and the one after it) never see each other's verdicts.
/// Thread-safe (analyses overlap on the thread pool) and bounded: readings live in two generations;
/// when the newer one is full it becomes the older one and the oldest readings are dropped. A reading
/// still in use is promoted to the newer generation, so a document being edited keeps its readings
/// while texts no longer seen age out.
/// </summary>
public sealed class ReadingStore
{
    /// <summary>Readings per generation: a 10,000-entry canvas, its imports and a long editing session fit in two.</summary>
    public const int DefaultGenerationSize = 16_384;

    private readonly object rotation = new();
    private readonly int generationSize;
    private ConcurrentDictionary<string, TextReading> newer = Create();
    private ConcurrentDictionary<string, TextReading> older = Create();
    private WordPool words = new();
    private int newerCount;

    public ReadingStore(int generationSize = DefaultGenerationSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(generationSize, 1);
        this.generationSize = generationSize;
    }

    /// <summary>How many readings are kept now (both generations; a text may be counted twice).</summary>
    public int Count => Volatile.Read(ref newer).Count + Volatile.Read(ref older).Count;

    /// <summary>The reading of <paramref name="text"/>, shared with every other text equal to it.</summary>
    internal TextReading Of(string text)
    {
        var current = Volatile.Read(ref newer);
        if (current.TryGetValue(text, out var reading))
        {
            return reading;
        }

        if (!Volatile.Read(ref older).TryGetValue(text, out reading))
        {
            reading = new TextReading(text, Volatile.Read(ref words));
        }

        if (current.TryAdd(text, reading) && Interlocked.Increment(ref newerCount) >= generationSize)
        {
            Rotate(current);
        }

        return reading;
    }

    private void Rotate(ConcurrentDictionary<string, TextReading> full)
    {
        lock (rotation)
        {
            // Another thread may have rotated already.
            if (!ReferenceEquals(Volatile.Read(ref newer), full))
            {
                return;
            }

            Volatile.Write(ref older, full);
            Volatile.Write(ref newer, Create());
            Volatile.Write(ref words, new WordPool());
            Volatile.Write(ref newerCount, 0);
        }
    }

    private static ConcurrentDictionary<string, TextReading> Create() => new(StringComparer.Ordinal);
}

/// <summary>
/// One string per distinct word among the readings of a store: texts repeat their words ("the",
/// "minutes", "repair"), and a 10,000-entry canvas holds some 70,000 of them. Renewed with each
/// generation of the store, so words no longer read age out with their readings.
/// </summary>
internal sealed class WordPool
{
    private readonly ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);

    public ImmutableArray<Word> Share(ImmutableArray<Word> words)
    {
        var shared = ImmutableArray.CreateBuilder<Word>(words.Length);
        foreach (var word in words)
        {
            var text = strings.GetOrAdd(word.Text, word.Text);
            var original = ReferenceEquals(word.Original, word.Text) ? text : strings.GetOrAdd(word.Original, word.Original);
            shared.Add(word with { Text = text, Original = original });
        }

        return shared.MoveToImmutable();
    }

    public HashSet<string> Share(HashSet<string> stems)
    {
        var shared = new HashSet<string>(stems.Count, StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            shared.Add(strings.GetOrAdd(stem, stem));
        }

        return shared;
    }
}
