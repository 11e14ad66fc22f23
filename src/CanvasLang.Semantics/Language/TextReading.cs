using System.Collections.Immutable;

namespace CanvasLang.Semantics.Language;

/// <summary>How many words of a text speak for English, for another language, carry accents, and how many words there are.</summary>
internal readonly record struct LanguageCounts(int English, int Foreign, int Accented, int Letters)
{
    public static LanguageCounts operator +(LanguageCounts a, LanguageCounts b) =>
        new(a.English + b.English, a.Foreign + b.Foreign, a.Accented + b.Accented, a.Letters + b.Letters);

    /// <summary>Whether a body of texts with these counts is English as a whole (see <see cref="EnglishDetector"/>).</summary>
    public bool IsEnglishBody => Letters > 0 && English > 0 && English >= Foreign * 2 && Accented * 5 <= Letters;
}

/// <summary>
/// What one text says, read once and shared by every entry, analysis and rule with the same text:
/// its words, its language counts, its content stems, and the verdicts rules remember about it
/// (<see cref="Remember{T}(ReadingMemo{T}, Func{TextReading, T})"/>). Everything here depends on the
/// text alone (or on a key the verdict is stored with), so a reading outlives the tree it came from.
/// </summary>
internal sealed class TextReading
{
    private HashSet<string>? stems;
    private StemSet? stemSet;
    private string? quoted;
    private MemoSlot[]? memos;
    private readonly WordPool? pool;

    /// <param name="words">Shares equal word strings between the readings of one store (null: none shared).</param>
    internal TextReading(string text, WordPool? words = null)
    {
        Text = text;
        pool = words;
        Words = words is null ? Tokenizer.Tokenize(text) : words.Share(Tokenizer.Tokenize(text));
        Counts = EnglishDetector.Count(Words);
        IsEnglishAlone = EnglishDetector.IsEnglish(Counts, contextIsEnglish: false);
        IsEnglishInEnglishContext = EnglishDetector.IsEnglish(Counts, contextIsEnglish: true);
        Evidence = LanguageEvidence.Of(Words);
        OwnLanguage = IsEnglishAlone ? NaturalLanguage.English : Evidence.Decide() switch
        {
            // English by its function words but not by the English detector (accents, foreign words): leave it undecided.
            NaturalLanguage.English => NaturalLanguage.Unknown,
            var decided => decided,
        };
    }

    public string Text { get; }

    public ImmutableArray<Word> Words { get; }

    public LanguageCounts Counts { get; }

    public bool IsEnglishAlone { get; }

    public bool IsEnglishInEnglishContext { get; }

    /// <summary>How strongly the words speak for each language.</summary>
    public LanguageEvidence Evidence { get; }

    /// <summary>The language the text is in by its own words alone (<see cref="NaturalLanguage.Unknown"/> for most short texts).</summary>
    public NaturalLanguage OwnLanguage { get; }

    /// <summary>The content stems (see <see cref="TextSimilarity.ContentStems(IReadOnlyList{Word})"/>); shared, never to be changed.</summary>
    public HashSet<string> Stems => stems ??= pool is null ? TextSimilarity.ContentStems(Words) : pool.Share(TextSimilarity.ContentStems(Words));

    /// <summary>The content stems ordered by hash code, for comparing two texts by one merge instead of lookups.</summary>
    public StemSet StemSet => stemSet ??= new StemSet(Stems);

    private static readonly ReadingMemo<StemSet> StemsInLanguage = new();

    /// <summary>The content stems in a read language: English as <see cref="StemSet"/>, others by their own stop words and stemmer.</summary>
    public StemSet StemSetIn(NaturalLanguage language) => language == NaturalLanguage.English
        ? StemSet
        : Remember(StemsInLanguage, language, (r, l) =>
        {
            var kit = LanguageKit.For(l);
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var w in r.Words)
            {
                if (kit.IsContent(w))
                {
                    set.Add(w.IsNumeric ? w.Text : kit.Stem(w.Text));
                }
            }

            return new StemSet(set);
        });

    /// <summary>The text as quoted in messages: <c>'Long queues at the…'</c>.</summary>
    public string Quoted => quoted ??= $"'{Model.Entry.Shorten(Text, 60)}'";

    /// <summary>English on its own, or in a text body that is English as a whole.</summary>
    public bool IsEnglish(bool contextIsEnglish) => contextIsEnglish ? IsEnglishInEnglishContext : IsEnglishAlone;

    /// <summary>
    /// The language the text is in where it stands: English as <see cref="IsEnglish(bool)"/> decides;
    /// else its own language; else, when its words say nothing against it, the language of the body
    /// of text around it (a profile in Spanish makes "Bajas ventas" Spanish, not "a short foreign text").
    /// </summary>
    public NaturalLanguage LanguageIn(bool contextIsEnglish, NaturalLanguage context)
    {
        // In a canvas written in another language, a few words that English shares with it ("do",
        // "i", "a") do not make an entry English: there it takes clear English evidence.
        var foreignContext = context == NaturalLanguage.Unsupported || (context.IsRead() && context != NaturalLanguage.English);
        if (IsEnglish(contextIsEnglish) && (!foreignContext || Evidence.Decide() == NaturalLanguage.English))
        {
            return NaturalLanguage.English;
        }

        var own = OwnLanguage == NaturalLanguage.English ? NaturalLanguage.Unknown : OwnLanguage;
        if (own != NaturalLanguage.Unknown || !foreignContext)
        {
            return own;
        }

        if (context == NaturalLanguage.Unsupported || Evidence[NaturalLanguage.Unsupported] > 0)
        {
            return NaturalLanguage.Unsupported;
        }

        // Nothing but the context's language may speak in the entry's words (shared words like "de" are fine).
        foreach (var other in NaturalLanguages.Read)
        {
            if (other != context && Evidence[other] > Evidence[context])
            {
                return NaturalLanguage.Unknown;
            }
        }

        return context;
    }

    /// <summary>A verdict that depends on the text alone: computed once, then remembered.</summary>
    public T Remember<T>(ReadingMemo<T> memo, Func<TextReading, T> compute)
    {
        if (Find(memo) is Box<T> box)
        {
            return box.Value;
        }

        var value = compute(this);
        Store(memo, new Box<T>(value));
        return value;
    }

    /// <summary>
    /// A verdict that also depends on <paramref name="key"/> (the language it is read in; a rule's settings
    /// as a whole, through <see cref="Rules.RuleContext.Remember{TKey, T}"/>): remembered for the last key asked.
    /// </summary>
    public T Remember<TKey, T>(ReadingMemo<T> memo, TKey key, Func<TextReading, TKey, T> compute)
        where TKey : notnull
    {
        if (TryRecall(memo, key, out var known))
        {
            return known;
        }

        var value = compute(this, key);
        Keep(memo, key, value);
        return value;
    }

    /// <summary>The verdict remembered under <paramref name="key"/>, if any: for callers that must not allocate a closure on every hit.</summary>
    public bool TryRecall<TKey, T>(ReadingMemo<T> memo, TKey key, out T value)
        where TKey : notnull
    {
        if (Find(memo) is KeyedBox<TKey, T> box && EqualityComparer<TKey>.Default.Equals(box.Key, key))
        {
            value = box.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Remembers <paramref name="value"/> under <paramref name="key"/>, replacing what the memo held.</summary>
    public void Keep<TKey, T>(ReadingMemo<T> memo, TKey key, T value)
        where TKey : notnull =>
        Store(memo, new KeyedBox<TKey, T>(key, value));

    // A text gets a handful of verdicts: a small array, searched in order and replaced whole on a
    // write (lock-free; a lost race only means a verdict is computed twice).
    private object? Find(ReadingMemo memo)
    {
        foreach (var slot in Volatile.Read(ref memos) ?? [])
        {
            if (ReferenceEquals(slot.Memo, memo))
            {
                return slot.Value;
            }
        }

        return null;
    }

    private void Store(ReadingMemo memo, object value)
    {
        while (true)
        {
            var seen = Volatile.Read(ref memos);
            var current = seen ?? [];
            var at = Array.FindIndex(current, slot => ReferenceEquals(slot.Memo, memo));
            var next = new MemoSlot[at < 0 ? current.Length + 1 : current.Length];
            current.CopyTo(next, 0);
            next[at < 0 ? current.Length : at] = new MemoSlot(memo, value);
            if (ReferenceEquals(Interlocked.CompareExchange(ref memos, next, seen), seen))
            {
                return;
            }
        }
    }

    private readonly record struct MemoSlot(ReadingMemo Memo, object Value);

    private sealed record Box<T>(T Value);

    private sealed record KeyedBox<TKey, T>(TKey Key, T Value);
}

/// <summary>A named place in every <see cref="TextReading"/> where one verdict about the text is remembered (an identity, holding nothing).</summary>
internal abstract class ReadingMemo
{
    private protected ReadingMemo()
    {
    }
}

/// <summary>A remembered verdict of type <typeparamref name="T"/>; declare one per verdict as a static readonly field.</summary>
internal sealed class ReadingMemo<T> : ReadingMemo;
