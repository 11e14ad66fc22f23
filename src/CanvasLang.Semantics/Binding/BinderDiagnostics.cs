using System.Collections.Immutable;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Binding;

/// <summary>The error diagnostics (CV002–CV008) the binder reports, with their fixed ids and names.</summary>
internal sealed class BinderDiagnostics
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public void Syntax(TextSpan span, string message) => Add(RuleCatalog.Syntax, span, message);

    public Diagnostic UnknownReference(TextSpan span, string message, ImmutableArray<CodeFix> fixes, string name) =>
        Add(RuleCatalog.UnknownReference, span, message, fixes, ImmutableDictionary<string, string>.Empty.Add("name", name));

    public void DuplicateName(TextSpan span, string message, ImmutableArray<RelatedInformation> related) =>
        items.Add(Error(RuleCatalog.DuplicateName, message, span) with { Related = related });

    public void WrongKind(TextSpan span, string message, ImmutableArray<RelatedInformation> related = default) =>
        items.Add(Error(RuleCatalog.WrongReferenceKind, message, span) with { Related = related.IsDefault ? [] : related });

    public void Import(TextSpan span, string message) => Add(RuleCatalog.Import, span, message);

    public void DuplicateBlock(TextSpan span, string message, ImmutableArray<RelatedInformation> related) =>
        items.Add(Error(RuleCatalog.DuplicateBlock, message, span) with { Related = related });

    public void UndeclaredSegment(TextSpan span, string message, ImmutableArray<CodeFix> fixes) =>
        Add(RuleCatalog.UndeclaredSegment, span, message, fixes);

    public void BadValue(TextSpan span, string message) => Add(RuleCatalog.BadValue, span, message);

    private static Diagnostic Error(RuleDescriptor rule, string message, TextSpan span) => new(rule.Id, rule.Name, DiagnosticSeverity.Error, message, span);

    private Diagnostic Add(RuleDescriptor rule, TextSpan span, string message, ImmutableArray<CodeFix> fixes = default, ImmutableDictionary<string, string>? properties = null)
    {
        var diagnostic = Error(rule, message, span) with
        {
            Fixes = fixes.IsDefault ? [] : fixes,
            Properties = properties ?? ImmutableDictionary<string, string>.Empty,
        };
        items.Add(diagnostic);
        return diagnostic;
    }
}
