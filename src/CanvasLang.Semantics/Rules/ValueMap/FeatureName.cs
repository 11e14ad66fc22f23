using System.Collections.Immutable;
using System.Collections.Frozen;
using CanvasLang.Semantics.Language;

namespace CanvasLang.Semantics.Rules;

/// <summary>What a reliever or creator that is only a noun phrase names.</summary>
internal enum NounPhraseKind
{
    /// <summary>Not a bare noun phrase, or one that states an outcome or a process: not reported.</summary>
    None,

    /// <summary>A thing the offering has ("Live chat widget", "Pre-built templates").</summary>
    Feature,

    /// <summary>A praise word and a noun ("Great UX"): a claim about the offering.</summary>
    Label,
}

/// <summary>
/// Reads whether a text is a bare noun phrase naming a thing: no verb acting as a verb, no clause
/// that gives a mechanism or an outcome ("so", "to", "by …ing", "via", "→", ":"), no number,
/// comparison or negation, and a head noun that denotes an object rather than an outcome, a quality
/// or a process. Such a text says what the offering has, never how it changes the customer's day.
/// </summary>
internal static class FeatureName
{
    // Prepositions that attach a noun to the head without saying how ("Benchmarks by stage",
    // "Templates for board decks"). "via", "through", "to", "so" and the like are left out: they open a mechanism or a purpose.
    private static readonly FrozenSet<string> Attaching = new[] { "of", "for", "by", "with", "in", "on", "per", "across", "from", "at" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Articles = new[] { "a", "an", "the" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Praise = WordLists.Lines("praise-words").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OfferingNouns =
        Lexicon.ProductNouns.Concat(WordLists.Lines("offering-nouns")).ToFrozenSet(StringComparer.Ordinal);

    // Scalar adjectives (each side of an antonym pair: low/high, fast/slow, manual/automatic) place an
    // attribute on a scale the customer feels: "Low prices" states an outcome, it names no thing.
    private static readonly FrozenSet<string> Scalar = Lexicon.Antonyms
        .SelectMany(p => new[] { p.Left, p.Right }).Where(w => !w.Contains(' ')).Concat(Lexicon.OutcomeAdjectives.Where(a => !IsPraiseOnly(a)))
        .ToFrozenSet(StringComparer.Ordinal);

    // The scales a customer gains on (speed, cost, ease, risk, calm): a list item with one of them
    // before its head ("cheap flights", "simple setup") states an outcome, not a thing; comparatives
    // ("lower prices") are not plain content in any phrase.
    private static readonly FrozenSet<string> OutcomeScalar = Lexicon.OutcomeAdjectives.Where(a => !IsPraiseOnly(a))
        .Concat(["slow", "rapid", "expensive", "affordable", "costly", "difficult", "complicated", "simple", "complex", "safe", "risky", "stressful", "relaxed", "calm", "lengthy", "brief", "punctual", "early", "late", "prompt", "reliable"])
        .ToFrozenSet(StringComparer.Ordinal);

    // Outcome adjectives that are also said of things without a scale ("Smart sync", "Rich charts").
    private static bool IsPraiseOnly(string adjective) => adjective is "smart" or "rich";

    // Suffixes of an adjective or participle: such a last word is a predicate, not a head noun ("always available").
    private static readonly ImmutableArray<string> AdjectiveSuffixes = ["able", "ible", "ful", "ous", "ive", "ic", "less", "al", "ed", "ly"];

    // Suffixes of a quality or state ("transparency", "flexibility", "awareness"): an outcome, not a thing.
    private static readonly ImmutableArray<string> QualitySuffixes = ["ness", "ity", "cy", "dom"];

    // Suffixes of a process noun in the singular ("generation", "management", "assistance", "analysis"):
    // a vague how, not a thing. Their plurals are results, which are things ("visualizations", "recommendations").
    private static readonly ImmutableArray<string> ProcessSuffixes = ["tion", "sion", "ment", "ance", "ence", "sis"];

    /// <summary>What <paramref name="reading"/> names, if it is a bare noun phrase.</summary>
    public static NounPhraseKind Read(TextReading reading) =>
        HasClausePunctuation(reading.Text) ? NounPhraseKind.None : Read(reading.Words);

    /// <summary>
    /// One item of a list ("GPS tracking", "offline maps", "Slack"): a noun phrase read as
    /// <see cref="Read(TextReading)"/> reads each phrase of "… and …", without the two content words a
    /// phrase standing alone needs: in a list, the list says the items are things.
    /// </summary>
    /// <param name="first">The list's first item: a verb or an -ing form first makes it an action ("Track runs, …").</param>
    public static NounPhraseKind ReadItem(IReadOnlyList<Word> words, bool first)
    {
        var units = Units(words);
        if (units is null || units.Count is 0 or > 5 || units.Any(u => u is "and" or "or"))
        {
            return NounPhraseKind.None;
        }

        var content = 0;
        return Conjunct(units, 0, units.Count, first, ref content, listItem: true);
    }

    /// <summary>
    /// Whether a phrase's head names a part of an offering ("A mobile app with a dashboard": app):
    /// the last word before the first preposition that attaches a noun, singular or plural.
    /// </summary>
    public static bool HasOfferingHead(IReadOnlyList<Word> words)
    {
        var end = words.Count;
        for (var i = 1; i < words.Count; i++)
        {
            if (Attaching.Contains(words[i].Text))
            {
                end = i;
                break;
            }
        }

        var head = words[end - 1].Text;
        return OfferingNouns.Contains(head) || OfferingNouns.Contains(Morphology.Singular(head));
    }

    /// <summary>What the words name, if they are a bare noun phrase (clause punctuation already ruled out).</summary>
    public static NounPhraseKind Read(IReadOnlyList<Word> words)
    {
        var units = Units(words);
        if (units is null || units.Count is 0 or > 6)
        {
            return NounPhraseKind.None;
        }

        var praise = false;
        var conjuncts = 0;
        var content = 0;
        var start = 0;
        for (var i = 0; i <= units.Count; i++)
        {
            if (i < units.Count && units[i] is not ("and" or "or"))
            {
                continue;
            }

            var kind = Conjunct(units, start, i, first: conjuncts == 0, ref content);
            if (kind == NounPhraseKind.None)
            {
                return NounPhraseKind.None;
            }

            praise |= kind == NounPhraseKind.Label;
            conjuncts++;
            start = i + 1;
        }

        // One content word ("Automation", "Speed") is too little to tell a thing from an outcome;
        // single offering nouns ("Dashboard") are judged by the offering-name signal instead.
        if (content < 2 || content > 5)
        {
            return NounPhraseKind.None;
        }

        return praise ? NounPhraseKind.Label : NounPhraseKind.Feature;
    }

    /// <summary>One noun phrase of a list: [article] modifiers head [preposition noun phrase].</summary>
    private static NounPhraseKind Conjunct(List<string> units, int start, int end, bool first, ref int content, bool listItem = false)
    {
        if (start < end && Articles.Contains(units[start]))
        {
            start++;
        }

        if (start >= end)
        {
            return NounPhraseKind.None;
        }

        // A task verb first is an action ("Track spending"), and so is an -ing form ("Automating reports").
        if (first && (IsKnownVerb(units[start]) || Morphology.IsGerund(units[start])))
        {
            return NounPhraseKind.None;
        }

        var headAt = end - 1;
        for (var i = start; i < end; i++)
        {
            if (Attaching.Contains(units[i]))
            {
                headAt = i - 1;
                break;
            }
        }

        if (headAt < start)
        {
            return NounPhraseKind.None;
        }

        var praise = false;
        for (var i = start; i < end; i++)
        {
            var unit = units[i];
            if (Attaching.Contains(unit))
            {
                // "by" with an -ing form is a mechanism ("by matching …"), not a grouping.
                if (i + 1 >= end || (unit == "by" && Morphology.IsGerund(units[i + 1])) || Attaching.Contains(units[i + 1]) || (Articles.Contains(units[i + 1]) && i + 2 >= end))
                {
                    return NounPhraseKind.None;
                }

                continue;
            }

            if (Articles.Contains(unit) && i > start && Attaching.Contains(units[i - 1]))
            {
                continue;
            }

            if (!IsPlainContent(unit))
            {
                return NounPhraseKind.None;
            }

            // An -s form before the head reads as a finite verb ("Enables …", "Bot answers questions"):
            // nouns that modify a head are singular in English ("bank connection"), so little is lost.
            if (i < headAt && !unit.Contains('-') && Morphology.Singular(unit) != unit)
            {
                return NounPhraseKind.None;
            }

            // In a list of things, a modifier of kind ("offline maps", "automatic backups", "hot meals")
            // describes the thing; only the scales a customer gains on still state an outcome.
            if (i < headAt && (listItem ? OutcomeScalar.Contains(unit) : Scalar.Contains(unit)))
            {
                return NounPhraseKind.None;
            }

            praise |= i < headAt && Praise.Contains(unit);
            content++;
        }

        var head = units[headAt];
        if (praise)
        {
            return IsAdjective(head) ? NounPhraseKind.None : NounPhraseKind.Label;
        }

        return IsThing(head) ? NounPhraseKind.Feature : NounPhraseKind.None;
    }

    /// <summary>A content word that can sit in a bare noun phrase: no function word, negation, comparison or adverb.</summary>
    private static bool IsPlainContent(string unit)
    {
        var last = unit.Contains('-') ? unit[(unit.LastIndexOf('-') + 1)..] : unit;
        if (unit.Contains('-') && Praise.Contains(unit))
        {
            return true;
        }

        if (Lexicon.Stop.Contains(unit) || Lexicon.Negators.Contains(unit) || unit is "zero" or "than" or "most" or "least" or "via")
        {
            return false;
        }

        if (Morphology.ComparativeBase(last, w => Scalar.Contains(w) || Lexicon.Vague.Contains(w)) is not null)
        {
            return false;
        }

        // Manner adverbs say how something happens ("Automatically filed receipts"); time adjectives ("daily") are modifiers.
        return !(last.Length > 4 && last.EndsWith("ly", StringComparison.Ordinal) && !Lexicon.TimeWords.Contains(last) && !OfferingNouns.Contains(last));
    }

    /// <summary>Whether a head noun denotes an object: not an outcome, a quality, a process, an activity or a measure.</summary>
    private static bool IsThing(string head)
    {
        var word = head.Contains('-') ? head[(head.LastIndexOf('-') + 1)..] : head;
        var singular = Morphology.Singular(word);
        if (OfferingNouns.Contains(word) || OfferingNouns.Contains(singular))
        {
            return true;
        }

        if (Morphology.IsGerund(word) || IsAdjective(word) || Lexicon.OutcomeNouns.Contains(word) || Lexicon.OutcomeNouns.Contains(singular)
            || Lexicon.Vague.Contains(word) || Lexicon.TimeWords.Contains(word) || Lexicon.Units.Contains(word) || Praise.Contains(word))
        {
            return false;
        }

        if (QualitySuffixes.Any(s => singular.EndsWith(s, StringComparison.Ordinal) && singular.Length > s.Length + 2))
        {
            return false;
        }

        // A singular process noun; its plural names results ("visualizations"), which are things.
        return word != singular || !ProcessSuffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal) && word.Length > s.Length + 2);
    }

    private static bool IsAdjective(string unit)
    {
        var word = unit.Contains('-') ? unit[(unit.LastIndexOf('-') + 1)..] : unit;
        if (OfferingNouns.Contains(word) || OfferingNouns.Contains(Morphology.Singular(word)))
        {
            return false;
        }

        if (Scalar.Contains(word) || Praise.Contains(unit) || Praise.Contains(word))
        {
            return true;
        }

        // "feed", "need", "speed" end in -ed without being participles.
        return AdjectiveSuffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal) && word.Length > s.Length + 2 && !(s == "ed" && word.EndsWith("eed", StringComparison.Ordinal)));
    }

    private static bool IsKnownVerb(string word) => Lexicon.TaskVerbs.Contains(word) || Lexicon.OutcomeVerbs.Contains(word);

    /// <summary>
    /// The words with hyphen compounds kept whole ("pre-built", "end-to-end"), lower-case; null when a
    /// token is a number, a percentage or a time: a measure is not part of a name.
    /// </summary>
    private static List<string>? Units(IReadOnlyList<Word> words)
    {
        var units = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].IsNumeric)
            {
                return null;
            }

            if (words[i].Joined && units.Count > 0)
            {
                units[^1] += "-" + words[i].Text;
            }
            else
            {
                units.Add(words[i].Text);
            }
        }

        return units;
    }

    /// <summary>Punctuation that opens a second clause, a mechanism or an outcome: ":", "→", "=", ";", "(", "+", a dash, or a sentence break.</summary>
    private static bool HasClausePunctuation(string text)
    {
        var trimmed = text.AsSpan().Trim().TrimEnd('.');
        return trimmed.IndexOfAny(":;→=()[]!?+\"") >= 0 || trimmed.IndexOfAny("—–.") >= 0
            || trimmed.Contains("->", StringComparison.Ordinal) || trimmed.Contains(" - ", StringComparison.Ordinal) || trimmed.Contains(',');
    }
}
