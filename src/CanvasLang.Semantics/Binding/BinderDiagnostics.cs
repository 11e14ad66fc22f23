using System.Collections.Immutable;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Binding;

/// <summary>The error diagnostics (CV002–CV008) the binder reports, with their fixed ids and names.</summary>
internal sealed class BinderDiagnostics
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public void Syntax(TextSpan span, string message) => Add("CV001", "syntax", span, message);

    public Diagnostic UnknownReference(TextSpan span, string message, ImmutableArray<CodeFix> fixes, string name) =>
        Add("CV002", "unknown-reference", span, message, fixes, ImmutableDictionary<string, string>.Empty.Add("name", name));

    public void DuplicateName(TextSpan span, string message, ImmutableArray<RelatedInformation> related) =>
        items.Add(new Diagnostic("CV003", "duplicate-name", DiagnosticSeverity.Error, message, span) { Related = related });

    public void WrongKind(TextSpan span, string message, ImmutableArray<RelatedInformation> related = default) =>
        items.Add(new Diagnostic("CV004", "wrong-reference-kind", DiagnosticSeverity.Error, message, span)
        {
            Related = related.IsDefault ? [] : related,
        });

    public void Import(TextSpan span, string message) => Add("CV005", "import", span, message);

    public void DuplicateBlock(TextSpan span, string message, ImmutableArray<RelatedInformation> related) =>
        items.Add(new Diagnostic("CV006", "duplicate-block", DiagnosticSeverity.Error, message, span) { Related = related });

    public void UndeclaredSegment(TextSpan span, string message, ImmutableArray<CodeFix> fixes) =>
        Add("CV007", "undeclared-segment", span, message, fixes);

    public void BadValue(TextSpan span, string message) => Add("CV008", "bad-value", span, message);

    private Diagnostic Add(string code, string name, TextSpan span, string message, ImmutableArray<CodeFix> fixes = default, ImmutableDictionary<string, string>? properties = null)
    {
        var diagnostic = new Diagnostic(code, name, DiagnosticSeverity.Error, message, span)
        {
            Fixes = fixes.IsDefault ? [] : fixes,
            Properties = properties ?? ImmutableDictionary<string, string>.Empty,
        };
        items.Add(diagnostic);
        return diagnostic;
    }
}
