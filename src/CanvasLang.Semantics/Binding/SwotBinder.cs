using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Binding;

/// <summary>
/// Reads a SWOT item's attributes into its priority and the names it pairs, with the checks entries get
/// (CV008): an attribute its kind does not take, a priority given twice or below 1. Which items the
/// names are is the reference binder's (CV002, CV004).
/// </summary>
internal static class SwotBinder
{
    public static SwotItem Bind(EntrySyntax syntax, SwotSyntax swot, DocumentLocation location, ReadingStore readings, BinderDiagnostics? diagnostics)
    {
        var spec = LanguageTable.Entry(syntax.Kind);
        int? priority = null;
        var pairs = new List<NameSyntax>();
        for (var index = 0; index < syntax.Attributes.Length; index++)
        {
            var attribute = syntax.Attributes[index];
            var keyword = attribute.Keyword.Text;
            if (!EntryBinder.Taken(syntax, attribute, spec, diagnostics))
            {
                continue;
            }

            // `pairs a pairs b` names more items; a second priority is ambiguous.
            if (keyword == "pairs")
            {
                pairs.AddRange(attribute.References);
            }
            else if (!EntryBinder.Repeated(syntax, index, diagnostics) && attribute.Value is { } value)
            {
                if (int.TryParse(value.Text, out var n) && n >= 1)
                {
                    priority = n;
                }
                else
                {
                    diagnostics?.BadValue(value.Span, $"`priority {value.Text}` is out of range: priorities start at 1 (the most urgent)");
                }
            }
        }

        return new SwotItem
        {
            Syntax = syntax,
            Swot = swot,
            Location = location,
            Readings = readings,
            Priority = priority,
            Pairs = [.. pairs],
        };
    }
}
