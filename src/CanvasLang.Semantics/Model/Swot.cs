using System.Collections.Immutable;
using CanvasLang.Semantics.Language;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Model;

/// <summary>The four quadrants of a SWOT analysis: two inside the business, two outside it.</summary>
public enum SwotQuadrant
{
    Strengths,
    Weaknesses,
    Opportunities,
    Threats,
}

/// <summary>
/// One item of a SWOT analysis (1.1), bound: a strength, weakness, opportunity or threat, or an action
/// that pairs some of them (TOWS). Compared by identity, like entries.
/// </summary>
public sealed class SwotItem
{
    private TextReading? reading;

    public required EntrySyntax Syntax { get; init; }

    /// <summary>The SWOT analysis the item is written in.</summary>
    public required SwotSyntax Swot { get; init; }

    public required DocumentLocation Location { get; init; }

    public string? Id => Syntax.Id?.Text;

    public EntryKind Kind => Syntax.Kind;

    /// <summary>strength, weakness, opportunity, threat or action.</summary>
    public string Keyword => Syntax.Keyword.Text;

    public string Text => Syntax.Text?.Value ?? string.Empty;

    /// <summary>The quadrant of a strength, weakness, opportunity or threat; null for an action.</summary>
    public SwotQuadrant? Quadrant => QuadrantOf(Kind);

    public bool IsAction => Kind == EntryKind.Action;

    /// <summary>A strength or a weakness: something about the business itself, which it controls.</summary>
    public bool IsInternal => Kind is EntryKind.Strength or EntryKind.Weakness;

    /// <summary>An opportunity or a threat: something in the world around the business, which it does not control.</summary>
    public bool IsExternal => Kind is EntryKind.Opportunity or EntryKind.Threat;

    /// <summary>The item's `priority N` (1 first), when given and valid.</summary>
    public int? Priority { get; init; }

    /// <summary>The names after an action's `pairs`, as written.</summary>
    public ImmutableArray<NameSyntax> Pairs { get; init; } = [];

    public TextSpan Span => Syntax.Span;

    /// <summary>A short label for messages: <c>strength `s1`</c>, or <c>threat "A chain opens a kiosk…"</c> without an id.</summary>
    public string Label => Id is { } id ? $"{Keyword} `{id}`" : $"{Keyword} \"{Entry.Shorten(Text)}\"";

    /// <summary>Where <see cref="Reading"/> comes from: the store of the host or run that bound this item.</summary>
    internal ReadingStore Readings { get; init; } = null!;

    /// <summary>What the text says, read once per distinct text and store.</summary>
    internal TextReading Reading => reading ??= Readings.Of(Text);

    public static SwotQuadrant? QuadrantOf(EntryKind kind) => kind switch
    {
        EntryKind.Strength => SwotQuadrant.Strengths,
        EntryKind.Weakness => SwotQuadrant.Weaknesses,
        EntryKind.Opportunity => SwotQuadrant.Opportunities,
        EntryKind.Threat => SwotQuadrant.Threats,
        _ => null,
    };

    public override string ToString() => $"{Keyword} {Id} \"{Text}\"";
}

/// <summary>
/// A SWOT analysis (1.1): strengths and weaknesses (internal), opportunities and threats (external),
/// and the actions that pair them, in written order. `for` names the segment whose market it looks at.
/// </summary>
public sealed record Swot(SwotSyntax Syntax, DocumentLocation Location, ImmutableArray<SwotItem> Items)
{
    public string Name => Syntax.Name?.Text ?? string.Empty;

    public string? SegmentName => Syntax.Segment?.Text;

    /// <summary>The items of one quadrant, in written order.</summary>
    public IEnumerable<SwotItem> In(SwotQuadrant quadrant) => Items.Where(i => i.Quadrant == quadrant);

    public IEnumerable<SwotItem> Actions => Items.Where(i => i.IsAction);

    /// <summary>The strengths, weaknesses, opportunities and threats of this SWOT that an action pairs, each once, in the order named.</summary>
    public IEnumerable<SwotItem> Paired(SwotItem action) =>
        action.Pairs.Select(n => Items.FirstOrDefault(i => !i.IsAction && i.Id == n.Text)).OfType<SwotItem>().Distinct();

    /// <summary>The word for a quadrant as its heading says it: "strengths".</summary>
    public static string Word(SwotQuadrant quadrant) => quadrant switch
    {
        SwotQuadrant.Strengths => "strengths",
        SwotQuadrant.Weaknesses => "weaknesses",
        SwotQuadrant.Opportunities => "opportunities",
        _ => "threats",
    };

    /// <summary>"SWOT `station`", or "this SWOT" when the name is missing.</summary>
    public string Title => Name.Length > 0 ? $"SWOT `{Name}`" : "this SWOT";
}
