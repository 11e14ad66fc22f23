using System.Collections.Immutable;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Syntax.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
    Info,
    Hint,
}

public enum DiagnosticTag
{
    Unnecessary,
    Deprecated,
}

/// <summary>A place in some document: diagnostics point at other files through this (imports, related entries).</summary>
public sealed record DocumentLocation(string Path, SourceText Text, TextSpan Span)
{
    public LinePositionSpan LineSpan => Text.GetSpan(Span);
}

public sealed record RelatedInformation(DocumentLocation Location, string Message);

/// <summary>
/// One finding in one document. Rule id and name travel with it so every adapter (CLI, SARIF, LSP)
/// can link to the rule's document without looking the rule up again.
/// </summary>
public sealed record Diagnostic(
    string Code,
    string RuleName,
    DiagnosticSeverity Severity,
    string Message,
    TextSpan Span)
{
    public ImmutableArray<RelatedInformation> Related { get; init; } = ImmutableArray<RelatedInformation>.Empty;

    public ImmutableArray<DiagnosticTag> Tags { get; init; } = ImmutableArray<DiagnosticTag>.Empty;

    /// <summary>Extra data a fix provider needs (e.g. the unknown name); never shown to users.</summary>
    public ImmutableDictionary<string, string> Properties { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The rule's own quick fixes, computed on the model (no protocol types).</summary>
    public ImmutableArray<CodeFix> Fixes { get; init; } = ImmutableArray<CodeFix>.Empty;
}
