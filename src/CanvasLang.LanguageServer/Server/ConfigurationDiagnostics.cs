using CanvasLang.EditorServices.Workspace;
using CanvasLang.LanguageServer.Protocol;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Syntax.Text;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Server;

/// <summary>
/// canvaslang.json in the editor: never a canvas (no canvas analysis or features on it), but its
/// problems (CV900) are pushed as diagnostics on its own URI, with exact ranges.
/// <list type="bullet">
/// <item>They are published when a configuration is first loaded for an open canvas, when the file
/// changes on disk (watched files, saves), and on every edit of the file in the editor.</item>
/// <item>While the file is open they reflect the editor's unsaved text; canvases are analyzed with
/// the saved file (rust-analyzer and Cargo.toml, markdownlint and its config file): a half-typed
/// configuration never changes the findings of every canvas, and saving applies it.</item>
/// <item>They are cleared (an empty array) when the problems are fixed or the file is deleted.</item>
/// <item>They are always pushed, whether or not the client pulls canvas diagnostics; a pull for
/// canvaslang.json answers an empty report so a client that does both does not show them twice.</item>
/// </list>
/// </summary>
internal sealed class ConfigurationDiagnostics(ServerContext context)
{
    private static readonly string[] ConfigurationNotifications = ["textDocument/didOpen", "textDocument/didChange", "textDocument/didSave", "textDocument/didClose"];

    private readonly object configurationGate = new();

    /// <summary>Per canvaslang.json, the diagnostics array last published (absent: none shown).</summary>
    private readonly Dictionary<string, string> configurationShown = new(StringComparer.Ordinal);

    /// <summary>Configuration files already looked at once, so analyses do not re-read them on every keystroke.</summary>
    private readonly HashSet<string> configurationSeen = new(StringComparer.Ordinal);

    /// <summary>Publications in the order they were decided, so an older one never lands after a newer one.</summary>
    private Task configurationPublishing = Task.CompletedTask;

    /// <summary>
    /// Takes over messages about canvaslang.json before the canvas routes see them: text sync keeps its
    /// buffer, requests get an empty answer. Watched-file changes are noted and passed on (false).
    /// </summary>
    public bool TryRoute(string method, bool isRequest, JToken? token, out object? answer)
    {
        answer = null;
        if (method == "workspace/didChangeWatchedFiles")
        {
            // Malformed params are left for the watched-files route to answer.
            foreach (var change in (token as JObject)?["changes"] as JArray ?? [])
            {
                if (change is JObject c && c["uri"] is JValue { Type: JTokenType.String } uri && Analysis.IsConfigurationFile(context.Uris.ToPath(uri.Value<string>()!)))
                {
                    Refresh(context.Uris.ToPath(uri.Value<string>()!));
                }
            }

            return false;
        }

        var uriToken = token is not JObject parameters ? null
            : parameters["textDocument"] is JObject document ? document["uri"]
            : method.StartsWith("canvaslang/", StringComparison.Ordinal) ? parameters["uri"] : null;
        var documentUri = uriToken is JValue { Type: JTokenType.String } u ? u.Value<string>()! : null;
        if (documentUri is null || !Analysis.IsConfigurationFile(context.Uris.ToPath(documentUri)))
        {
            return false;
        }

        var path = context.Uris.ToPath(documentUri);
        if (!isRequest)
        {
            if (ConfigurationNotifications.Contains(method))
            {
                DocumentChanged(method, path, token!);
            }

            return true;
        }

        answer = method switch
        {
            "textDocument/diagnostic" => new FullDocumentDiagnosticReport { ResultId = "configuration", Items = [] },
            _ when method.StartsWith("canvaslang/", StringComparison.Ordinal) => throw new InvalidParamsException($"{CanvasConfiguration.FileName} is the configuration, not a canvas"),
            _ => null,
        };
        return true;
    }

    private void DocumentChanged(string method, string path, JToken token)
    {
        switch (method)
        {
            case "textDocument/didOpen":
                var opened = context.Read<DidOpenTextDocumentParams>(method, token);
                context.Host.ApplyChange(new ConfigurationOpened(path, opened.TextDocument.Version, opened.TextDocument.Text));
                break;
            case "textDocument/didChange":
                var changed = context.Read<DidChangeTextDocumentParams>(method, token);
                var edit = new ConfigurationEdited(path, changed.TextDocument.Version ?? int.MaxValue, DocumentHandlers.TextChanges(changed));
                if (context.Host.ApplyChange(edit).Outcome != ChangeOutcome.Applied)
                {
                    context.Log(2, $"ignored a change to {changed.TextDocument.Uri} that does not follow the version held");
                    return;
                }

                break;
            case "textDocument/didSave":
                // The saved file is what canvases are analyzed with: they are all re-analyzed. The file's
                // own problems are published again even if unchanged: a client that holds diagnostics of
                // dirty documents back until they are saved (the extension's lint.run = onSave) shows them now.
                var saved = context.Host.ApplyChange(new FilesChanged([path])).Analysis;
                context.Diagnostics.ScheduleAllOpen();
                Refresh(path, force: saved.ConfigurationBufferOf(path) is not null);
                return;
            default:
                context.Host.ApplyChange(new ConfigurationClosed(path));
                break;
        }

        Refresh(path);
    }

    /// <summary>After an analysis of an open canvas: the configuration it used is published the first time it is seen.</summary>
    public void Observe(CanvasConfiguration configuration)
    {
        if (configuration.Path is not { } path)
        {
            return;
        }

        lock (configurationGate)
        {
            if (configurationSeen.Contains(path))
            {
                return;
            }
        }

        Refresh(path);
    }

    /// <summary>Publishes the file's problems (from the editor's buffer when open, else from disk) when they differ from what is shown, or when forced.</summary>
    private void Refresh(string path, bool force = false)
    {
        lock (configurationGate)
        {
            configurationSeen.Add(path);
            var buffer = context.Host.Current.ConfigurationBufferOf(path);
            var configuration = buffer is not null ? ConfigurationLoader.Parse(path, buffer.Text.Text) : ReadConfiguration(path);
            var text = configuration?.Text ?? SourceText.From(string.Empty);
            var items = configuration?.Diagnostics.Select(d => LspResults.Diagnostic(context.Uris, text, d)).ToList() ?? [];
            var parameters = DiagnosticsJson.Publish(context.Uris.ToUri(path), buffer?.Version, items);
            // What the user sees, without the version that changes on every edit of the buffer.
            var shown = System.Text.Encoding.UTF8.GetString(DiagnosticsJson.Publish(string.Empty, null, items).Json.Span);
            var wasShown = configurationShown.TryGetValue(path, out var before);
            if (!force && (wasShown ? before == shown : items.Count == 0))
            {
                return;
            }

            if (items.Count == 0)
            {
                configurationShown.Remove(path);
            }
            else
            {
                configurationShown[path] = shown;
            }

            configurationPublishing = configurationPublishing.ContinueWith(_ => context.Notify("textDocument/publishDiagnostics", parameters), TaskScheduler.Default).Unwrap();
        }
    }

    /// <summary>The file as saved; null when it does not exist (any more).</summary>
    private static CanvasConfiguration? ReadConfiguration(string path)
    {
        try
        {
            return ConfigurationLoader.Parse(path, File.ReadAllText(path));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ConfigurationLoader.Load(path);
        }
    }
}
