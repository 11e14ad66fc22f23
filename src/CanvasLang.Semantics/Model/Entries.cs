using System.Collections.Immutable;
using CanvasLang.Semantics.Language;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Model;

/// <summary>Where an entry sits on the canvas: the six areas (products and services share one).</summary>
public enum CanvasArea
{
    Jobs,
    Pains,
    Gains,
    ProductsAndServices,
    PainRelievers,
    GainCreators,
}

/// <summary>
/// One entry of a profile or value map, bound: its segment, area, qualifier, level rank (1 strongest
/// to 4, from importance/severity/relevance) and declared position. Immutable; compared by identity.
/// </summary>
public sealed class Entry
{
    private TextReading? reading;

    public required EntrySyntax Syntax { get; init; }

    public required string SegmentName { get; init; }

    public required DocumentLocation Location { get; init; }

    public string? Id => Syntax.Id?.Text;

    public EntryKind Kind => Syntax.Kind;

    public string? Qualifier => Syntax.Qualifier?.Text;

    public string Text => Syntax.Text?.Value ?? string.Empty;

    public CanvasArea Area => AreaOf(Kind);

    /// <summary>The canvas area an entry keyword writes into.</summary>
    public static CanvasArea AreaOf(EntryKind kind) => kind switch
    {
        EntryKind.Job => CanvasArea.Jobs,
        EntryKind.Pain => CanvasArea.Pains,
        EntryKind.Gain => CanvasArea.Gains,
        EntryKind.Product or EntryKind.Service => CanvasArea.ProductsAndServices,
        EntryKind.Reliever => CanvasArea.PainRelievers,
        _ => CanvasArea.GainCreators,
    };

    public bool IsProfileEntry => Area is CanvasArea.Jobs or CanvasArea.Pains or CanvasArea.Gains;

    /// <summary>1 (critical/extreme/essential) … 4 (low/nice), or null when not given.</summary>
    public int? Level { get; init; }

    /// <summary>The explicit <c>rank N</c> ordering, when given.</summary>
    public int? Order { get; init; }

    /// <summary>Role of a supporting job: buyer, cocreator or transferrer.</summary>
    public string? Role { get; init; }

    /// <summary>The attribute that set <see cref="Level"/>, if any.</summary>
    public AttributeSyntax? LevelAttribute { get; init; }

    /// <summary>References as written after serves/relieves/creates.</summary>
    public ImmutableArray<NameSyntax> References { get; init; } = [];

    /// <summary>The interviews a profile entry cites as evidence (`heard ana, ben`), as written.</summary>
    public ImmutableArray<NameSyntax> HeardIn { get; init; } = [];

    /// <summary>True when a level or order ranks it.</summary>
    public bool IsRanked => Level is not null || Order is not null;

    /// <summary>The job kind with "personal" read as emotional; null when unclassified.</summary>
    public string? JobKind => Kind != EntryKind.Job ? null : Qualifier == "personal" ? "emotional" : Qualifier;

    /// <summary>Human name of the kind: "pain", "functional job", "digital product"…</summary>
    public string KindLabel => Qualifier is null ? Syntax.Keyword.Text : $"{Qualifier} {Syntax.Keyword.Text}";

    /// <summary>A short label for messages: the id if any, else the text.</summary>
    public string Label => Id is { } id ? $"{Syntax.Keyword.Text} `{id}`" : $"{Syntax.Keyword.Text} \"{Shorten(Text)}\"";

    /// <summary>The label with the text beside the id, for messages that quote the entry: <c>reliever `r1` "Mobile app"</c>.</summary>
    public string LabelWithText => Id is null ? Label : $"{Label} \"{Shorten(Text)}\"";

    public TextSpan Span => Syntax.Span;

    /// <summary>The entry's position among all entries bound with it (this file and its imports), from 0: for tables indexed by entry.</summary>
    internal int Ordinal { get; init; }

    /// <summary>Where <see cref="Reading"/> comes from: the store of the host or run that bound this entry.</summary>
    internal ReadingStore Readings { get; init; } = null!;

    /// <summary>What the text says, read once per distinct text and store rather than once per analysis.</summary>
    internal TextReading Reading => reading ??= Readings.Of(Text);

    public override string ToString() => $"{KindLabel} {Id} \"{Text}\"";

    public static string Shorten(string text, int max = 48) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
