using CanvasLang.EditorServices.Export;
using CanvasLang.EditorServices.Rendering;
using CanvasLang.EditorServices.Workspace;

namespace CanvasLang.LanguageServer.Server;

/// <summary>
/// Render and export, delegated to the editor services' renderer and exporters. Drawing a big canvas
/// takes a while: it stops with <see cref="OperationCanceledException"/> once the request is cancelled.
/// </summary>
internal static class CanvasOutput
{
    public static string Render(DocumentAnalysis analysis, string format, string theme, CancellationToken cancellation)
    {
        var options = new RenderOptions(Theme: theme == "dark" ? RenderTheme.Dark : RenderTheme.Light);
        return format == "svg" ? CanvasRenderer.RenderSvg(analysis.Result, options, cancellation) : CanvasRenderer.RenderHtml(analysis.Result, options, cancellation);
    }

    public static string Export(DocumentAnalysis analysis, string format, CancellationToken cancellation) => format switch
    {
        "svg" => CanvasRenderer.RenderSvg(analysis.Result, cancellation: cancellation),
        "html" => CanvasRenderer.RenderHtml(analysis.Result, cancellation: cancellation),
        "markdown" => CanvasMarkdownExporter.Export(analysis.Result),
        _ => CanvasJsonExporter.Export(analysis.Result),
    };
}
