using System.Collections.Immutable;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Language;
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

    /// <summary>
    /// A verdict about a text that may depend on this rule's settings: remembered on the reading, keyed by
    /// the settings as a whole, so a changed option is never answered from a verdict made under another.
    /// </summary>
    // Called for every entry on every edit, and nearly always answered from memory: no closure on a hit.
    internal T Remember<T>(TextReading reading, ReadingMemo<T> memo, Func<TextReading, T> compute)
    {
        if (reading.TryRecall(memo, Settings, out var known))
        {
            return known;
        }

        var value = compute(reading);
        reading.Keep(memo, Settings, value);
        return value;
    }

    /// <summary>As <see cref="Remember{T}(TextReading, ReadingMemo{T}, Func{TextReading, T})"/>, also keyed by <paramref name="key"/> (the language it is read in).</summary>
    internal T Remember<TKey, T>(TextReading reading, ReadingMemo<T> memo, TKey key, Func<TextReading, TKey, T> compute)
        where TKey : notnull
    {
        if (reading.TryRecall(memo, (Settings, key), out var known))
        {
            return known;
        }

        var value = compute(reading, key);
        reading.Keep(memo, (Settings, key), value);
        return value;
    }
}
