using System.Collections.Frozen;
using System.Collections.Immutable;
using CanvasLang.Semantics.Language;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// A lexicon of word classes and cue patterns in one language (Lexicons/&lt;code&gt;/&lt;name&gt;.txt), as
/// CV622's interview.txt introduced them: a line is <c>section: entry</c>; the sections the reader names
/// as pattern sections hold patterns, every other section is a word class, one word a line (a plain word
/// matches any word with the same Snowball stem, <c>=form</c> only that form). In a pattern, words are
/// separated by spaces: a plain word or <c>=form</c>, <c>{class}</c> (a word of the class), <c>!</c>
/// before either (the next word is not that; as the first element, the word before is not), <c>…</c>
/// (up to 4 words of the same clause) or <c>…N</c> (up to N). A pattern never reaches over a clause end.
/// </summary>
internal sealed class CueLexicon
{
    private static readonly WordTest Empty = new(FrozenSet<string>.Empty, FrozenSet<string>.Empty);

    private readonly FrozenDictionary<string, WordTest> classes;

    private CueLexicon(LanguageKit kit, FrozenDictionary<string, WordTest> classes, ImmutableArray<CuePattern> patterns)
    {
        Kit = kit;
        this.classes = classes;
        Patterns = patterns;
    }

    public LanguageKit Kit { get; }

    /// <summary>Every pattern, in written order, each with the section it was written in.</summary>
    public ImmutableArray<CuePattern> Patterns { get; }

    /// <summary>A word class; empty when the lexicon has none of that name.</summary>
    public WordTest Class(string name) => classes.GetValueOrDefault(name, Empty);

    /// <summary>The patterns of one section.</summary>
    public IEnumerable<CuePattern> Section(string name) => Patterns.Where(p => p.Section == name);

    /// <summary>The words of a text as patterns read them, in this lexicon's language.</summary>
    public CueText Read(ImmutableArray<Word> words) => new(words, Kit);

    /// <summary>Loads Lexicons/&lt;code&gt;/<paramref name="name"/>.txt of a read language; empty when the language has none.</summary>
    public static CueLexicon Load(NaturalLanguage language, string name, IReadOnlySet<string> patternSections)
    {
        var kit = LanguageKit.For(language);
        var lines = LexiconSet.Lines(language, name)
            .Select(l => l.Split(':', 2, StringSplitOptions.TrimEntries))
            .Select(p => p.Length == 2 ? (Section: p[0], Value: p[1]) : throw Invalid(language, name, $"'{p[0]}' has no section"))
            .ToList();
        var classes = lines.Where(l => !patternSections.Contains(l.Section))
            .GroupBy(l => l.Section, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => Test(kit, g.Select(l => l.Value)), StringComparer.Ordinal);
        var patterns = lines.Where(l => patternSections.Contains(l.Section))
            .Select(l => new CuePattern(l.Section, Parse(kit, classes, l.Value, language, name)))
            .ToImmutableArray();
        return new CueLexicon(kit, classes, patterns);
    }

    /// <summary>One pattern line: words (stem), <c>=form</c> (exact), <c>{class}</c>, <c>*</c> (any word), <c>!</c> before any of them (not), <c>…</c> or <c>…N</c> (a gap).</summary>
    private static ImmutableArray<CueElement> Parse(LanguageKit kit, FrozenDictionary<string, WordTest> classes, string pattern, NaturalLanguage language, string name)
    {
        var elements = ImmutableArray.CreateBuilder<CueElement>();
        foreach (var token in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.StartsWith('…'))
            {
                elements.Add(new CueElement(CueElementKind.Gap, null, token.Length == 1 ? CuePattern.DefaultGap : int.Parse(token[1..], System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            if (token == "*")
            {
                elements.Add(new CueElement(CueElementKind.Word, WordTest.Any));
                continue;
            }

            var negated = token.StartsWith('!');
            var word = negated ? token[1..] : token;
            var test = word.StartsWith('{') && word.EndsWith('}')
                ? classes.GetValueOrDefault(word[1..^1]) ?? throw Invalid(language, name, $"pattern '{pattern}' names no class '{word}'")
                : Test(kit, [word]);
            elements.Add(new CueElement(negated ? CueElementKind.Not : CueElementKind.Word, test));
        }

        if (elements.Count == 0 || elements[0].Kind == CueElementKind.Gap || elements[^1].Kind == CueElementKind.Gap)
        {
            throw Invalid(language, name, $"pattern '{pattern}' must start and end with a word");
        }

        return elements.ToImmutable();
    }

    /// <summary>A word class: stems of its plain words, and its <c>=forms</c> as written.</summary>
    private static WordTest Test(LanguageKit kit, IEnumerable<string> entries)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries.Select(CuePattern.Plain))
        {
            // A list word must be one word as the tokenizer reads texts: "d'habitude" is "de habitude" there.
            var word = entry.TrimStart('=');
            if (Tokenizer.Tokenize(word) is not [{ Elided: false } single] || single.Text != word)
            {
                throw new InvalidDataException($"'{entry}' is not one word as texts are read; write a phrase as a pattern, word by word");
            }

            if (entry.StartsWith('='))
            {
                forms.Add(entry[1..]);
            }
            else
            {
                stems.Add(kit.Stem(entry));
            }
        }

        return new WordTest(stems.ToFrozenSet(StringComparer.Ordinal), forms.ToFrozenSet(StringComparer.Ordinal));
    }

    private static InvalidDataException Invalid(NaturalLanguage language, string name, string problem) =>
        new($"Lexicons/{language.Code()}/{name}.txt: {problem}");
}
