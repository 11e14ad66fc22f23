using CanvasLang.Semantics.Analysis;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>
/// The picture of a canvas file, for the CLI and the editor preview alike: each segment's value
/// proposition canvas (square and circle, six labelled areas, sticky notes, fit badges), business
/// models as the nine-block grid, test and learning cards.
/// </summary>
public static class CanvasRenderer
{
    /// <summary>
    /// An SVG document. Throws <see cref="ArgumentException"/> when <see cref="RenderOptions.Segment"/> names no
    /// segment of the file, <see cref="OperationCanceledException"/> soon after <paramref name="cancellation"/> is cancelled.
    /// </summary>
    public static string RenderSvg(AnalysisResult analysis, RenderOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= RenderOptions.Default;
        return SvgCanvasWriter.Write(CanvasLayout.Build(analysis, options, cancellation), options.Theme);
    }

    /// <summary>A self-contained HTML page: the picture with hover links, and the analyzer's findings beside it.</summary>
    public static string RenderHtml(AnalysisResult analysis, RenderOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= RenderOptions.Default;
        var picture = CanvasLayout.Build(analysis, options, cancellation);
        var title = analysis.Model.Tree.Declarations.OfType<Syntax.Tree.TitleSyntax>().FirstOrDefault()?.Text?.Value
            ?? Path.GetFileNameWithoutExtension(analysis.Tree.Path);
        return HtmlCanvasPage.Write(analysis, picture, options.Theme, string.IsNullOrEmpty(title) ? "Canvas" : title);
    }

    /// <summary>The segments a render would draw, in order: for a segment picker.</summary>
    public static IReadOnlyList<string> Segments(AnalysisResult analysis) => CanvasLayout.SegmentsToDraw(analysis.Model, null);
}
