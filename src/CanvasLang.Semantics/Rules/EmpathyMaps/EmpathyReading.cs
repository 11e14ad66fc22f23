using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// What the empathy map rules read of a map: where a finding points, how a message names the map,
/// the language of one of its texts, and the words of Lexicons/&lt;code&gt;/empathy.txt.
/// </summary>
internal static class EmpathyReading
{
    private const string LexiconName = "empathy";

    /// <summary>The map's name, or its keyword when a syntax error left it nameless.</summary>
    public static TextSpan Anchor(EmpathyMap map) => map.Syntax.Name?.Span ?? map.Syntax.Keyword.Span;

    /// <summary>"empathy map `maria_morning`", as messages name it.</summary>
    public static string Title(EmpathyMap map) => map.Syntax.Name is { } name ? $"empathy map `{name.Text}`" : "this empathy map";

    /// <summary>The language of one of the map's texts where it stands in the file; null when the rules cannot read it.</summary>
    public static NaturalLanguage? LanguageOf(SemanticModel model, string text)
    {
        var language = FileLanguage.Of(model, text);
        return language.IsRead() ? language : null;
    }

    /// <summary>Whether a word belongs to a section of the language's empathy lexicon: by its stem, a contraction by its part before the apostrophe.</summary>
    public static bool Is(LanguageKit kit, Word word, string section)
    {
        var words = kit.Lexicon(LexiconName).Section(section);
        var text = word.Text;
        var apostrophe = text.IndexOfAny(['\'', '’']);
        return words.Contains(kit.Stem(text)) || words.Contains(text) || (apostrophe > 0 && words.Contains(kit.Stem(text[..apostrophe])));
    }

    /// <summary>The first word that carries content (not an article or a particle), or null.</summary>
    public static Word? FirstContentWord(LanguageKit kit, IReadOnlyList<Word> words) =>
        words.Where(w => !w.IsNumeric && !w.Elided).Select(w => (Word?)w).FirstOrDefault(w => kit.IsContent(w!.Value) || Is(kit, w!.Value, "inner"));
}
