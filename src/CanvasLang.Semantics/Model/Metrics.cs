using System.Collections.Immutable;
using CanvasLang.Semantics.Language;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Model;

/// <summary>
/// One metric of a metrics block (1.1), bound: what is measured, its target (a text, as written between
/// the quotes), how often it is read (`every week`) and what it tracks (positioning statements, tests,
/// segments or assumptions). Compared by identity, like entries.
/// </summary>
public sealed class Metric
{
    private TextReading? reading;
    private TextReading? targetReading;

    public required EntrySyntax Syntax { get; init; }

    /// <summary>The metrics block the metric is written in.</summary>
    public required MetricsSyntax Block { get; init; }

    public required DocumentLocation Location { get; init; }

    public string? Id => Syntax.Id?.Text;

    /// <summary>metric.</summary>
    public string Keyword => Syntax.Keyword.Text;

    /// <summary>What is measured.</summary>
    public string Text => Syntax.Text?.Value ?? string.Empty;

    /// <summary>The text of `target "…"`, when given (the first, if given twice).</summary>
    public string? Target { get; init; }

    /// <summary>The quoted token of the target, quotes included.</summary>
    public SyntaxToken? TargetToken { get; init; }

    /// <summary>The period word of `every …` (day, week, month, quarter, year), when given.</summary>
    public string? Every { get; init; }

    /// <summary>The names after `tracks`, as written.</summary>
    public ImmutableArray<NameSyntax> Tracks { get; init; } = [];

    public TextSpan Span => Syntax.Span;

    /// <summary>A short label for messages: <c>metric `pickup`</c>, or <c>metric "Orders picked up…"</c> without an id.</summary>
    public string Label => Id is { } id ? $"{Keyword} `{id}`" : $"{Keyword} \"{Entry.Shorten(Text)}\"";

    /// <summary>Where <see cref="Reading"/> comes from: the store of the host or run that bound this metric.</summary>
    internal ReadingStore Readings { get; init; } = null!;

    /// <summary>What the description says, read once per distinct text and store.</summary>
    internal TextReading Reading => reading ??= Readings.Of(Text);

    /// <summary>What the target says; null without a target.</summary>
    internal TextReading? TargetReading => Target is null ? null : targetReading ??= Readings.Of(Target);

    public override string ToString() => $"{Keyword} {Id} \"{Text}\"";
}

/// <summary>
/// A metrics block (1.1): the metrics an offer is measured by, in written order. `for` names the
/// segment they are about.
/// </summary>
public sealed record MetricsBlock(MetricsSyntax Syntax, DocumentLocation Location, ImmutableArray<Metric> Items)
{
    public string Name => Syntax.Name?.Text ?? string.Empty;

    public string? SegmentName => Syntax.Segment?.Text;

    /// <summary>"metrics `app_metrics`", or "these metrics" when the name is missing.</summary>
    public string Title => Name.Length > 0 ? $"metrics `{Name}`" : "these metrics";
}
