using System.Collections.Immutable;
using CanvasLang.EditorServices.Fit;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.CodeLens;

public sealed record Lens(TextSpan Span, string Title, string Segment);

/// <summary>The fit summary above each value map (and above a profile that has no value map yet).</summary>
public static class CodeLensService
{
    public static ImmutableArray<Lens> Lenses(SemanticModel model)
    {
        var lenses = model.OwnValueMaps.Select(v => new Lens(Header(v.Syntax), FitSummary.Of(model, v.SegmentName).Text, v.SegmentName));
        var orphans = model.OwnProfiles.Where(p => model.ValueMapOf(p.SegmentName) is null)
            .Select(p => new Lens(Header(p.Syntax), FitSummary.Of(model, p.SegmentName).Text, p.SegmentName));
        return [.. lenses.Concat(orphans).OrderBy(l => l.Span.Start)];
    }

    private static TextSpan Header(Syntax.Tree.BlockSyntax block) =>
        TextSpan.FromBounds(block.Keyword.Span.Start, block.Segment?.Span.End ?? block.Keyword.Span.End);
}
