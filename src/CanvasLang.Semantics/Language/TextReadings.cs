using System.Collections.Concurrent;

namespace CanvasLang.Semantics.Language;

/// <summary>
/// The process-wide store of <see cref="TextReading"/>s, keyed by the text itself: a re-analysis after
/// a keystroke reads only the text that changed. Thread-safe (analyses overlap on the thread pool) and
/// bounded: readings live in two generations; when the newer one is full it becomes the older one and
/// the oldest readings are dropped. A reading still in use is promoted to the newer generation, so a
/// document being edited keeps all of its readings while texts no longer seen age out.
/// </summary>
internal static class TextReadings
{
    /// <summary>Readings per generation: a 10,000-entry canvas, its imports and a long editing session fit in two.</summary>
    public const int GenerationSize = 16_384;

    private static readonly object Rotation = new();
    private static ConcurrentDictionary<string, TextReading> newer = Create();
    private static ConcurrentDictionary<string, TextReading> older = Create();
    private static int newerCount;

    /// <summary>The reading of <paramref name="text"/>, shared with every other text equal to it.</summary>
    public static TextReading Of(string text)
    {
        var current = Volatile.Read(ref newer);
        if (current.TryGetValue(text, out var reading))
        {
            return reading;
        }

        if (!Volatile.Read(ref older).TryGetValue(text, out reading))
        {
            reading = new TextReading(text);
        }

        if (current.TryAdd(text, reading) && Interlocked.Increment(ref newerCount) >= GenerationSize)
        {
            Rotate(current);
        }

        return reading;
    }

    /// <summary>How many readings are kept now (both generations; a text may be counted twice).</summary>
    public static int Count => Volatile.Read(ref newer).Count + Volatile.Read(ref older).Count;

    /// <summary>Forgets every reading: the next analysis reads everything anew (tests compare it with a warm one).</summary>
    public static void Clear()
    {
        lock (Rotation)
        {
            Volatile.Write(ref older, Create());
            Volatile.Write(ref newer, Create());
            Volatile.Write(ref newerCount, 0);
        }
    }

    private static void Rotate(ConcurrentDictionary<string, TextReading> full)
    {
        lock (Rotation)
        {
            // Another thread may have rotated already.
            if (!ReferenceEquals(Volatile.Read(ref newer), full))
            {
                return;
            }

            Volatile.Write(ref older, full);
            Volatile.Write(ref newer, Create());
            Volatile.Write(ref newerCount, 0);
        }
    }

    private static ConcurrentDictionary<string, TextReading> Create() => new(StringComparer.Ordinal);
}
