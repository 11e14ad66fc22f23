using System.Collections.Immutable;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Model;

/// <summary>Kinds of named things that share the one scope of a file and its imports.</summary>
public enum SymbolKind
{
    Segment,
    Entry,
    Test,
    Learning,
    BusinessModel,
    Persona,
    Interview,
    Assumption,
    Positioning,
    EmpathyMap,
    Swot,
    SwotItem,
    Metrics,
    Metric,
}

/// <summary>A declared name and what it names; <see cref="Target"/> is a <see cref="Segment"/>, <see cref="Entry"/>, <see cref="TestCard"/>, <see cref="LearningCard"/>, <see cref="BusinessModel"/>, <see cref="Persona"/>, <see cref="Interview"/>, <see cref="Assumption"/>, <see cref="Positioning"/>, <see cref="EmpathyMap"/>, <see cref="Swot"/>, <see cref="SwotItem"/>, <see cref="MetricsBlock"/> or <see cref="Metric"/>.</summary>
public sealed record Symbol(string Name, SymbolKind Kind, DocumentLocation Location, object Target);

public sealed record Segment(SegmentSyntax Syntax, DocumentLocation Location)
{
    public string Name => Syntax.Name?.Text ?? string.Empty;

    public string? Description => Syntax.Description?.Value;

    public ImmutableArray<string> Aliases => [.. Syntax.Aliases.Select(a => a.Value)];
}

/// <summary>The customer profile of a segment: jobs, pains, gains in written order.</summary>
public sealed record Profile(ProfileSyntax Syntax, string SegmentName, DocumentLocation Location, ImmutableArray<Entry> Entries)
{
    public IEnumerable<Entry> Jobs => Entries.Where(e => e.Area == CanvasArea.Jobs);

    public IEnumerable<Entry> Pains => Entries.Where(e => e.Area == CanvasArea.Pains);

    public IEnumerable<Entry> Gains => Entries.Where(e => e.Area == CanvasArea.Gains);
}

/// <summary>The value map of a segment: products and services, pain relievers, gain creators.</summary>
public sealed record ValueMap(ValueMapSyntax Syntax, string SegmentName, DocumentLocation Location, ImmutableArray<Entry> Entries)
{
    public IEnumerable<Entry> Offers => Entries.Where(e => e.Area == CanvasArea.ProductsAndServices);

    public IEnumerable<Entry> Relievers => Entries.Where(e => e.Area == CanvasArea.PainRelievers);

    public IEnumerable<Entry> Creators => Entries.Where(e => e.Area == CanvasArea.GainCreators);
}

public sealed record Statement(StatementSyntax Syntax, DocumentLocation Location)
{
    public string SegmentName => Syntax.Segment?.Text ?? string.Empty;

    public string Text => Syntax.Text?.Value ?? string.Empty;
}

public sealed record TestCard(TestSyntax Syntax, DocumentLocation Location)
{
    public string Name => Syntax.Name?.Text ?? string.Empty;

    public string? SegmentName => Syntax.Segment?.Text;

    public FieldSyntax? Field(string keyword) => Syntax.Fields.FirstOrDefault(f => f.Keyword.Text == keyword);

    public string? Status => Field("status")?.Value?.Text;

    public int? Priority => int.TryParse(Field("priority")?.Value?.Text, out var p) ? p : null;

    public DateOnly? Due => DateOnly.TryParseExact(Field("due")?.Value?.Text, "yyyy-MM-dd", out var d) ? d : null;

    /// <summary>The assumptions this test tests (`tests a, b`), as written.</summary>
    public IEnumerable<NameSyntax> Tests => Syntax.Fields.Where(f => f.Keyword.Text == "tests").SelectMany(f => f.References);
}

public sealed record LearningCard(LearningSyntax Syntax, DocumentLocation Location)
{
    public string Name => Syntax.Name?.Text ?? string.Empty;

    public string? TestName => Syntax.Test?.Text;

    /// <summary>The verdict (`next persevere | pivot | kill | retest`), when the card states one.</summary>
    public string? Next => Syntax.Fields.FirstOrDefault(f => f.Keyword.Text == "next")?.Value?.Text;
}

public sealed record Purpose(PurposeSyntax Syntax, DocumentLocation Location)
{
    /// <summary>company, brand or customer.</summary>
    public string Level => Syntax.Level?.Text ?? string.Empty;

    public string? SegmentName => Syntax.Segment?.Text;

    public string Text => Syntax.Text?.Value ?? string.Empty;
}

public sealed record BusinessModel(BusinessModelSyntax Syntax, DocumentLocation Location)
{
    public string Name => Syntax.Name?.Text ?? string.Empty;

    public IEnumerable<NameSyntax> Segments => Syntax.Blocks.Where(b => b.Keyword.Text == "segments").SelectMany(b => b.References);

    public IEnumerable<NameSyntax> Propositions => Syntax.Blocks.Where(b => b.Keyword.Text == "propositions").SelectMany(b => b.References);
}

/// <summary>A persona (1.1): a typical member of a segment, described by goals, frustrations, behaviours, quotes and traits.</summary>
public sealed record Persona(PersonaSyntax Syntax, DocumentLocation Location)
{
    public string Name => Syntax.Name?.Text ?? string.Empty;

    public string? SegmentName => Syntax.Segment?.Text;

    /// <summary>The fields with this keyword, in written order (text fields repeat, one item each).</summary>
    public IEnumerable<FieldSyntax> Items(string keyword) => Syntax.Fields.Where(f => f.Keyword.Text == keyword);

    public IEnumerable<string> Texts(string keyword) => Items(keyword).Select(f => f.Text?.Value).OfType<string>();

    /// <summary>The interviews or test cards the persona rests on.</summary>
    public IEnumerable<NameSyntax> BasedOn => Items("basedon").SelectMany(f => f.References);
}

/// <summary>An interview (1.1): who was heard, when, and the jobs, pains, gains, quotes and notes taken down.</summary>
public sealed record Interview(InterviewSyntax Syntax, DocumentLocation Location)
{
    public string Name => Syntax.Name?.Text ?? string.Empty;

    public string? SegmentName => Syntax.Segment?.Text;

    public string? Who => Syntax.Fields.FirstOrDefault(f => f.Keyword.Text == "who")?.Text?.Value;

    public DateOnly? Date => DateOnly.TryParseExact(Syntax.Fields.FirstOrDefault(f => f.Keyword.Text == "date")?.Value?.Text, "yyyy-MM-dd", out var d) ? d : null;

    /// <summary>What was heard, as (job | pain | gain, text), in written order.</summary>
    public IEnumerable<(string Kind, string Text)> Heard =>
        Syntax.Fields.Where(f => f.Keyword.Text == "heard" && f.Value is not null && f.Text is not null).Select(f => (f.Value!.Text, f.Text!.Value));

    public IEnumerable<string> Texts(string keyword) => Syntax.Fields.Where(f => f.Keyword.Text == keyword).Select(f => f.Text?.Value).OfType<string>();
}

/// <summary>An assumption (1.1): a belief the canvas rests on, with its kind of risk, what rides on it and what is known so far.</summary>
public sealed record Assumption(AssumptionSyntax Syntax, DocumentLocation Location)
{
    public string Name => Syntax.Name?.Text ?? string.Empty;

    public string? SegmentName => Syntax.Segment?.Text;

    private FieldSyntax? Field(string keyword) => Syntax.Fields.FirstOrDefault(f => f.Keyword.Text == keyword);

    /// <summary>desirability, feasibility or viability.</summary>
    public string? Type => Field("type")?.Value?.Text;

    public string? Belief => Field("belief")?.Text?.Value;

    /// <summary>1 (critical) … 4 (low), as the level words rank; null when not given.</summary>
    public int? Importance => Field("importance")?.Value?.Text is { } word && CanvasLang.Syntax.LanguageTable.LevelRanks.TryGetValue(word, out var rank) ? rank : null;

    /// <summary>none, weak, some or strong.</summary>
    public string? Evidence => Field("evidence")?.Value?.Text;
}

/// <summary>A positioning statement (1.1) for a segment, read as Moore's sentence.</summary>
public sealed record Positioning(PositioningSyntax Syntax, DocumentLocation Location)
{
    public string Name => Syntax.Name?.Text ?? string.Empty;

    public string? SegmentName => Syntax.Segment?.Text;

    /// <summary>The text of a field (need, offer, category, benefit, alternative, differentiator, proof), or null.</summary>
    public string? Text(string keyword) => Syntax.Fields.FirstOrDefault(f => f.Keyword.Text == keyword)?.Text?.Value;

    /// <summary>"For commuters who need …, RideCoffee is a … that …. Unlike …, it …." with the parts that are written.</summary>
    public string Sentence()
    {
        var parts = new List<string>();
        var who = SegmentName is { } segment ? $"For {segment}" : "For its customers";
        parts.Add(Text("need") is { } need ? $"{who} who need {need}," : $"{who},");
        parts.Add($"{Text("offer") ?? Name} is {(Text("category") is { } category ? CanvasLang.Syntax.Text.Article.With(category) : "an offer")}{(Text("benefit") is { } benefit ? $" that {benefit}" : string.Empty)}.");
        if (Text("alternative") is { } alternative)
        {
            parts.Add($"Unlike {alternative},{(Text("differentiator") is { } d ? $" it {d}" : " it differs")}.");
        }
        else if (Text("differentiator") is { } differentiator)
        {
            parts.Add($"It {differentiator}.");
        }

        return string.Join(' ', parts);
    }
}

/// <summary>An empathy map (1.1), Gray's updated map, for a persona or a segment.</summary>
public sealed record EmpathyMap(EmpathyMapSyntax Syntax, DocumentLocation Location)
{
    /// <summary>The sections drawn outside the head: what they see, say, do and hear.</summary>
    public static readonly IReadOnlyList<string> Outside = ["see", "say", "do", "hear"];

    /// <summary>The sections inside the head: what they think and feel, its pains and gains.</summary>
    public static readonly IReadOnlyList<string> Inside = ["think", "feel", "pains", "gains"];

    public string Name => Syntax.Name?.Text ?? string.Empty;

    /// <summary>The name after `for`: a persona or a segment.</summary>
    public string? ForName => Syntax.Segment?.Text;

    /// <summary>How a section is headed on the map: "Think and feel" for `think`…</summary>
    public static string Label(string section) => section switch
    {
        "see" => "See",
        "say" => "Say",
        "do" => "Do",
        "hear" => "Hear",
        "think" => "Think",
        "feel" => "Feel",
        "pains" => "Pains",
        "gains" => "Gains",
        _ => "Goal",
    };

    /// <summary>The items of one section (see, say, …), in order.</summary>
    public IEnumerable<FieldSyntax> Items(string section) => Syntax.Fields.Where(f => f.Keyword.Text == section && f.Text is not null);

    public FieldSyntax? Goal => Items("goal").FirstOrDefault();

    /// <summary>The persona the map is for, when `for` names one.</summary>
    public Persona? PersonaIn(SemanticModel model) =>
        ForName is { } name && model.Symbols.TryGetValue(name, out var symbol) && symbol.Target is Persona persona ? persona : null;

    /// <summary>The segment the map describes: the one `for` names, or its persona's.</summary>
    public string? SegmentNameIn(SemanticModel model) =>
        PersonaIn(model) is { } persona ? persona.SegmentName
        : ForName is { } name && model.Segments.ContainsKey(name) ? name : null;
}

/// <summary>The stage of fit a segment's team claims (1.1), and the tests, learnings or interviews it rests on.</summary>
public sealed record FitStage(FitStageSyntax Syntax, DocumentLocation Location)
{
    public string SegmentName => Syntax.Name?.Text ?? string.Empty;

    /// <summary>problem-solution, product-market or business-model; null when not given.</summary>
    public string? Stage => Syntax.Fields.FirstOrDefault(f => f.Keyword.Text == "stage")?.Value?.Text;

    /// <summary>The names after `basedon`, in order.</summary>
    public IEnumerable<NameSyntax> BasedOn => Syntax.Fields.Where(f => f.Keyword.Text == "basedon").SelectMany(f => f.References);

    /// <summary>"product–market fit", as people say it.</summary>
    public static string Spoken(string? stage) => stage switch
    {
        "problem-solution" => "problem–solution fit",
        "product-market" => "product–market fit",
        "business-model" => "business model fit",
        _ => "no stage",
    };
}
