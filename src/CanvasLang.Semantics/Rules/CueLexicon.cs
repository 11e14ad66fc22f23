using System.Collections.Frozen;
using System.Collections.Immutable;
using CanvasLang.Semantics.Language;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// A lexicon of cue patterns in one language (Lexicons/&lt;code&gt;/&lt;name&gt;.txt): lines <c>section: entry</c>,
/// where the pattern sections a rule names hold patterns and every other section is a word class, one
/// word a line (a plain word matches any word with its Snowball stem, <c>=form</c> only that form). A
/// pattern is words separated by spaces: a plain word or <c>=form</c>, <c>{class}</c>, <c>*</c> (any one
/// word), <c>!</c> before any of them but <c>*</c> (the next word is not that; as the first element, the
/// word before is not), <c>…</c> (up to 4 words of the same clause) or <c>…N</c>. CV622 reads
/// interview.txt with it, CV651 swot.txt.
/// </summary>
internal sealed class CueLexicon
{
    private static readonly WordTest Nothing = new(FrozenSet<string>.Empty, FrozenSet<string>.Empty);

    private readonly FrozenDictionary<string, WordTest> classes;

    private CueLexicon(LanguageKit kit, FrozenDictionary<string, WordTest> classes, ImmutableArray<(string Section, CuePattern Pattern)> patterns)
    {
        Kit = kit;
        this.classes = classes;
        Patterns = patterns;
    }

    public LanguageKit Kit { get; }

    /// <summary>The patterns, each with the section it was written in, in file order.</summary>
    public ImmutableArray<(string Section, CuePattern Pattern)> Patterns { get; }

    /// <summary>A word class by its section's name (matching nothing when the lexicon has none).</summary>
    public WordTest Class(string name) => classes.GetValueOrDefault(name) ?? Nothing;

    /// <summary>Reads <paramref name="name"/>.txt of <paramref name="language"/>; throws on a line it cannot read, naming the file.</summary>
    public static CueLexicon Load(NaturalLanguage language, string name, IEnumerable<string> patternSections)
    {
        var sections = patternSections.ToFrozenSet(StringComparer.Ordinal);
        var kit = LanguageKit.For(language);
        var lines = LexiconSet.Lines(language, name)
            .Select(l => l.Split(':', 2, StringSplitOptions.TrimEntries))
            .Select(p => p.Length == 2 ? (Section: p[0], Value: p[1]) : throw Invalid(language, name, $"'{p[0]}' has no section"))
            .ToList();
        var classes = lines.Where(l => !sections.Contains(l.Section))
            .GroupBy(l => l.Section, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => Test(kit, g.Select(l => l.Value)), StringComparer.Ordinal);
        var patterns = lines.Where(l => sections.Contains(l.Section))
            .Select(l => (l.Section, new CuePattern(Parse(kit, classes, l.Value, language, name))))
            .ToImmutableArray();
        return new CueLexicon(kit, classes, patterns);
    }

    /// <summary>One pattern line: words (stem), <c>=form</c> (exact), <c>{class}</c>, <c>*</c> (any word), <c>!</c> before any of the first three (not), <c>…</c> or <c>…N</c> (a gap).</summary>
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
