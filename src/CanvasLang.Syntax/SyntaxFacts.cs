using System.Collections.Frozen;
using System.Text.RegularExpressions;
using CanvasLang.Syntax.Generated;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Syntax;

/// <summary>Facts about the language's words, shared by every layer (completion, formatting, hover).</summary>
public static partial class SyntaxFacts
{
    /// <summary>Every keyword of the language, from the generated lexer's vocabulary.</summary>
    public static readonly FrozenSet<string> Keywords = Enumerable.Range(1, CanvasLexer.STRAY)
        .Select(t => CanvasLexer.DefaultVocabulary.GetLiteralName(t))
        .Where(n => n is not null && char.IsLetter(n[1]))
        .Select(n => n!.Trim('\''))
        .ToFrozenSet(StringComparer.Ordinal);

    // The lists below are views of LanguageTable, kept for the features that want plain arrays.
    public static readonly string[] DeclarationKeywords = [.. LanguageTable.Declarations.Select(d => d.Keyword)];

    public static readonly string[] JobKinds = [.. LanguageTable.Entry(EntryKind.Job).Qualifiers];
    public static readonly string[] PainKinds = [.. LanguageTable.Entry(EntryKind.Pain).Qualifiers];
    public static readonly string[] GainLevels = [.. LanguageTable.Entry(EntryKind.Gain).Qualifiers];
    public static readonly string[] OfferKinds = [.. LanguageTable.Entry(EntryKind.Product).Qualifiers];
    public static readonly string[] Roles = [.. LanguageTable.Attribute("as")!.Words];
    public static readonly string[] Statuses = [.. LanguageTable.TestFields.First(f => f.Keyword == "status").Words];
    public static readonly string[] TestFields = [.. LanguageTable.TestFields.Select(f => f.Keyword)];
    public static readonly string[] LearningFields = [.. LanguageTable.LearningFields.Select(f => f.Keyword)];
    public static readonly string[] PersonaFields = [.. LanguageTable.PersonaFields.Select(f => f.Keyword)];
    public static readonly string[] InterviewFields = [.. LanguageTable.InterviewFields.Select(f => f.Keyword)];
    public static readonly string[] BusinessModelBlocks = [.. LanguageTable.BusinessModelBlocks.Select(f => f.Keyword)];

    public static bool IsIdentifier(string text) => IdentifierPattern().IsMatch(text);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex IdentifierPattern();
}
