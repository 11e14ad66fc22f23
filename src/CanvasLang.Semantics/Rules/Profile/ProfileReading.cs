using System.Collections.Immutable;
using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>An entry's words, read once: tokens, content stems and whether the text is English.</summary>
internal sealed record EntryReading(Entry Entry, ImmutableArray<Word> Words, bool IsEnglish)
{
    private HashSet<string>? stems;

    public HashSet<string> Stems => stems ??= TextSimilarity.ContentStems(Words);

    /// <summary>The entry's text as quoted in messages.</summary>
    public string Quoted => $"'{Model.Entry.Shorten(Entry.Text, 60)}'";

    /// <summary>Where to report: the quoted text, or the entry when it has none.</summary>
    public TextSpan Span => Entry.Syntax.Text?.Span ?? Entry.Span;
}

/// <summary>Reads the entries of a profile for the rules that look at words.</summary>
internal static class ProfileReading
{
    /// <summary>
    /// Whether the profile's canvas is in English: its segment's description and aliases, its entries
    /// and its value map's entries, taken together. Decides for entries too short to tell on their own.
    /// </summary>
    public static bool IsEnglishContext(SemanticModel model, Model.Profile profile)
    {
        var texts = new List<string>();
        if (model.Segments.GetValueOrDefault(profile.SegmentName) is { } segment)
        {
            texts.Add(segment.Description ?? string.Empty);
            texts.AddRange(segment.Aliases);
        }

        texts.AddRange(profile.Entries.Select(e => e.Text));
        if (model.ValueMapOf(profile.SegmentName) is { } map)
        {
            texts.AddRange(map.Entries.Select(e => e.Text));
        }

        return EnglishDetector.IsEnglish(texts);
    }

    // Six word-reading rules read the same profile: tokenize it once per model, not once per rule.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Model.Profile, IReadOnlyList<EntryReading>> Cache = [];

    public static IReadOnlyList<EntryReading> Read(SemanticModel model, Model.Profile profile) =>
        Cache.GetValue(profile, p =>
        {
            var context = IsEnglishContext(model, p);
            return [.. p.Entries.Select(e => Read(e, context))];
        });

    public static EntryReading Read(Entry entry, bool englishContext)
    {
        var words = Tokenizer.Tokenize(entry.Text);
        return new EntryReading(entry, words, EnglishDetector.IsEnglish(words, englishContext));
    }

    /// <summary>Relevance word at the rank of a level (1 essential … 4 nice).</summary>
    public static string RelevanceWord(int level) => level switch { 1 => "essential", 2 => "high", 3 => "medium", _ => "nice" };

    public static string KindName(CanvasArea area) => area switch { CanvasArea.Jobs => "job", CanvasArea.Pains => "pain", _ => "gain" };
}
