using System.Collections.Immutable;
using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>A name the value map gives something it offers: the stems of a leading noun phrase, or a CamelCase word.</summary>
internal sealed record OfferingName(Entry Source, string[] Stems, string Display);

/// <summary>
/// The names under which a value map offers things: the first two stems of the phrase that opens
/// each of its entries or each part after a strong break ("InvoiceFlow: invoicing app…", "P1: … →
/// Single platform…"), multi-word ids, and CamelCase words. Names made only of the segment's own
/// words ("AI development" for developers of AI apps) describe the customer and are left out.
/// </summary>
internal sealed class OfferingNames
{
    private OfferingNames(List<OfferingName> phrases, Dictionary<string, List<Entry>> camel)
    {
        Phrases = phrases;
        CamelCase = camel;
        foreach (var phrase in phrases)
        {
            (byFirstStem.TryGetValue(phrase.Stems[0], out var list) ? list : byFirstStem[phrase.Stems[0]] = []).Add(phrase);
        }
    }

    // Phrases by their first stem: each word of an entry meets only the names that start with it,
    // so matching costs the entry's length, not the value map's size.
    private readonly Dictionary<string, List<OfferingName>> byFirstStem = new(StringComparer.Ordinal);

    public List<OfferingName> Phrases { get; }

    /// <summary>CamelCase words (lower-case) and the entries that use them.</summary>
    public Dictionary<string, List<Entry>> CamelCase { get; }

    public static OfferingNames Of(ValueMap? map, Segment? segment)
    {
        var phrases = new List<OfferingName>();
        var camel = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        if (map is null)
        {
            return new OfferingNames(phrases, camel);
        }

        var own = TextSimilarity.ContentStems(string.Join(' ', new[] { segment?.Name.Replace('_', ' ') ?? string.Empty, segment?.Description ?? string.Empty }.Concat(segment?.Aliases ?? [])));
        foreach (var entry in map.Entries)
        {
            // What a text offers depends on the text alone; only the segment's own words are filtered here.
            var offers = entry.Reading.Remember(TextOffers, Read);
            foreach (var (stems, display) in offers.Phrases)
            {
                if (!stems.All(own.Contains))
                {
                    phrases.Add(new OfferingName(entry, stems, display));
                }
            }

            foreach (var word in offers.CamelCase)
            {
                (camel.TryGetValue(word, out var list) ? list : camel[word] = []).Add(entry);
            }

            if (entry.Id is { } id && (id.Contains('_') || id.Contains('-')))
            {
                var stems = entry.Readings.Of(id).Remember(IdStems, r => r.Text.Split('_', '-').Where(p => p.Length > 0).Select(p => Morphology.Stem(p.ToLowerInvariant())).Take(2).ToArray());
                if (stems.Length == 2 && !stems.All(own.Contains))
                {
                    phrases.Add(new OfferingName(entry, stems, id));
                }
            }
        }

        return new OfferingNames(phrases, camel);
    }

    /// <summary>The names a value-map text gives what it offers, before the segment's own words are left out.</summary>
    private sealed record Offers(List<(string[] Stems, string Display)> Phrases, List<string> CamelCase);

    private static readonly ReadingMemo<Offers> TextOffers = new();

    private static readonly ReadingMemo<string[]> IdStems = new();

    private static readonly ReadingMemo<List<(string Stem, int Index, int Clause)>> NameWords = new();

    private static Offers Read(TextReading reading)
    {
        var words = reading.Words;
        var phrases = new List<(string[], string)>();
        var camel = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (i == 0 || StrongBreak(reading.Text, words[i - 1], words[i]))
            {
                AddPhrase(phrases, reading.Text, words, i);
            }

            if (IsCamel(words[i].Original))
            {
                camel.Add(words[i].Text);
            }
        }

        return new Offers(phrases, camel);
    }

    /// <summary>The first offering name found in <paramref name="words"/> (adjacent in one clause, stop words skipped), not one of <paramref name="excluded"/>.</summary>
    public OfferingName? FindIn(IReadOnlyList<Word> words, ImmutableArray<Entry> excluded, out int position)
    {
        foreach (var match in FindAll(words, excluded))
        {
            position = match.Position;
            return match.Name;
        }

        position = -1;
        return null;
    }

    /// <summary>Every offering name in <paramref name="words"/>: its two stems in order, at most one word apart, in one clause.</summary>
    public IEnumerable<(OfferingName Name, int Position)> FindAll(IReadOnlyList<Word> words, ImmutableArray<Entry> excluded) =>
        FindAll(ContentOf(words), excluded);

    /// <summary>As <see cref="FindAll(IReadOnlyList{Word}, ImmutableArray{Entry})"/> on a whole text, whose name words are read once.</summary>
    public IEnumerable<(OfferingName Name, int Position)> FindAll(TextReading reading, ImmutableArray<Entry> excluded) =>
        byFirstStem.Count == 0 ? [] : FindAll(reading.Remember(NameWords, r => ContentOf(r.Words)), excluded);

    /// <summary>Whether a name may start in the text at all: one of its name words opens a known name. Most texts name nothing.</summary>
    public bool MayName(TextReading reading)
    {
        if (byFirstStem.Count == 0)
        {
            return false;
        }

        var content = reading.Remember(NameWords, r => ContentOf(r.Words));
        for (var k = 0; k + 1 < content.Count; k++)
        {
            if (byFirstStem.ContainsKey(content[k].Stem))
            {
                return true;
            }
        }

        return false;
    }

    private static List<(string Stem, int Index, int Clause)> ContentOf(IReadOnlyList<Word> words)
    {
        var content = new List<(string Stem, int Index, int Clause)>();
        var clause = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (IsNameWord(words[i]))
            {
                content.Add((TextSimilarity.NormalizedStem(words[i]), i, clause));
            }

            if (words[i].EndsClause)
            {
                clause++;
            }
        }

        return content;
    }

    private IEnumerable<(OfferingName Name, int Position)> FindAll(List<(string Stem, int Index, int Clause)> content, ImmutableArray<Entry> excluded)
    {
        for (var k = 0; k + 1 < content.Count; k++)
        {
            if (!byFirstStem.TryGetValue(content[k].Stem, out var starting))
            {
                continue;
            }

            foreach (var name in starting)
            {
                if (excluded.Contains(name.Source))
                {
                    continue;
                }

                // "Enterprise-grade security" still names "Enterprise Security": one word may sit between.
                for (var j = k + 1; j <= k + 2 && j < content.Count && content[j].Clause == content[k].Clause; j++)
                {
                    if (content[j].Stem == name.Stems[1])
                    {
                        yield return (name, content[k].Index);
                        break;
                    }
                }
            }
        }
    }

    private static void AddPhrase(List<(string[], string)> phrases, string text, IReadOnlyList<Word> words, int start)
    {
        var i = start;
        while (i < words.Count && (words[i].IsNumeric || Lexicon.Stop.Contains(words[i].Text) || Lexicon.ForeignFunctionWords.Contains(words[i].Text)))
        {
            i++;
        }

        if (i + 1 >= words.Count || !IsNameWord(words[i]) || !IsNameWord(words[i + 1]) || words[i].EndsClause || StrongBreak(text, words[i], words[i + 1]))
        {
            return;
        }

        // A time or day ("Saturday mornings") says when, not what is offered: the customer says it too.
        if (Lexicon.TimeWords.Contains(words[i].Text) || Lexicon.TimeWords.Contains(words[i + 1].Text))
        {
            return;
        }

        phrases.Add(([TextSimilarity.NormalizedStem(words[i]), TextSimilarity.NormalizedStem(words[i + 1])], Tokenizer.Quote([words[i], words[i + 1]])));
    }

    private static bool IsNameWord(Word w) =>
        w.Kind == WordKind.Word && !Lexicon.Stop.Contains(w.Text) && !Lexicon.ForeignFunctionWords.Contains(w.Text) && !Lexicon.Negators.Contains(w.Text);

    // ':' '—' '→' '(' ';' '.' and " - " open a new part of an entry; commas and hyphens do not.
    internal static bool StrongBreak(string text, Word previous, Word next)
    {
        var gap = text.AsSpan(previous.Start + previous.Length, next.Start - previous.Start - previous.Length);
        return gap.IndexOfAny(":—–→(;.+&") >= 0 || gap.Contains(" - ", StringComparison.Ordinal);
    }

    internal static bool IsCamel(string original) =>
        original.Length > 2 && original.Skip(1).Any(char.IsUpper) && original.Any(char.IsLower);
}
