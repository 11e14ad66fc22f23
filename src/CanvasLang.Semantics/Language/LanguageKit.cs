using System.Collections.Concurrent;
using System.Collections.Frozen;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Tartarus.Snowball;
using Snowball = Lucene.Net.Tartarus.Snowball.Ext;

namespace CanvasLang.Semantics.Language;

/// <summary>
/// What the rules need to read one language: its function words (Lucene's stop word set for it), its
/// Snowball stemmer, and its lexicons (Language/Lexicons/&lt;code&gt;/&lt;name&gt;.txt, embedded, each headed by
/// its sources), stemmed with the language's own stemmer so that "claros" meets "claro". Thread-safe:
/// the stemmers keep state, so each thread has its own.
/// </summary>
public sealed class LanguageKit
{
    // One kit per read language, made on first use (loading a stemmer and lexicons costs milliseconds).
    private static readonly FrozenDictionary<NaturalLanguage, Lazy<LanguageKit>> Kits =
        NaturalLanguages.Read.ToFrozenDictionary(l => l, l => new Lazy<LanguageKit>(() => Create(l)));

    private readonly ThreadLocal<SnowballProgram> stemmer;
    private readonly ConcurrentDictionary<string, LexiconSet> lexicons = new(StringComparer.Ordinal);

    private LanguageKit(NaturalLanguage language, IEnumerable<string> functionWords, Func<SnowballProgram> createStemmer)
    {
        Language = language;
        FunctionWords = functionWords.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        stemmer = new ThreadLocal<SnowballProgram>(createStemmer);
    }

    public NaturalLanguage Language { get; }

    /// <summary>Articles, pronouns, prepositions, conjunctions and auxiliaries: words that carry no content.</summary>
    public FrozenSet<string> FunctionWords { get; }

    /// <summary>The kit of a read language (<see cref="NaturalLanguages.Read"/>).</summary>
    public static LanguageKit For(NaturalLanguage language) => Kits.TryGetValue(language, out var kit) ? kit.Value : Create(language);

    /// <summary>The Snowball stem of a lower-case word.</summary>
    public string Stem(string word)
    {
        var s = stemmer.Value!;
        s.SetCurrent(word);
        s.Stem();
        return s.Current;
    }

    /// <summary>Whether a word carries content in this language: a number, or a word that is not a function word.</summary>
    public bool IsContent(Word w) => w.IsNumeric || (!w.Elided && !FunctionWords.Contains(w.Text));

    /// <summary>A lexicon of this language (Lexicons/&lt;code&gt;/&lt;name&gt;.txt); empty where the language has none.</summary>
    public LexiconSet Lexicon(string name) => lexicons.GetOrAdd(name, n => LexiconSet.Load(this, n));

    private static LanguageKit Create(NaturalLanguage language) => language switch
    {
        // English function words: Lucene's short list and the project's longer one.
        NaturalLanguage.English => new(language, EnglishAnalyzer.DefaultStopSet.Concat(Semantics.Language.Lexicon.EnglishFunctionWords), () => new Snowball.EnglishStemmer()),
        NaturalLanguage.German => new(language, GermanAnalyzer.DefaultStopSet, () => new Snowball.German2Stemmer()),
        NaturalLanguage.French => new(language, FrenchAnalyzer.DefaultStopSet, () => new Snowball.FrenchStemmer()),
        NaturalLanguage.Spanish => new(language, SpanishAnalyzer.DefaultStopSet, () => new Snowball.SpanishStemmer()),
        NaturalLanguage.Portuguese => new(language, PortugueseAnalyzer.DefaultStopSet, () => new Snowball.PortugueseStemmer()),
        NaturalLanguage.Italian => new(language, ItalianAnalyzer.DefaultStopSet, () => new Snowball.ItalianStemmer()),
        NaturalLanguage.Dutch => new(language, DutchAnalyzer.DefaultStopSet, () => new Snowball.DutchStemmer()),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No kit for a language the rules do not read."),
    };
}

/// <summary>
/// One lexicon of one language: its words and phrases as written, and as stems for matching.
/// Lines are <c>word</c>, <c>a phrase</c>, or <c>section: word</c> (see <see cref="Section"/>).
/// </summary>
public sealed class LexiconSet
{
    private readonly Dictionary<string, FrozenSet<string>> sections;

    private LexiconSet(Dictionary<string, FrozenSet<string>> sections) => this.sections = sections;

    /// <summary>The stems of the lexicon's unsectioned single words.</summary>
    public FrozenSet<string> Stems => Section(string.Empty);

    /// <summary>The stems of the words of one section (<c>time: morgen</c>); phrases keep their stems joined by spaces.</summary>
    public FrozenSet<string> Section(string name) => sections.GetValueOrDefault(name) ?? FrozenSet<string>.Empty;

    /// <summary>A lexicon's lines as written (lower-cased, comments and blank lines dropped): for lists the reader stems itself.</summary>
    public static IReadOnlyList<string> Lines(NaturalLanguage language, string name)
    {
        var lines = new List<string>();
        using var stream = typeof(LexiconSet).Assembly.GetManifestResourceStream($"CanvasLang.Lexicons.{language.Code()}.{name}.txt");
        if (stream is null)
        {
            return lines;
        }

        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim().ToLowerInvariant();
            if (content.Length > 0)
            {
                lines.Add(content);
            }
        }

        return lines;
    }

    internal static LexiconSet Load(LanguageKit kit, string name)
    {
        var words = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var content in Lines(kit.Language, name))
        {
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            var section = colon > 0 ? content[..colon].Trim() : string.Empty;
            var value = colon > 0 ? content[(colon + 1)..].Trim() : content;
            var stems = string.Join(' ', Tokenizer.Tokenize(value).Select(w => kit.Stem(w.Text)));
            if (stems.Length > 0)
            {
                (words.TryGetValue(section, out var set) ? set : words[section] = new HashSet<string>(StringComparer.Ordinal)).Add(stems);
            }
        }

        return new LexiconSet(words.ToDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    /// <summary>Every lexicon file embedded, as (language code, name).</summary>
    public static IEnumerable<(string Code, string Name)> Embedded() =>
        typeof(LexiconSet).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("CanvasLang.Lexicons.", StringComparison.Ordinal))
            .Select(n => n["CanvasLang.Lexicons.".Length..^".txt".Length].Split('.', 2))
            .Select(p => (p[0], p[1]));
}
