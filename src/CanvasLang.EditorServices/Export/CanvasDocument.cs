using Newtonsoft.Json;

namespace CanvasLang.EditorServices.Export;

// The exported form of a canvas file (docs/schema/canvas.schema.json). Names follow the language's
// keywords so a reader of either recognises the other; absent values are left out of the JSON.

public sealed class CanvasDocument
{
    /// <summary>Schema version of this format; bump the major part on breaking changes.</summary>
    // 1.1 added personas, interviews, assumptions, positioning statements, SWOT analyses, metrics and entries' `heard`:
    // a 1.0 reader warns and skips them, never reads them wrongly.
    public const string CurrentVersion = "1.1";

    [JsonProperty("$schema", Order = -3)]
    public string Schema { get; set; } = "https://canvaslang.dev/schema/canvas.schema.json";

    [JsonProperty("version", Order = -2, Required = Required.Always)]
    public string Version { get; set; } = CurrentVersion;

    [JsonProperty("title")]
    public string? Title { get; set; }

    [JsonProperty("imports")]
    public List<string> Imports { get; set; } = [];

    [JsonProperty("segments")]
    public List<SegmentDocument> Segments { get; set; } = [];

    [JsonProperty("profiles")]
    public List<BlockDocument> Profiles { get; set; } = [];

    [JsonProperty("valueMaps")]
    public List<BlockDocument> ValueMaps { get; set; } = [];

    [JsonProperty("statements")]
    public List<StatementDocument> Statements { get; set; } = [];

    [JsonProperty("tests")]
    public List<CardDocument> Tests { get; set; } = [];

    [JsonProperty("learnings")]
    public List<CardDocument> Learnings { get; set; } = [];

    [JsonProperty("purposes")]
    public List<PurposeDocument> Purposes { get; set; } = [];

    [JsonProperty("businessModels")]
    public List<BusinessModelDocument> BusinessModels { get; set; } = [];

    /// <summary>Language 1.1's personas; left out when there are none, so a 1.0 canvas exports as before.</summary>
    [JsonProperty("personas")]
    public List<CardDocument> Personas { get; set; } = [];

    public bool ShouldSerializePersonas() => Personas.Count > 0;

    /// <summary>Language 1.1's interviews; left out when there are none.</summary>
    [JsonProperty("interviews")]
    public List<CardDocument> Interviews { get; set; } = [];

    public bool ShouldSerializeInterviews() => Interviews.Count > 0;

    /// <summary>Language 1.1's assumptions; left out when there are none.</summary>
    [JsonProperty("assumptions")]
    public List<CardDocument> Assumptions { get; set; } = [];

    public bool ShouldSerializeAssumptions() => Assumptions.Count > 0;

    /// <summary>Language 1.1's positioning statements; left out when there are none.</summary>
    [JsonProperty("positionings")]
    public List<CardDocument> Positionings { get; set; } = [];

    public bool ShouldSerializePositionings() => Positionings.Count > 0;

    /// <summary>Language 1.1's empathy maps; left out when there are none.</summary>
    [JsonProperty("empathyMaps")]
    public List<CardDocument> EmpathyMaps { get; set; } = [];

    public bool ShouldSerializeEmpathyMaps() => EmpathyMaps.Count > 0;

    /// <summary>Language 1.1's fit stages, one per segment (`name` is the segment's); left out when there are none.</summary>
    [JsonProperty("fitStages")]
    public List<CardDocument> FitStages { get; set; } = [];

    public bool ShouldSerializeFitStages() => FitStages.Count > 0;
    /// <summary>Language 1.1's SWOT analyses; left out when there are none.</summary>
    [JsonProperty("swots")]
    public List<SwotDocument> Swots { get; set; } = [];

    public bool ShouldSerializeSwots() => Swots.Count > 0;

    /// <summary>Language 1.1's metrics blocks; left out when there are none.</summary>
    [JsonProperty("metrics")]
    public List<MetricsDocument> Metrics { get; set; } = [];

    public bool ShouldSerializeMetrics() => Metrics.Count > 0;

    /// <summary>Resolved fit links, for readers; derived from the entries, so import ignores it.</summary>
    [JsonProperty("fit")]
    public List<FitLinkDocument> Fit { get; set; } = [];
}

public sealed class SegmentDocument
{
    [JsonProperty("name", Required = Required.Always)]
    public string Name { get; set; } = string.Empty;

    [JsonProperty("description", NullValueHandling = NullValueHandling.Ignore)]
    public string? Description { get; set; }

    [JsonProperty("aliases")]
    public List<string> Aliases { get; set; } = [];

    /// <summary>The imported file this declaration comes from (relative path), or null for the file's own: exports are self-contained.</summary>
    [JsonProperty("imported", NullValueHandling = NullValueHandling.Ignore)]
    public string? Imported { get; set; }
}

/// <summary>A profile or value map: the segment it describes and its entries in written order.</summary>
public sealed class BlockDocument
{
    [JsonProperty("segment", Required = Required.Always)]
    public string Segment { get; set; } = string.Empty;

    [JsonProperty("entries")]
    public List<EntryDocument> Entries { get; set; } = [];

    /// <summary>The imported file this declaration comes from (relative path), or null for the file's own: exports are self-contained.</summary>
    [JsonProperty("imported", NullValueHandling = NullValueHandling.Ignore)]
    public string? Imported { get; set; }
}

public sealed class EntryDocument
{
    /// <summary>job, pain, gain, product, service, reliever or creator; in a SWOT, strength, weakness, opportunity, threat or action.</summary>
    [JsonProperty("kind", Required = Required.Always)]
    public string Kind { get; set; } = string.Empty;

    /// <summary>The word before the keyword: functional, obstacle, required, digital…</summary>
    [JsonProperty("qualifier", NullValueHandling = NullValueHandling.Ignore)]
    public string? Qualifier { get; set; }

    [JsonProperty("id", NullValueHandling = NullValueHandling.Ignore)]
    public string? Id { get; set; }

    [JsonProperty("text", Required = Required.Always)]
    public string Text { get; set; } = string.Empty;

    [JsonProperty("importance", NullValueHandling = NullValueHandling.Ignore)]
    public string? Importance { get; set; }

    [JsonProperty("severity", NullValueHandling = NullValueHandling.Ignore)]
    public string? Severity { get; set; }

    [JsonProperty("relevance", NullValueHandling = NullValueHandling.Ignore)]
    public string? Relevance { get; set; }

    /// <summary>buyer, cocreator or transferrer (jobs).</summary>
    [JsonProperty("as", NullValueHandling = NullValueHandling.Ignore)]
    public string? Role { get; set; }

    [JsonProperty("rank", NullValueHandling = NullValueHandling.Ignore)]
    public int? Rank { get; set; }

    [JsonProperty("serves", NullValueHandling = NullValueHandling.Ignore)]
    public List<string>? Serves { get; set; }

    [JsonProperty("relieves", NullValueHandling = NullValueHandling.Ignore)]
    public List<string>? Relieves { get; set; }

    [JsonProperty("creates", NullValueHandling = NullValueHandling.Ignore)]
    public List<string>? Creates { get; set; }

    /// <summary>The interviews a profile entry was heard in (1.1).</summary>
    [JsonProperty("heard", NullValueHandling = NullValueHandling.Ignore)]
    public List<string>? Heard { get; set; }

    /// <summary>A SWOT item's priority (1.1), 1 first.</summary>
    [JsonProperty("priority", NullValueHandling = NullValueHandling.Ignore)]
    public int? Priority { get; set; }

    /// <summary>The strengths, weaknesses, opportunities and threats a SWOT action pairs (1.1).</summary>
    [JsonProperty("pairs", NullValueHandling = NullValueHandling.Ignore)]
    public List<string>? Pairs { get; set; }

    /// <summary>A metric's target (1.1), the text between the quotes.</summary>
    [JsonProperty("target", NullValueHandling = NullValueHandling.Ignore)]
    public string? Target { get; set; }

    /// <summary>How often a metric is read (1.1): day, week, month, quarter or year.</summary>
    [JsonProperty("every", NullValueHandling = NullValueHandling.Ignore)]
    public string? Every { get; set; }

    /// <summary>The positioning statements, tests, segments or assumptions a metric tracks (1.1).</summary>
    [JsonProperty("tracks", NullValueHandling = NullValueHandling.Ignore)]
    public List<string>? Tracks { get; set; }
}

/// <summary>A metrics block (1.1): its name, the segment it is for, and its metrics in written order, as entries.</summary>
public sealed class MetricsDocument
{
    [JsonProperty("name", Required = Required.Always)]
    public string Name { get; set; } = string.Empty;

    [JsonProperty("for", NullValueHandling = NullValueHandling.Ignore)]
    public string? For { get; set; }

    /// <summary>The metrics, each with `kind` "metric".</summary>
    [JsonProperty("items")]
    public List<EntryDocument> Items { get; set; } = [];

    /// <summary>The imported file this declaration comes from (relative path), or null for the file's own: exports are self-contained.</summary>
    [JsonProperty("imported", NullValueHandling = NullValueHandling.Ignore)]
    public string? Imported { get; set; }
}

/// <summary>A SWOT analysis (1.1): its name, the segment it is for, and its items in written order, as entries.</summary>
public sealed class SwotDocument
{
    [JsonProperty("name", Required = Required.Always)]
    public string Name { get; set; } = string.Empty;

    [JsonProperty("for", NullValueHandling = NullValueHandling.Ignore)]
    public string? For { get; set; }

    /// <summary>Strengths, weaknesses, opportunities, threats and actions, with `kind` saying which.</summary>
    [JsonProperty("items")]
    public List<EntryDocument> Items { get; set; } = [];

    /// <summary>The imported file this declaration comes from (relative path), or null for the file's own: exports are self-contained.</summary>
    [JsonProperty("imported", NullValueHandling = NullValueHandling.Ignore)]
    public string? Imported { get; set; }
}

public sealed class StatementDocument
{
    [JsonProperty("segment", Required = Required.Always)]
    public string Segment { get; set; } = string.Empty;

    [JsonProperty("text", Required = Required.Always)]
    public string Text { get; set; } = string.Empty;

    /// <summary>The imported file this declaration comes from (relative path), or null for the file's own: exports are self-contained.</summary>
    [JsonProperty("imported", NullValueHandling = NullValueHandling.Ignore)]
    public string? Imported { get; set; }
}

/// <summary>A test card or learning card: its name, what it refers to, and its fields in written order.</summary>
public sealed class CardDocument
{
    [JsonProperty("name", Required = Required.Always)]
    public string Name { get; set; } = string.Empty;

    /// <summary>The segment of a test card (`for`), or the test of a learning card (`from`).</summary>
    [JsonProperty("for", NullValueHandling = NullValueHandling.Ignore)]
    public string? For { get; set; }

    [JsonProperty("from", NullValueHandling = NullValueHandling.Ignore)]
    public string? From { get; set; }

    [JsonProperty("fields")]
    public List<FieldDocument> Fields { get; set; } = [];

    /// <summary>The imported file this declaration comes from (relative path), or null for the file's own: exports are self-contained.</summary>
    [JsonProperty("imported", NullValueHandling = NullValueHandling.Ignore)]
    public string? Imported { get; set; }
}

public sealed class FieldDocument
{
    [JsonProperty("field", Required = Required.Always)]
    public string Field { get; set; } = string.Empty;

    /// <summary>Text fields are strings; due/date are YYYY-MM-DD; status and reliability are words; priority is a number written as text. Absent for fields of names.</summary>
    [JsonProperty("value", NullValueHandling = NullValueHandling.Ignore)]
    public string? Value { get; set; }

    /// <summary>What an interview's `heard` field heard: job, pain or gain (its text is <see cref="Value"/>).</summary>
    [JsonProperty("kind", NullValueHandling = NullValueHandling.Ignore)]
    public string? Kind { get; set; }

    /// <summary>The names of a field of names (a persona's `basedon`).</summary>
    [JsonProperty("names", NullValueHandling = NullValueHandling.Ignore)]
    public List<string>? Names { get; set; }
}

public sealed class PurposeDocument
{
    /// <summary>company, brand or customer.</summary>
    [JsonProperty("level", Required = Required.Always)]
    public string Level { get; set; } = string.Empty;

    [JsonProperty("segment", NullValueHandling = NullValueHandling.Ignore)]
    public string? Segment { get; set; }

    [JsonProperty("text", Required = Required.Always)]
    public string Text { get; set; } = string.Empty;

    /// <summary>The imported file this declaration comes from (relative path), or null for the file's own: exports are self-contained.</summary>
    [JsonProperty("imported", NullValueHandling = NullValueHandling.Ignore)]
    public string? Imported { get; set; }
}

public sealed class BusinessModelDocument
{
    [JsonProperty("name", Required = Required.Always)]
    public string Name { get; set; } = string.Empty;

    /// <summary>The nine blocks in written order: segments and propositions hold segment names, the others texts.</summary>
    [JsonProperty("blocks")]
    public List<BusinessModelBlockDocument> Blocks { get; set; } = [];

    /// <summary>The imported file this declaration comes from (relative path), or null for the file's own: exports are self-contained.</summary>
    [JsonProperty("imported", NullValueHandling = NullValueHandling.Ignore)]
    public string? Imported { get; set; }
}

public sealed class BusinessModelBlockDocument
{
    [JsonProperty("block", Required = Required.Always)]
    public string Block { get; set; } = string.Empty;

    [JsonProperty("items")]
    public List<string> Items { get; set; } = [];
}

public sealed class FitLinkDocument
{
    [JsonProperty("segment")]
    public string Segment { get; set; } = string.Empty;

    /// <summary>The value-map entry's id.</summary>
    [JsonProperty("from")]
    public string From { get; set; } = string.Empty;

    /// <summary>serves, relieves or creates.</summary>
    [JsonProperty("relation")]
    public string Relation { get; set; } = string.Empty;

    [JsonProperty("to")]
    public string To { get; set; } = string.Empty;
}
