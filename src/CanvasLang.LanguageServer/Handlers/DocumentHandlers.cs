using CanvasLang.EditorServices.Workspace;
using CanvasLang.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Server;

/// <summary>Text sync, watched files, settings, and diagnostics (pushed per version, or pulled).</summary>
internal static class DocumentHandlers
{
    public static void DidOpen(ServerContext context, DidOpenTextDocumentParams p)
    {
        var path = context.Uris.ToPath(p.TextDocument.Uri);
        context.Host.ApplyChange(new DocumentOpened(path, p.TextDocument.Version, p.TextDocument.Text));
        context.Diagnostics.DocumentChanged(path);
    }

    public static void DidChange(ServerContext context, DidChangeTextDocumentParams p)
    {
        var path = context.Uris.ToPath(p.TextDocument.Uri);
        var result = context.Host.ApplyChange(new DocumentEdited(path, p.TextDocument.Version ?? int.MaxValue, TextChanges(p)));
        if (result.Outcome != ChangeOutcome.Applied)
        {
            context.Log(2, result.Outcome == ChangeOutcome.NotOpen
                ? $"ignored an incremental change to {p.TextDocument.Uri}, which is not open"
                : $"ignored a change to {p.TextDocument.Uri} at version {p.TextDocument.Version}, not newer than the version held");
            return;
        }

        if (context.LintOnType)
        {
            context.Diagnostics.DocumentChanged(path);
        }
    }

    public static void DidSave(ServerContext context, TextDocumentParams p)
    {
        var path = context.Uris.ToPath(p.TextDocument?.Uri ?? string.Empty);
        context.Host.ApplyChange(new FilesChanged([path]));
        context.Diagnostics.DocumentChanged(path);
    }

    public static void DidClose(ServerContext context, TextDocumentParams p)
    {
        var uri = p.TextDocument?.Uri ?? string.Empty;
        var path = context.Uris.ToPath(uri);
        context.Diagnostics.Cancel(path);
        var wasOpen = context.Host.Current.Get(path) is not null;
        var after = context.Host.ApplyChange(new DocumentClosed(path)).Analysis;
        if (wasOpen && context.Client.PushDiagnostics)
        {
            _ = context.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams { Uri = uri });
        }

        foreach (var importer in after.OpenDocuments.Select(d => d.Path))
        {
            context.Diagnostics.Schedule(importer);
        }
    }

    public static void DidChangeWatchedFiles(ServerContext context, DidChangeWatchedFilesParams p)
    {
        context.Host.ApplyChange(new FilesChanged([.. p.Changes.Select(c => context.Uris.ToPath(c.Uri))]));
        context.Diagnostics.ScheduleAllOpen();
    }

    public static void DidChangeConfiguration(ServerContext context, DidChangeConfigurationParams p)
    {
        context.Apply(context.Lenient<ChangedSettings>(p.Settings)?.CanvasLang);
        context.Host.ApplyChange(new SettingsChanged());
        context.Diagnostics.ScheduleAllOpen();
        _ = PullSettingsSafelyAsync(context);
    }

    public static void DidChangeWorkspaceFolders(ServerContext context, DidChangeWorkspaceFoldersParams p)
    {
        var removed = p.Event.Removed.Select(f => context.Uris.ToPath(f.Uri)).ToHashSet(StringComparer.Ordinal);
        var roots = context.Host.Current.Roots.Where(r => !removed.Contains(r)).Concat(p.Event.Added.Select(f => context.Uris.ToPath(f.Uri))).Distinct();
        context.Host.ApplyChange(new RootsChanged([.. roots]));
        context.Host.ApplyChange(new SettingsChanged());
        context.Diagnostics.ScheduleAllOpen();
    }

    public static async Task<FullDocumentDiagnosticReport> Diagnostic(ServerContext context, TextDocumentParams p, CancellationToken cancellation)
    {
        var analysis = await context.AnalyzeAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
        return new FullDocumentDiagnosticReport { ResultId = $"{analysis.Snapshot.Version}", Items = LspResults.Diagnostics(context.Uris, analysis) };
    }

    /// <summary>Pushes an analysis's diagnostics (when the client does not pull them); the configuration it read is published the first time it is seen.</summary>
    internal static async Task PublishAsync(ServerContext context, DocumentAnalysis analysis)
    {
        context.Configuration.Observe(analysis.Result.Options.Configuration);
        if (!context.Client.PushDiagnostics)
        {
            return;
        }

        var json = DiagnosticsJson.Publish(context.Uris.ToUri(analysis.Snapshot.Path), analysis.Snapshot.Version, LspResults.Diagnostics(context.Uris, analysis));
        try
        {
            await context.Notify("textDocument/publishDiagnostics", json).ConfigureAwait(false);
        }
        finally
        {
            // Written (or never to be): the bytes go back to the pool.
            json.Release();
        }
    }

    internal static List<TextChange> TextChanges(DidChangeTextDocumentParams p) =>
        [.. p.ContentChanges.Select(c => new TextChange(c.Range is { } r ? Convert.LineSpan(r) : null, c.Text ?? string.Empty))];

    private static async Task PullSettingsSafelyAsync(ServerContext context)
    {
        try
        {
            await LifecycleHandlers.PullSettingsAsync(context).ConfigureAwait(false);
        }
        catch (Exception e) when (e is StreamJsonRpc.RemoteInvocationException or StreamJsonRpc.ConnectionLostException or ObjectDisposedException or InvalidOperationException)
        {
            context.LogToStderr($"workspace/configuration: {e.Message}");
        }
    }
}
