using CanvasLang.EditorServices.Workspace;
using CanvasLang.LanguageServer.Protocol;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Text;
using Newtonsoft.Json.Linq;
using Model = CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.LanguageServer.Server;

/// <summary>Text sync, watched files, configuration, and diagnostics (pushed per version, or pulled).</summary>
public sealed partial class CanvasLanguageServer
{
    private void RegisterDocumentRoutes()
    {
        Notification<DidOpenTextDocumentParams>("textDocument/didOpen", p =>
        {
            var path = Uris.ToPath(p.TextDocument.Uri);
            Workspace.Open(path, p.TextDocument.Version, p.TextDocument.Text);
            Diagnostics.DocumentChanged(path);
        });
        Notification<DidChangeTextDocumentParams>("textDocument/didChange", p =>
        {
            var path = Uris.ToPath(p.TextDocument.Uri);
            var changes = p.ContentChanges.Select(c => new TextChange(c.Range is { } r ? Convert.LineSpan(r) : null, c.Text ?? string.Empty)).ToList();
            var outcome = Workspace.Change(path, p.TextDocument.Version ?? int.MaxValue, changes, out _);
            if (outcome != ChangeOutcome.Applied)
            {
                Log(2, outcome == ChangeOutcome.NotOpen
                    ? $"ignored an incremental change to {p.TextDocument.Uri}, which is not open"
                    : $"ignored a change to {p.TextDocument.Uri} at version {p.TextDocument.Version}, not newer than the version held");
                return;
            }

            if (lintRun == "onType")
            {
                Diagnostics.DocumentChanged(path);
            }
        });
        Notification<TextDocumentParams>("textDocument/didSave", p =>
        {
            var path = Uris.ToPath(p.TextDocument?.Uri ?? string.Empty);
            Workspace.FilesChanged([path]);
            Diagnostics.DocumentChanged(path);
        });
        Notification<TextDocumentParams>("textDocument/didClose", p =>
        {
            var uri = p.TextDocument?.Uri ?? string.Empty;
            var path = Uris.ToPath(uri);
            Diagnostics.Cancel(path);
            if (Workspace.Close(path) && pushDiagnostics)
            {
                _ = Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams { Uri = uri });
            }

            foreach (var importer in Workspace.OpenDocuments.Select(d => d.Path))
            {
                Diagnostics.Schedule(importer);
            }
        });
        Notification<DidChangeWatchedFilesParams>("workspace/didChangeWatchedFiles", p =>
        {
            Workspace.FilesChanged(p.Changes.Select(c => Uris.ToPath(c.Uri)));
            Diagnostics.ScheduleAllOpen();
        });
        Notification<DidChangeConfigurationParams>("workspace/didChangeConfiguration", p =>
        {
            ReadSettings(p.Settings?["canvaslang"] as JObject);
            Workspace.ConfigurationChanged();
            Diagnostics.ScheduleAllOpen();
            _ = PullSettingsSafelyAsync();
        });
        Notification<DidChangeWorkspaceFoldersParams>("workspace/didChangeWorkspaceFolders", p =>
        {
            var removed = p.Event.Removed.Select(f => Uris.ToPath(f.Uri)).ToHashSet(StringComparer.Ordinal);
            Workspace.Roots = [.. Workspace.Roots.Where(r => !removed.Contains(r)).Concat(p.Event.Added.Select(f => Uris.ToPath(f.Uri))).Distinct()];
            Workspace.ConfigurationChanged();
            Diagnostics.ScheduleAllOpen();
        });
        Request<TextDocumentParams>("textDocument/diagnostic", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
            return new FullDocumentDiagnosticReport { ResultId = $"{analysis.Snapshot.Version}", Items = ToLsp(analysis) };
        });
    }

    private async Task PullSettingsSafelyAsync()
    {
        try
        {
            await PullSettingsAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is StreamJsonRpc.RemoteInvocationException or StreamJsonRpc.ConnectionLostException or ObjectDisposedException or InvalidOperationException)
        {
            LogToStderr($"workspace/configuration: {e.Message}");
        }
    }

    /// <summary>The analysis of an open document's current version; a document that is not open is read from disk.</summary>
    private Task<DocumentAnalysis> AnalysisAsync(string uri, CancellationToken cancellation) =>
        Workspace.AnalyzeAsync(Uris.ToPath(uri), cancellation);

    private async Task PublishAsync(DocumentAnalysis analysis)
    {
        ObserveConfiguration(analysis.Result.Options.Configuration);
        if (!pushDiagnostics)
        {
            return;
        }

        var json = DiagnosticsJson.Publish(Uris.ToUri(analysis.Snapshot.Path), analysis.Snapshot.Version, ToLsp(analysis));
        try
        {
            await Notify("textDocument/publishDiagnostics", json).ConfigureAwait(false);
        }
        finally
        {
            // Written (or never to be): the bytes go back to the pool.
            json.Release();
        }
    }

    private List<Diagnostic> ToLsp(DocumentAnalysis analysis) =>
        [.. analysis.Result.Diagnostics.Select(d => ToLsp(analysis.Text, d))];

    internal Diagnostic ToLsp(SourceText text, Model.Diagnostic d) => new()
    {
        Range = Convert.Range(text, d.Span),
        Severity = d.Severity switch
        {
            Model.DiagnosticSeverity.Error => 1,
            Model.DiagnosticSeverity.Warning => 2,
            Model.DiagnosticSeverity.Info => 3,
            _ => 4,
        },
        Code = d.Code,
        CodeDescription = RuleCatalog.Find(d.Code) is { } rule ? new CodeDescription { Href = rule.HelpUri } : null,
        Message = d.Message,
        Tags = d.Tags.IsDefaultOrEmpty ? null : [.. d.Tags.Select(t => t == Model.DiagnosticTag.Unnecessary ? 1 : 2)],
        RelatedInformation = d.Related.IsDefaultOrEmpty ? null : [.. d.Related.Select(r => new DiagnosticRelatedInformation
        {
            Location = new Location { Uri = Uris.ToUri(r.Location.Path), Range = Convert.Range(r.Location.Text, r.Location.Span) },
            Message = r.Message,
        })],
    };
}
