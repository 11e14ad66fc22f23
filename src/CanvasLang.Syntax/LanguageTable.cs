using System.Collections.Frozen;
using System.Collections.Immutable;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Syntax;

/// <summary>What follows an attribute's or a field's keyword.</summary>
public enum ValueKind
{
    /// <summary>One quoted text.</summary>
    Text,

    /// <summary>Quoted texts separated by commas.</summary>
    Texts,

    /// <summary>A date, YYYY-MM-DD.</summary>
    Date,

    /// <summary>A whole number.</summary>
    Number,

    /// <summary>One of the attribute's <see cref="AttributeSpec.Words"/> (or, for a level, any level word of the same rank).</summary>
    Word,

    /// <summary>Names separated by commas, each referring to a declaration or an entry of <see cref="AttributeSpec.Targets"/>.</summary>
    References,

    /// <summary>One of the field's <see cref="AttributeSpec.Words"/>, then one quoted text (`heard pain "…"`).</summary>
    WordAndText,
}

/// <summary>A block that holds entries or fields between braces.</summary>
public enum BlockKind
{
    Profile,
    ValueMap,
    Test,
    Learning,
    BusinessModel,
    Persona,
    Interview,
    Assumption,
    Positioning,
    EmpathyMap,
    Fit,
    Swot,
    Metrics,
}

/// <summary>An attribute of an entry, or a field of a test, a learning or a business model.</summary>
/// <param name="Targets">For references: the entry kinds referred to; empty when they name declarations (segments, statements).</param>
/// <param name="Area">For references: the words a reference names ("jobs", "segments"), as messages and completion say them.</param>
/// <param name="Repeats">A field written once per item (a persona's goals): completion keeps offering it, the binder accepts it twice.</param>
public sealed record AttributeSpec(string Keyword, ValueKind Value, ImmutableArray<string> Words, ImmutableArray<EntryKind> Targets, string? Area = null, bool Repeats = false)
{
    public bool IsReference => Value == ValueKind.References;

    /// <summary>A reference to entries (serves, relieves, creates name profile entries; pairs names SWOT items), as opposed to declarations (heard, basedon, segments).</summary>
    public bool IsEntryLink => IsReference && Targets.Length > 0;

    public bool IsLevel => Value == ValueKind.Word && LanguageTable.LevelAttributes.Contains(Keyword);
}

/// <summary>An entry kind: its keyword, the block it lives in, the qualifier words written before it and the attributes it takes.</summary>
public sealed record EntrySpec(EntryKind Kind, string Keyword, BlockKind Block, ImmutableArray<string> Qualifiers, ImmutableArray<string> Attributes)
{
    /// <summary>The attribute that links this entry to other entries (`serves`, `relieves`, `creates`; an action's `pairs`), if any.</summary>
    public AttributeSpec? ReferenceAttribute => LanguageTable.ReferenceAttributeOf(Kind);

    public bool Takes(string attribute) => Attributes.Contains(attribute);
}

/// <summary>A top-level declaration: its keyword, whether a name follows it, its block if it has one, and the words that join its parts.</summary>
public sealed record DeclarationSpec(string Keyword, bool Named, BlockKind? Block, ImmutableArray<string> Connectives);

/// <summary>
/// The language's words in one place (LANGUAGE.md's grammar): declarations, entry kinds with their
/// qualifiers and attributes, attribute values, and the fields of tests, learnings and business models.
/// The binder, completion, formatting, error wording and the editors' grammars read it; a test keeps it
/// equal to the generated lexer's keywords, so a word added to the grammar and not here (or the other
/// way round) fails the build's tests.
/// </summary>
public static class LanguageTable
{
    public static readonly ImmutableArray<DeclarationSpec> Declarations =
    [
        new("title", false, null, []),
        new("import", false, null, []),
        new("segment", true, null, ["aka"]),
        new("profile", true, BlockKind.Profile, []),
        new("valuemap", true, BlockKind.ValueMap, []),
        new("statement", true, null, []),
        new("test", true, BlockKind.Test, ["for"]),
        new("learning", true, BlockKind.Learning, ["from"]),
        new("purpose", false, null, ["company", "brand", "customer"]),
        new("businessmodel", true, BlockKind.BusinessModel, []),
        new("persona", true, BlockKind.Persona, ["for"]),
        new("interview", true, BlockKind.Interview, ["for"]),
        new("assumption", true, BlockKind.Assumption, ["for"]),
        new("positioning", true, BlockKind.Positioning, ["for"]),
        new("empathymap", true, BlockKind.EmpathyMap, ["for"]),
        new("fit", true, BlockKind.Fit, []),
        new("swot", true, BlockKind.Swot, ["for"]),
        new("metrics", true, BlockKind.Metrics, ["for"]),
    ];

    public static readonly ImmutableArray<EntrySpec> Entries =
    [
        new(EntryKind.Job, "job", BlockKind.Profile, ["functional", "social", "emotional", "personal"], ["importance", "as", "rank", "heard"]),
        new(EntryKind.Pain, "pain", BlockKind.Profile, ["undesired", "obstacle", "risk"], ["severity", "rank", "heard"]),
        new(EntryKind.Gain, "gain", BlockKind.Profile, ["required", "expected", "desired", "unexpected"], ["relevance", "rank", "heard"]),
        new(EntryKind.Product, "product", BlockKind.ValueMap, OfferKinds, ["serves", "relevance", "rank"]),
        new(EntryKind.Service, "service", BlockKind.ValueMap, OfferKinds, ["serves", "relevance", "rank"]),
        new(EntryKind.Reliever, "reliever", BlockKind.ValueMap, [], ["relieves", "relevance", "rank"]),
        new(EntryKind.Creator, "creator", BlockKind.ValueMap, [], ["creates", "relevance", "rank"]),
        new(EntryKind.Strength, "strength", BlockKind.Swot, [], ["priority"]),
        new(EntryKind.Weakness, "weakness", BlockKind.Swot, [], ["priority"]),
        new(EntryKind.Opportunity, "opportunity", BlockKind.Swot, [], ["priority"]),
        new(EntryKind.Threat, "threat", BlockKind.Swot, [], ["priority"]),
        new(EntryKind.Action, "action", BlockKind.Swot, [], ["pairs", "priority"]),
        new(EntryKind.Metric, "metric", BlockKind.Metrics, [], ["target", "every", "tracks"]),
    ];

    /// <summary>The attributes of entries, SWOT items and metrics. Levels list their own words strongest first (LANGUAGE.md's rank table).</summary>
    public static readonly ImmutableArray<AttributeSpec> EntryAttributes =
    [
        new("importance", ValueKind.Word, ["critical", "high", "medium", "low"], []),
        new("severity", ValueKind.Word, ["extreme", "high", "moderate", "low"], []),
        new("relevance", ValueKind.Word, ["essential", "high", "medium", "nice"], []),
        new("as", ValueKind.Word, ["buyer", "cocreator", "transferrer"], []),
        new("rank", ValueKind.Number, [], []),
        new("serves", ValueKind.References, [], [EntryKind.Job], "jobs"),
        new("relieves", ValueKind.References, [], [EntryKind.Pain], "pains"),
        new("creates", ValueKind.References, [], [EntryKind.Gain], "gains"),
        new("heard", ValueKind.References, [], [], "interviews"),
        new("priority", ValueKind.Number, [], []),
        new("pairs", ValueKind.References, [], [EntryKind.Strength, EntryKind.Weakness, EntryKind.Opportunity, EntryKind.Threat], "strengths, weaknesses, opportunities or threats"),
        new("target", ValueKind.Text, [], []),
        new("every", ValueKind.Word, ["day", "week", "month", "quarter", "year"], []),
        new("tracks", ValueKind.References, [], [], "positioning statements, tests, segments or assumptions"),
    ];

    public static readonly ImmutableArray<AttributeSpec> TestFields =
    [
        new("hypothesis", ValueKind.Text, [], []),
        new("experiment", ValueKind.Text, [], []),
        new("metric", ValueKind.Text, [], []),
        new("criteria", ValueKind.Text, [], []),
        new("owner", ValueKind.Text, [], []),
        new("due", ValueKind.Date, [], []),
        new("status", ValueKind.Word, ["planned", "running", "validated", "invalidated", "inconclusive"], []),
        new("priority", ValueKind.Number, [], []),
        new("cost", ValueKind.Text, [], []),
        new("reliability", ValueKind.Word, ["high", "medium", "low"], []),
        new("tests", ValueKind.References, [], [], "assumptions", Repeats: true),
    ];

    public static readonly ImmutableArray<AttributeSpec> LearningFields =
    [
        new("observation", ValueKind.Text, [], []),
        new("insight", ValueKind.Text, [], []),
        new("decision", ValueKind.Text, [], []),
        new("owner", ValueKind.Text, [], []),
        new("date", ValueKind.Date, [], []),
        new("next", ValueKind.Word, ["persevere", "pivot", "kill", "retest"], []),
    ];

    /// <summary>The fields of an assumption (1.1): the kind of risk, the belief, how much rides on it (a level), how much is known.</summary>
    public static readonly ImmutableArray<AttributeSpec> AssumptionFields =
    [
        new("type", ValueKind.Word, ["desirability", "feasibility", "viability"], []),
        new("belief", ValueKind.Text, [], []),
        new("importance", ValueKind.Word, ["critical", "high", "medium", "low"], []),
        new("evidence", ValueKind.Word, ["none", "weak", "some", "strong"], []),
    ];

    /// <summary>The fields of a positioning statement (1.1), in the order its sentence reads; each given once.</summary>
    public static readonly ImmutableArray<AttributeSpec> PositioningFields =
    [
        new("need", ValueKind.Text, [], []),
        new("offer", ValueKind.Text, [], []),
        new("category", ValueKind.Text, [], []),
        new("benefit", ValueKind.Text, [], []),
        new("alternative", ValueKind.Text, [], []),
        new("differentiator", ValueKind.Text, [], []),
        new("proof", ValueKind.Text, [], []),
    ];

    /// <summary>
    /// The sections of an empathy map (1.1), in Gray's order: the goal once; the outside (see, say, do,
    /// hear) and the inside (think, feel, pains, gains) one item per line, repeated.
    /// </summary>
    public static readonly ImmutableArray<AttributeSpec> EmpathyMapFields =
    [
        new("goal", ValueKind.Text, [], []),
        new("see", ValueKind.Text, [], [], Repeats: true),
        new("say", ValueKind.Text, [], [], Repeats: true),
        new("do", ValueKind.Text, [], [], Repeats: true),
        new("hear", ValueKind.Text, [], [], Repeats: true),
        new("think", ValueKind.Text, [], [], Repeats: true),
        new("feel", ValueKind.Text, [], [], Repeats: true),
        new("pains", ValueKind.Text, [], [], Repeats: true),
        new("gains", ValueKind.Text, [], [], Repeats: true),
    ];

    /// <summary>The fields of a segment's fit stage (1.1): the stage claimed, once, and the evidence it rests on.</summary>
    public static readonly ImmutableArray<AttributeSpec> FitFields =
    [
        new("stage", ValueKind.Word, ["problem-solution", "product-market", "business-model"], []),
        new("basedon", ValueKind.References, [], [], "tests, learnings or interviews", Repeats: true),
    ];

    /// <summary>The nine blocks of the Business Model Canvas, in its order.</summary>
    public static readonly ImmutableArray<AttributeSpec> BusinessModelBlocks =
    [
        new("segments", ValueKind.References, [], [], "segments"),
        new("propositions", ValueKind.References, [], [], "statements"),
        new("channels", ValueKind.Texts, [], []),
        new("relationships", ValueKind.Texts, [], []),
        new("revenue", ValueKind.Texts, [], []),
        new("resources", ValueKind.Texts, [], []),
        new("activities", ValueKind.Texts, [], []),
        new("partners", ValueKind.Texts, [], []),
        new("costs", ValueKind.Texts, [], []),
    ];

    /// <summary>The fields of a persona (1.1); every text field may be repeated, one item each.</summary>
    public static readonly ImmutableArray<AttributeSpec> PersonaFields =
    [
        new("goal", ValueKind.Text, [], [], Repeats: true),
        new("frustration", ValueKind.Text, [], [], Repeats: true),
        new("behaviour", ValueKind.Text, [], [], Repeats: true),
        new("quote", ValueKind.Text, [], [], Repeats: true),
        new("trait", ValueKind.Text, [], [], Repeats: true),
        new("basedon", ValueKind.References, [], [], "interviews or tests", Repeats: true),
    ];

    /// <summary>The fields of an interview (1.1): who and when once; what was heard, quotes and notes once per item.</summary>
    public static readonly ImmutableArray<AttributeSpec> InterviewFields =
    [
        new("who", ValueKind.Text, [], []),
        new("date", ValueKind.Date, [], []),
        new("heard", ValueKind.WordAndText, ["job", "pain", "gain"], [], Repeats: true),
        new("quote", ValueKind.Text, [], [], Repeats: true),
        new("note", ValueKind.Text, [], [], Repeats: true),
    ];

    /// <summary>Attributes whose value is a level word, read as a rank (LANGUAGE.md's LEVEL).</summary>
    public static readonly FrozenSet<string> LevelAttributes = FrozenSet.ToFrozenSet(["importance", "severity", "relevance", "reliability"], StringComparer.Ordinal);

    /// <summary>Every level word with its rank, 1 (strongest) to 4.</summary>
    public static readonly FrozenDictionary<string, int> LevelRanks = EntryAttributes
        .Where(a => LevelAttributes.Contains(a.Keyword))
        .SelectMany(a => a.Words.Select((word, i) => (word, rank: i + 1)))
        .DistinctBy(p => p.word)
        .ToFrozenDictionary(p => p.word, p => p.rank, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, EntrySpec> EntriesByKeyword = Entries.ToFrozenDictionary(e => e.Keyword, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, AttributeSpec> EntryAttributesByKeyword = EntryAttributes.ToFrozenDictionary(a => a.Keyword, StringComparer.Ordinal);

    private static ImmutableArray<string> OfferKinds => ["physical", "digital", "intangible", "financial"];

    // The binder asks for every entry it meets: looked up, not searched.
    private static readonly FrozenDictionary<EntryKind, EntrySpec> EntriesByKind = Entries.ToFrozenDictionary(e => e.Kind);

    private static readonly FrozenDictionary<EntryKind, AttributeSpec?> ReferenceAttributes =
        Entries.ToFrozenDictionary(e => e.Kind, e => e.Attributes.Select(Attribute).FirstOrDefault(a => a!.IsEntryLink));

    public static EntrySpec Entry(EntryKind kind) => EntriesByKind[kind];

    /// <summary>The attribute that links entries of this kind to other entries, if any.</summary>
    public static AttributeSpec? ReferenceAttributeOf(EntryKind kind) => ReferenceAttributes[kind];

    public static EntrySpec? Entry(string keyword) => EntriesByKeyword.GetValueOrDefault(keyword);

    /// <summary>An entry attribute by keyword, or null.</summary>
    public static AttributeSpec? Attribute(string keyword) => EntryAttributesByKeyword.GetValueOrDefault(keyword);

    /// <summary>The fields of a block of fields (test, learning, business model); empty for blocks of entries (profiles, value maps, SWOT analyses, metrics).</summary>
    // No default arm: a new kind of block is a compile error here (CS8509) until its fields are listed.
    // Only casts of numbers that name no kind are left unchecked (CS8524).
#pragma warning disable CS8524
    public static ImmutableArray<AttributeSpec> Fields(BlockKind block) => block switch
    {
        BlockKind.Test => TestFields,
        BlockKind.Learning => LearningFields,
        BlockKind.BusinessModel => BusinessModelBlocks,
        BlockKind.Persona => PersonaFields,
        BlockKind.Interview => InterviewFields,
        BlockKind.Assumption => AssumptionFields,
        BlockKind.Positioning => PositioningFields,
        BlockKind.EmpathyMap => EmpathyMapFields,
        BlockKind.Fit => FitFields,
        BlockKind.Profile or BlockKind.ValueMap or BlockKind.Swot or BlockKind.Metrics => [],
    };
#pragma warning restore CS8524

    /// <summary>The declaration a keyword starts, or null.</summary>
    public static DeclarationSpec? Declaration(string keyword) => Declarations.FirstOrDefault(d => d.Keyword == keyword);

    /// <summary>Every field of every block of fields (tests, learnings, business models, personas).</summary>
    public static IEnumerable<AttributeSpec> AllFields() => Enum.GetValues<BlockKind>().SelectMany(b => Fields(b));

    // A field word has the same kind of value in every block (a test keeps it so): one lookup by word serves export, import and
    // completion. Whether it repeats is the block's own (a persona's goals, an empathy map's one goal): see Fields(block).
    private static readonly FrozenDictionary<string, AttributeSpec> FieldsByKeyword =
        AllFields().DistinctBy(f => f.Keyword).ToFrozenDictionary(f => f.Keyword, StringComparer.Ordinal);

    /// <summary>A field of any block by its word, or null.</summary>
    public static AttributeSpec? Field(string keyword) => FieldsByKeyword.GetValueOrDefault(keyword);

    /// <summary>The entry kinds of a profile, a value map, a SWOT analysis or a metrics block.</summary>
    public static IEnumerable<EntrySpec> EntriesOf(BlockKind block) => Entries.Where(e => e.Block == block);

    /// <summary>Every word the table names: the language's keywords, which a test compares with the lexer's.</summary>
    public static IEnumerable<string> AllWords() =>
        Declarations.SelectMany(d => d.Connectives.Prepend(d.Keyword))
            .Concat(Entries.SelectMany(e => e.Qualifiers.Prepend(e.Keyword)))
            .Concat(Enum.GetValues<BlockKind>().Select(Fields).Prepend(EntryAttributes).SelectMany(list => list.SelectMany(a => a.Words.Prepend(a.Keyword))))
            .Distinct(StringComparer.Ordinal);
}
