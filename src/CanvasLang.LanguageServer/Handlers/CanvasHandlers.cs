using CanvasLang.EditorServices.Fit;
using CanvasLang.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace CanvasLang.LanguageServer.Server;

/// <summary>The VS Code extension's requests (canvaslang/render, /export, /fitSummary) and work-done progress.</summary>
public sealed partial class CanvasLanguageServer
{
    private static readonly string[] RenderFormats = ["html", "svg"];
    private static readonly string[] ExportFormats = ["svg", "html", "markdown", "json"];
    private int progressCounter;

    /// <summary>Called on the drawing thread as a `canvaslang/render` starts to draw, with the request's token: lets a test cancel a render that is under way.</summary>
    internal Action<CancellationToken>? RenderStarting { get; set; }

    private void RegisterCanvasRoutes()
    {
        Request<CanvasDocumentParams>("canvaslang/fitSummary", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(Required(p.Uri, "uri"), cancellation).ConfigureAwait(false);
            var model = analysis.Result.Model;
            var segments = model.OwnValueMaps.Select(v => v.SegmentName)
                .Concat(model.OwnProfiles.Select(pr => pr.SegmentName))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var text = segments.Count switch
            {
                0 => "no profile or value map in this file",
                1 => FitSummary.Of(model, segments[0]).Text,
                _ => string.Join(" | ", segments.Select(s => $"{s}: {FitSummary.Of(model, s).Text}")),
            };
            return new TextResult { Text = text };
        });
        Request<CanvasDocumentParams>("canvaslang/render", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(Required(p.Uri, "uri"), cancellation).ConfigureAwait(false);
            var format = Choice(p.Format ?? "html", RenderFormats, "format");
            var theme = Choice(p.Theme ?? "light", ["light", "dark"], "theme");
            // Off the message loop, so a $/cancelRequest is read while the picture is drawn, and stops it (-32800).
            var content = await Task.Run(
                () =>
                {
                    RenderStarting?.Invoke(cancellation);
                    return CanvasOutput.Render(analysis, format, theme, cancellation);
                },
                cancellation).ConfigureAwait(false);
            return new ContentResult { Content = content };
        });
        Request<CanvasDocumentParams>("canvaslang/export", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(Required(p.Uri, "uri"), cancellation).ConfigureAwait(false);
            var format = Choice(Required(p.Format, "format"), ExportFormats, "format");
            var content = await Task.Run(() => CanvasOutput.Export(analysis, format, cancellation), cancellation).ConfigureAwait(false);
            return new ContentResult { Content = content };
        });
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrEmpty(value) ? throw new InvalidParamsException($"`{name}` is required") : value;

    private static string Choice(string value, string[] allowed, string name) =>
        allowed.Contains(value, StringComparer.Ordinal) ? value : throw new InvalidParamsException($"`{name}` must be one of {string.Join(", ", allowed)}, not `{value}`");

    /// <summary>Runs workspace-wide work under a server-initiated work-done progress, when the client supports it.</summary>
    private async Task<T> WithProgressAsync<T>(string title, Func<T> work)
    {
        string? token = null;
        if (ClientSupports("window.workDoneProgress"))
        {
            token = $"canvaslang-{Interlocked.Increment(ref progressCounter)}";
            try
            {
                await rpc.InvokeWithParameterObjectAsync<JToken>("window/workDoneProgress/create", new WorkDoneProgressCreateParams { Token = token }).ConfigureAwait(false);
                await Notify("$/progress", new ProgressParams { Token = token, Value = new JObject { ["kind"] = "begin", ["title"] = title, ["cancellable"] = false } }).ConfigureAwait(false);
            }
            catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or ObjectDisposedException or InvalidOperationException)
            {
                token = null;
            }
        }

        try
        {
            return await Task.Run(work).ConfigureAwait(false);
        }
        finally
        {
            if (token is not null)
            {
                await Notify("$/progress", new ProgressParams { Token = token, Value = new JObject { ["kind"] = "end" } }).ConfigureAwait(false);
            }
        }
    }
}
