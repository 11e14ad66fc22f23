using System.Collections.Frozen;
using System.Text.RegularExpressions;
using CanvasLang.Syntax.Generated;

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

    public static readonly string[] DeclarationKeywords =
        ["title", "import", "segment", "profile", "valuemap", "statement", "test", "learning", "purpose", "businessmodel"];

    public static readonly string[] JobKinds = ["functional", "social", "emotional", "personal"];
    public static readonly string[] PainKinds = ["undesired", "obstacle", "risk"];
    public static readonly string[] GainLevels = ["required", "expected", "desired", "unexpected"];
    public static readonly string[] OfferKinds = ["physical", "digital", "intangible", "financial"];
    public static readonly string[] Roles = ["buyer", "cocreator", "transferrer"];
    public static readonly string[] Statuses = ["planned", "running", "validated", "invalidated", "inconclusive"];
    public static readonly string[] TestFields = ["hypothesis", "experiment", "metric", "criteria", "owner", "due", "status", "priority", "cost", "reliability"];
    public static readonly string[] LearningFields = ["observation", "insight", "decision", "owner", "date"];
    public static readonly string[] BusinessModelBlocks = ["segments", "propositions", "channels", "relationships", "revenue", "resources", "activities", "partners", "costs"];

    public static bool IsIdentifier(string text) => IdentifierPattern().IsMatch(text);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex IdentifierPattern();
}
