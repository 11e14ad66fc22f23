using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>An entry with its text's reading and the language it is read in where it stands.</summary>
internal sealed record EntryReading(Entry Entry, TextReading Reading, NaturalLanguage Language)
{
    /// <summary>Read as English where it stands (rules that read English only test this).</summary>
    public bool IsEnglish => Language == NaturalLanguage.English;

    public System.Collections.Immutable.ImmutableArray<Word> Words => Reading.Words;

    /// <summary>The content stems; shared with every equal text, never to be changed.</summary>
    public HashSet<string> Stems => Reading.Stems;

    /// <summary>The entry's text as quoted in messages.</summary>
    public string Quoted => Reading.Quoted;

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
    public static bool IsEnglishContext(SemanticModel model, Model.Profile profile) => Read(model, profile).IsEnglishContext;

    // Several word-reading rules read the same profile: gather it once per model, not once per rule.
    // The words themselves come from the model's ReadingStore, so only new texts are tokenized.
    private static readonly ModelMemo<System.Collections.Concurrent.ConcurrentDictionary<Model.Profile, ProfileFacts>> Facts = new();

    public static ProfileFacts Read(SemanticModel model, Model.Profile profile) =>
        model.Remember(Facts, _ => new()).GetOrAdd(profile, p =>
        {
            var (english, language) = Context(model, p);
            return new ProfileFacts(p, english, language);
        });

    public static EntryReading Read(Entry entry, bool englishContext, NaturalLanguage context = NaturalLanguage.Unknown) =>
        new(entry, entry.Reading, entry.Reading.LanguageIn(englishContext, context));

    /// <summary>The canvas's language around a profile: its segment's texts, its entries and its value map's, taken together.</summary>
    private static (bool English, NaturalLanguage Language) Context(SemanticModel model, Model.Profile profile)
    {
        var counts = default(LanguageCounts);
        var evidence = new LanguageEvidence.Builder();
        void Add(TextReading reading)
        {
            counts += reading.Counts;
            evidence.Add(reading.Evidence);
        }

        if (model.Segments.GetValueOrDefault(profile.SegmentName) is { } segment)
        {
            Add(model.Readings.Of(segment.Description ?? string.Empty));
            foreach (var alias in segment.Syntax.Aliases)
            {
                Add(model.Readings.Of(alias.Value));
            }
        }

        foreach (var entry in profile.Entries)
        {
            Add(entry.Reading);
        }

        foreach (var entry in model.ValueMapOf(profile.SegmentName)?.Entries ?? [])
        {
            Add(entry.Reading);
        }

        return FileLanguage.Decide(counts, evidence.ToEvidence());
    }

    /// <summary>The language counts of entries' texts, taken together.</summary>
    public static LanguageCounts Sum(IEnumerable<Entry> entries)
    {
        var counts = default(LanguageCounts);
        foreach (var entry in entries)
        {
            counts += entry.Reading.Counts;
        }

        return counts;
    }

    /// <summary>Relevance word at the rank of a level (1 essential … 4 nice).</summary>
    public static string RelevanceWord(int level) => CanvasLang.Syntax.LanguageTable.Attribute("relevance")!.Words[Math.Clamp(level, 1, 4) - 1];

    public static string KindName(CanvasArea area) => area switch { CanvasArea.Jobs => "job", CanvasArea.Pains => "pain", _ => "gain" };
}

/// <summary>A profile's entries, read: in written order, each with whether it counts as English in this profile.</summary>
internal sealed class ProfileFacts : IReadOnlyList<EntryReading>
{
    private readonly EntryReading[] readings;

    public ProfileFacts(Model.Profile profile, bool englishContext, NaturalLanguage language)
    {
        IsEnglishContext = englishContext;
        Language = language;
        readings = new EntryReading[profile.Entries.Length];
        for (var i = 0; i < readings.Length; i++)
        {
            readings[i] = ProfileReading.Read(profile.Entries[i], englishContext, language);
        }
    }

    public bool IsEnglishContext { get; }

    /// <summary>The language of the canvas around the profile, when its texts taken together decide one.</summary>
    public NaturalLanguage Language { get; }

    public int Count => readings.Length;

    public EntryReading this[int index] => readings[index];

    public IEnumerator<EntryReading> GetEnumerator() => ((IEnumerable<EntryReading>)readings).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => readings.GetEnumerator();
}
