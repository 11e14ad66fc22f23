using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// Whether a reliever or creator only says again what another entry says: a pain or gain it
/// restates ("Faster onboarding" creating the gain "Faster onboarding"), or a product whose text it
/// repeats. Such an entry names no mechanism; CV204 reports it, and CV104 never blames the profile
/// entry it echoes, since the customer's words came first.
/// </summary>
internal static class Restatement
{
    private static readonly ReadingMemo<string[]> HeadMemo = new();

    private static readonly ReadingMemo<string> KeyMemo = new();

    /// <summary>
    /// The sorted content stems of the phrase that opens a text, before its first strong break
    /// ("Faster onboarding: …" → fast, onboard), or of the whole text when it has none.
    /// </summary>
    public static string[] HeadStems(TextReading reading) => reading.Remember(HeadMemo, r =>
    {
        var words = r.Words;
        var stems = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0 && Profile.OfferingNames.StrongBreak(r.Text, words[i - 1], words[i]))
            {
                break;
            }

            if (TextSimilarity.IsContent(words[i]))
            {
                stems.Add(TextSimilarity.NormalizedStem(words[i]));
            }
        }

        return [.. stems];
    });

    /// <summary>The head phrase as a lookup key, or null when it is too short (one stem) to say that two texts share it.</summary>
    public static string? HeadKey(TextReading reading)
    {
        var head = HeadStems(reading);
        return head.Length < 2 ? null : string.Join(' ', head);
    }

    /// <summary>All content stems, sorted, as a lookup key: equal keys are equal texts after normalisation.</summary>
    public static string StemKey(TextReading reading) => reading.Remember(KeyMemo, r => string.Join(' ', r.Stems.Order(StringComparer.Ordinal)));

    /// <summary>
    /// The profile entry's first content words are the value-map entry's head phrase ("Clear debts: …"
    /// labelling the gain "Clear debts by the 5th"): the label was taken from the customer's words.
    /// </summary>
    public static bool LabelledWith(Entry valueMapEntry, Entry profileEntry)
    {
        var head = HeadStems(valueMapEntry.Reading);
        if (head.Length < 2)
        {
            return false;
        }

        var opening = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in profileEntry.Reading.Words)
        {
            if (opening.Count == head.Length)
            {
                break;
            }

            if (TextSimilarity.IsContent(word))
            {
                opening.Add(TextSimilarity.NormalizedStem(word));
            }
        }

        return opening.SetEquals(head);
    }

    /// <summary>
    /// Every content word of <paramref name="echo"/> is a word of <paramref name="original"/>, and it
    /// says most of what the original says (or is a bare noun phrase, which adds no how at all).
    /// </summary>
    public static bool Restates(Entry echo, Entry original)
    {
        var e = echo.Reading.Stems;
        var o = original.Reading.Stems;
        if (e.Count == 0 || e.Count > o.Count || !e.IsSubsetOf(o))
        {
            return false;
        }

        // Without the original's negation the words say the opposite ("A reminder the day before" for
        // the pain "No reminder the day before"): a remedy, however thin, not a restatement.
        if (original.Reading.Words.Any(w => Lexicon.Negators.Contains(w.Text) && !e.Contains(TextSimilarity.NormalizedStem(w))))
        {
            return false;
        }

        return e.Count * 5 >= o.Count * 3 || echo.Reading.Remember(BareMemo, r => FeatureName.Read(r) != NounPhraseKind.None);
    }

    private static readonly ReadingMemo<bool> BareMemo = new();

    /// <summary>A reliever or creator that restates the profile entry or is labelled with its opening words: never the profile entry's fault.</summary>
    public static bool Echoes(Entry valueMapEntry, Entry profileEntry) =>
        valueMapEntry.Area is CanvasArea.PainRelievers or CanvasArea.GainCreators
        && (LabelledWith(valueMapEntry, profileEntry) || Restates(valueMapEntry, profileEntry));
}
