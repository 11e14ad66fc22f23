using System.Collections.Frozen;
namespace CanvasLang.Semantics.Language;

/// <summary>What makes an entry concrete, found in its words.</summary>
public sealed record ConcretenessReport(bool HasNumber, bool HasUnit, bool HasTime, bool HasFrequency, bool HasSituation, bool HasName)
{
    /// <summary>A measure: a number, percentage, price, clock time or a unit beside a number.</summary>
    public bool HasMeasure => HasNumber || HasUnit;

    /// <summary>A moment or place in the customer's life: a time, a frequency, a named situation or thing.</summary>
    public bool HasContext => HasTime || HasFrequency || HasSituation || HasName;

    public bool IsConcrete => HasMeasure || HasContext;

    /// <summary>What to add, for messages: "a number", "a situation", or both.</summary>
    public string Missing => (HasMeasure, HasContext) switch
    {
        (false, false) => "say how much, how often or when, and in which situation",
        (false, true) => "say how much or how many",
        (true, false) => "say in which situation",
        _ => string.Empty,
    };
}

/// <summary>
/// Finds what anchors an entry in reality: numbers, units, times and frequencies ("every Monday"),
/// situations ("on the platform", "when the train is late"), and names (acronyms, CamelCase, or a
/// capitalised word inside a sentence).
/// </summary>
public static class Concreteness
{
    // Prepositions and conjunctions that open a situation when followed by a concrete noun.
    private static readonly FrozenSet<string> SituationOpeners = FrozenSet.Create(StringComparer.Ordinal,
    [
        "on", "at", "in", "before", "after", "during", "until", "by", "between", "near", "inside", "outside", "into", "onto",
    ]);

    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.Create(StringComparer.Ordinal, [ "when", "while", "whenever", "once" ]);

    private static readonly FrozenSet<string> FrequencyOpeners = FrozenSet.Create(StringComparer.Ordinal, [ "every", "each", "per", "once", "twice" ]);

    public static ConcretenessReport Assess(IReadOnlyList<Word> words, ISet<string>? vague = null)
    {
        vague ??= Lexicon.Vague;
        bool number = false, unit = false, time = false, frequency = false, situation = false, name = false;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.IsNumeric)
            {
                number = true;
                time |= w.Kind == WordKind.Time;
                continue;
            }

            if (i > 0 && words[i - 1].IsNumeric && Lexicon.Units.Contains(w.Text))
            {
                unit = true;
            }

            if (Lexicon.TimeWords.Contains(w.Text))
            {
                time = true;
            }

            if (FrequencyOpeners.Contains(w.Text) && i + 1 < words.Count && (Lexicon.TimeWords.Contains(words[i + 1].Text) || Lexicon.Units.Contains(words[i + 1].Text)))
            {
                frequency = true;
            }

            if (ClauseOpeners.Contains(w.Text) && i > 0 && i + 2 < words.Count)
            {
                situation = true;
            }

            // "Cheaper than the night bus": a comparison with a named alternative can be checked.
            if (w.Text == "than" && i > 0 && NounAfter(words, i + 1, vague) is { } baseline && !VagueBaselines.Contains(baseline) && !Lexicon.Stop.Contains(baseline))
            {
                situation = true;
            }

            // "Getting money back is slow", "Scenario planning is manual": the judgement is about a
            // named activity of the customer's, which is the situation ("being"/"having" name none).
            if (i <= 2 && IsActivity(w) && words.Skip(i + 1).Any(n => Lexicon.BeVerbs.Contains(n.Text)))
            {
                situation = true;
            }

            if (SituationOpeners.Contains(w.Text) && i > 0 && NounAfter(words, i + 1, vague) is { } noun && !Lexicon.Stop.Contains(noun))
            {
                situation = true;
            }

            // A capitalised word inside the text (not after a clause break) names a thing or place.
            if (i > 0 && !words[i - 1].EndsClause && IsName(w, words[i - 1]))
            {
                name = true;
            }
        }

        return new ConcretenessReport(number, unit, time, frequency, situation, name);
    }

    // An acronym ("AI", "SMS") is a technology more often than a named thing; CamelCase and a
    // capitalised word after a lower-case one ("the Tuesday class", "WhatsApp") are names.
    internal static bool IsName(Word w, Word previous, bool capitalisedNouns = false)
    {
        var o = w.Original;
        if (w.Kind != WordKind.Word || o.Length < 2)
        {
            return false;
        }

        // A language that capitalises every noun (German) names things by CamelCase only.
        var camel = o.Skip(1).Any(char.IsUpper) && o.Any(char.IsLower);
        var capitalised = !capitalisedNouns && char.IsUpper(o[0]) && o.Skip(1).All(c => !char.IsUpper(c)) && !char.IsUpper(previous.Original[0]);
        return camel || capitalised;
    }

    // "Faster than before", "better than usual": the baseline is today, which names nothing.
    private static readonly FrozenSet<string> VagueBaselines = FrozenSet.Create(StringComparer.Ordinal,
    [
        "before", "usual", "ever", "now", "today", "expected", "necessary", "needed", "required", "average", "others", "other", "competitors",
    ]);

    private static readonly FrozenSet<string> NotActivities = FrozenSet.Create(StringComparer.Ordinal,
    [
        "being", "having", "doing", "thing", "nothing", "something", "anything", "everything", "morning", "evening", "string", "during",
    ]);

    private static bool IsActivity(Word w) =>
        w.Kind == WordKind.Word && w.Text.Length >= 6 && w.Text.EndsWith("ing", StringComparison.Ordinal) && !NotActivities.Contains(w.Text);

    /// <summary>The first word after determiners from <paramref name="start"/>, unless it is vague.</summary>
    private static string? NounAfter(IReadOnlyList<Word> words, int start, ISet<string> vague)
    {
        var i = start;
        while (i < words.Count && Lexicon.Determiners.Contains(words[i].Text))
        {
            i++;
        }

        if (i >= words.Count || words[i].IsNumeric)
        {
            return i < words.Count ? words[i].Text : null;
        }

        var text = words[i].Text;
        return vague.Contains(text) || vague.Contains(Morphology.Singular(text)) ? null : text;
    }
}
