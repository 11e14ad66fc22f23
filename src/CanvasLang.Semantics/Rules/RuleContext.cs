using System.Collections.Immutable;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>What a rule sees while it runs: the model, its settings and today's date; and where it reports. Word lists are embedded data the rules read directly.</summary>
public sealed class RuleContext
{
    private readonly List<Diagnostic> sink;
    private readonly CanvasRule rule;

    internal RuleContext(CanvasRule rule, SemanticModel model, RuleSettings settings, DateOnly today, List<Diagnostic> sink)
    {
        this.rule = rule;
        this.sink = sink;
        Model = model;
        Settings = settings;
        Today = today;
    }

    public SemanticModel Model { get; }

    public RuleSettings Settings { get; }

    public DateOnly Today { get; }

    public SourceText Text => Model.Tree.Text;

    public void Report(
        TextSpan span,
        string message,
        ImmutableArray<CodeFix> fixes = default,
        ImmutableArray<RelatedInformation> related = default,
        ImmutableArray<DiagnosticTag> tags = default)
    {
        var d = rule.Descriptor;
        sink.Add(new Diagnostic(d.Id, d.Name, Settings.Severity, message, span)
        {
            Fixes = fixes.IsDefault ? [] : fixes,
            Related = related.IsDefault ? [] : related,
            Tags = tags.IsDefault ? [] : tags,
        });
    }

    public RelatedInformation Related(DocumentLocation location, string message) => new(location, message);
}
