using CanvasLang.Syntax.Tree;

namespace CanvasLang.Syntax;

/// <summary>
/// What the grammar lets each entry, card field and purpose hold: the one table the binder, completion,
/// the export's importer and its JSON schema (checked by a meta-test) all read.
/// </summary>
public static partial class SyntaxFacts
{
    public static readonly string[] ProfileEntryKeywords = ["job", "pain", "gain"];
    public static readonly string[] ValueMapEntryKeywords = ["product", "service", "reliever", "creator"];
    public static readonly string[] PurposeLevels = ["company", "brand", "customer"];
    public static readonly string[] ReferenceKeywords = ["serves", "relieves", "creates"];

    public static EntryKind? EntryKindOf(string keyword) => keyword switch
    {
        "job" => EntryKind.Job,
        "pain" => EntryKind.Pain,
        "gain" => EntryKind.Gain,
        "product" => EntryKind.Product,
        "service" => EntryKind.Service,
        "reliever" => EntryKind.Reliever,
        "creator" => EntryKind.Creator,
        _ => null,
    };

    /// <summary>The words that may stand before an entry's keyword (none for relievers and creators).</summary>
    public static IReadOnlyList<string> QualifiersOf(EntryKind kind) => kind switch
    {
        EntryKind.Job => JobKinds,
        EntryKind.Pain => PainKinds,
        EntryKind.Gain => GainLevels,
        EntryKind.Product or EntryKind.Service => OfferKinds,
        _ => [],
    };

    /// <summary>The attributes an entry of a kind takes, in the order the language documents them.</summary>
    public static IReadOnlyList<string> AttributesOf(EntryKind kind) => Attributes(kind);

    /// <summary>Asked for every attribute the binder reads: a scan of a few words, no allocation.</summary>
    public static bool TakesAttribute(EntryKind kind, string attribute)
    {
        foreach (var a in Attributes(kind))
        {
            if (string.Equals(a, attribute, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Attributes(EntryKind kind) => kind switch
    {
        EntryKind.Job => JobAttributes,
        EntryKind.Pain => PainAttributes,
        EntryKind.Gain => GainAttributes,
        EntryKind.Product or EntryKind.Service => OfferAttributes,
        EntryKind.Reliever => RelieverAttributes,
        _ => CreatorAttributes,
    };

    /// <summary>What a card field holds after its keyword (the grammar's <c>testField</c> and <c>learningField</c>).</summary>
    public static FieldValue FieldValueOf(string field) => field switch
    {
        "due" or "date" => FieldValue.Date,
        "status" => FieldValue.Status,
        "priority" => FieldValue.Number,
        "reliability" => FieldValue.Level,
        _ => FieldValue.Text,
    };

    private static readonly string[] JobAttributes = ["importance", "as", "rank"];
    private static readonly string[] PainAttributes = ["severity", "rank"];
    private static readonly string[] GainAttributes = ["relevance", "rank"];
    private static readonly string[] OfferAttributes = ["serves", "relevance", "rank"];
    private static readonly string[] RelieverAttributes = ["relieves", "relevance", "rank"];
    private static readonly string[] CreatorAttributes = ["creates", "relevance", "rank"];
}

/// <summary>The kinds of value a card field holds: a string, a date (YYYY-MM-DD), a status word, a whole number or a level word.</summary>
public enum FieldValue
{
    Text,
    Date,
    Status,
    Number,
    Level,
}
