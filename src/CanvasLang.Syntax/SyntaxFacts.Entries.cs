using CanvasLang.Syntax.Tree;

namespace CanvasLang.Syntax;

/// <summary>
/// What the grammar lets each entry, card field and purpose hold, as views of <see cref="LanguageTable"/>
/// for the export's importer and its JSON schema (checked by a meta-test).
/// </summary>
public static partial class SyntaxFacts
{
    public static readonly string[] ProfileEntryKeywords = [.. LanguageTable.EntriesOf(BlockKind.Profile).Select(e => e.Keyword)];
    public static readonly string[] ValueMapEntryKeywords = [.. LanguageTable.EntriesOf(BlockKind.ValueMap).Select(e => e.Keyword)];
    /// <summary>strength, weakness, opportunity, threat, action: the items of a SWOT analysis.</summary>
    public static readonly string[] SwotItemKeywords = [.. LanguageTable.EntriesOf(BlockKind.Swot).Select(e => e.Keyword)];
    /// <summary>metric: the item of a metrics block.</summary>
    public static readonly string[] MetricItemKeywords = [.. LanguageTable.EntriesOf(BlockKind.Metrics).Select(e => e.Keyword)];
    public static readonly string[] PurposeLevels = [.. LanguageTable.Declarations.Single(d => d.Keyword == "purpose").Connectives];
    /// <summary>serves, relieves, creates: the links from value-map entries to profile entries.</summary>
    public static readonly string[] ReferenceKeywords = [.. LanguageTable.EntriesOf(BlockKind.ValueMap).Select(e => e.ReferenceAttribute!.Keyword).Distinct()];

    public static EntryKind? EntryKindOf(string keyword) => LanguageTable.Entry(keyword)?.Kind;

    /// <summary>The text of a quoted value token (a metric's `target "…"`): quotes dropped, escapes resolved.</summary>
    public static string Unquote(string raw) => Parsing.CanvasParserFacade.Unescape(raw);

    /// <summary>The words that may stand before an entry's keyword (none for relievers and creators).</summary>
    public static IReadOnlyList<string> QualifiersOf(EntryKind kind) => LanguageTable.Entry(kind).Qualifiers;

    /// <summary>The attributes an entry of a kind takes, in the order the language documents them.</summary>
    public static IReadOnlyList<string> AttributesOf(EntryKind kind) => LanguageTable.Entry(kind).Attributes;

    public static bool TakesAttribute(EntryKind kind, string attribute) => LanguageTable.Entry(kind).Takes(attribute);

    /// <summary>What a field holds after its keyword (a field word means the same in every block of fields).</summary>
    public static FieldValue FieldValueOf(string field) =>
        LanguageTable.Field(field) switch
        {
            { Value: ValueKind.Date } => FieldValue.Date,
            { Value: ValueKind.Number } => FieldValue.Number,
            { IsLevel: true } => FieldValue.Level,
            { Value: ValueKind.Word } => FieldValue.Status,
            { Value: ValueKind.References } => FieldValue.Names,
            _ => FieldValue.Text,
        };
}

/// <summary>The kinds of value a card field holds: a string, a date (YYYY-MM-DD), a status word, a whole number or a level word.</summary>
public enum FieldValue
{
    Text,
    Date,
    Status,
    Number,
    Level,

    /// <summary>Names separated by commas (`tests a, b`, `basedon a`).</summary>
    Names,
}
