using CanvasLang.EditorServices.Fit;
using CanvasLang.LanguageServer.Protocol;

namespace CanvasLang.LanguageServer.Server;

/// <summary>The VS Code extension's requests: canvaslang/render, /export and /fitSummary.</summary>
internal static class CanvasHandlers
{
    private static readonly string[] RenderFormats = ["html", "svg"];
    private static readonly string[] ExportFormats = ["svg", "html", "markdown", "json"];
    private static readonly string[] Themes = ["light", "dark"];

    public static async Task<TextResult> FitSummary(ServerContext context, CanvasDocumentParams p, CancellationToken cancellation)
    {
        var analysis = await context.AnalyzeAsync(Required(p.Uri, "uri"), cancellation).ConfigureAwait(false);
        var model = analysis.Result.Model;
        var segments = model.OwnValueMaps.Select(v => v.SegmentName)
            .Concat(model.OwnProfiles.Select(pr => pr.SegmentName))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var text = segments.Count switch
        {
            0 => "no profile or value map in this file",
            1 => EditorServices.Fit.FitSummary.Of(model, segments[0]).Text,
            _ => string.Join(" | ", segments.Select(s => $"{s}: {EditorServices.Fit.FitSummary.Of(model, s).Text}")),
        };
        return new TextResult { Text = text };
    }

    public static async Task<ContentResult> Render(ServerContext context, CanvasDocumentParams p, CancellationToken cancellation)
    {
        var analysis = await context.AnalyzeAsync(Required(p.Uri, "uri"), cancellation).ConfigureAwait(false);
        var format = Choice(p.Format ?? "html", RenderFormats, "format");
        var theme = Choice(p.Theme ?? "light", Themes, "theme");
        // Off the message loop, so a $/cancelRequest is read while the picture is drawn, and stops it (-32800).
        var content = await Task.Run(
            () =>
            {
                context.RenderStarting?.Invoke(cancellation);
                return CanvasOutput.Render(analysis, format, theme, cancellation);
            },
            cancellation).ConfigureAwait(false);
        return new ContentResult { Content = content };
    }

    public static async Task<ContentResult> Export(ServerContext context, CanvasDocumentParams p, CancellationToken cancellation)
    {
        var analysis = await context.AnalyzeAsync(Required(p.Uri, "uri"), cancellation).ConfigureAwait(false);
        var format = Choice(Required(p.Format, "format"), ExportFormats, "format");
        var content = await Task.Run(() => CanvasOutput.Export(analysis, format, cancellation), cancellation).ConfigureAwait(false);
        return new ContentResult { Content = content };
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrEmpty(value) ? throw new InvalidParamsException($"`{name}` is required") : value;

    private static string Choice(string value, string[] allowed, string name) =>
        allowed.Contains(value, StringComparer.Ordinal) ? value : throw new InvalidParamsException($"`{name}` must be one of {string.Join(", ", allowed)}, not `{value}`");
}
