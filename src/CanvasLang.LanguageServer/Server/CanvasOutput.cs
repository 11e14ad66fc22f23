using CanvasLang.EditorServices.Export;
using CanvasLang.EditorServices.Rendering;
using CanvasLang.EditorServices.Workspace;

namespace CanvasLang.LanguageServer.Server;

/// <summary>Render and export, delegated to the editor services' renderer and exporters.</summary>
internal static class CanvasOutput
{
    public static string Render(DocumentAnalysis analysis, string format, string theme)
    {
        var options = new RenderOptions(Theme: theme == "dark" ? RenderTheme.Dark : RenderTheme.Light);
        return format == "svg" ? CanvasRenderer.RenderSvg(analysis.Result, options) : CanvasRenderer.RenderHtml(analysis.Result, options);
    }

    public static string Export(DocumentAnalysis analysis, string format) => format switch
    {
        "svg" => CanvasRenderer.RenderSvg(analysis.Result),
        "html" => CanvasRenderer.RenderHtml(analysis.Result),
        "markdown" => CanvasMarkdownExporter.Export(analysis.Result),
        _ => CanvasJsonExporter.Export(analysis.Result),
    };
}
