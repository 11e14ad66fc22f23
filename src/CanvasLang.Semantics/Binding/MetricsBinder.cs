using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Binding;

/// <summary>
/// Reads a metric's attributes into its target, its period and the names it tracks, with the checks
/// entries get (CV008): an attribute a metric does not take, an attribute given twice. Which
/// declarations the tracked names are is the reference binder's (CV002, CV004).
/// </summary>
internal static class MetricsBinder
{
    public static Metric Bind(EntrySyntax syntax, MetricsSyntax block, DocumentLocation location, ReadingStore readings, BinderDiagnostics? diagnostics)
    {
        var spec = LanguageTable.Entry(syntax.Kind);
        string? target = null;
        SyntaxToken? targetToken = null;
        string? every = null;
        var tracks = new List<NameSyntax>();
        for (var index = 0; index < syntax.Attributes.Length; index++)
        {
            var attribute = syntax.Attributes[index];
            var keyword = attribute.Keyword.Text;
            // Each attribute once per metric, as a SWOT item's priority: a second target or period is ambiguous.
            if (!EntryBinder.Taken(syntax, attribute, spec, diagnostics) || EntryBinder.Repeated(syntax, index, diagnostics))
            {
                continue;
            }

            switch (keyword)
            {
                case "tracks":
                    tracks.AddRange(attribute.References);
                    break;
                case "target" when attribute.Value is { } value:
                    targetToken = value;
                    target = SyntaxFacts.Unquote(value.Text);
                    break;
                case "every" when attribute.Value is { } value:
                    every = value.Text;
                    break;
            }
        }

        return new Metric
        {
            Syntax = syntax,
            Block = block,
            Location = location,
            Readings = readings,
            Target = target,
            TargetToken = targetToken,
            Every = every,
            Tracks = [.. tracks],
        };
    }
}
