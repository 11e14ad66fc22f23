using System.Collections.Immutable;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

public enum RuleOptionType
{
    Integer,
    Number,
    StringList,
}

/// <summary>A setting of a rule in canvaslang.json, with its default.</summary>
public sealed record RuleOption(string Name, RuleOptionType Type, object Default, string Description);

/// <summary>What the catalog says about a rule: identity, default severity, summary, options and fix.</summary>
public sealed record RuleDescriptor(string Id, string Name, DiagnosticSeverity DefaultSeverity, string Summary)
{
    public ImmutableArray<RuleOption> Options { get; init; } = [];

    /// <summary>Reads the entries' words (and so stays quiet on text that is not English).</summary>
    public bool ReadsWords { get; init; }

    /// <summary>Judged by precision/recall on labelled sets, rather than exactly.</summary>
    public bool IsHeuristic { get; init; }

    /// <summary>One line on what the quick fix does, or null when the rule has none.</summary>
    public string? Fix { get; init; }

    /// <summary>Errors are always on: configuration and suppression cannot turn them off.</summary>
    public bool IsError => DefaultSeverity == DiagnosticSeverity.Error;

    public string DocumentPath => $"docs/rules/{Id}.md";

    public string HelpUri => $"{RuleCatalog.DocumentationBase}/{Id}.md";
}
