using CanvasLang.EditorServices.SemanticTokens;
using CanvasLang.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace CanvasLang.LanguageServer.Server;

/// <summary>initialize, initialized, shutdown, exit; client capabilities and settings.</summary>
public sealed partial class CanvasLanguageServer
{
    private JObject clientCapabilities = [];
    private bool pushDiagnostics = true;

    /// <summary>rust-analyzer's experimental capability: code actions may carry snippet text edits.</summary>
    private bool snippetTextEdit;
    private string lintRun = "onType";

    private bool ClientSupports(string path) => clientCapabilities.SelectToken(path) is { Type: not JTokenType.Null and not JTokenType.Undefined } token
        && (token.Type != JTokenType.Boolean || token.Value<bool>());

    private void RegisterRoutes()
    {
        Request<InitializeParams>("initialize", (p, _) => Task.FromResult<object?>(Initialize(p)));
        Notification<JToken>("initialized", p => { _ = InitializedAsync(); });
        Request<JToken>("shutdown", (_, _) =>
        {
            state = ServerState.ShutDown;
            return Task.FromResult<object?>(null);
        });
        On<JToken>("exit", false, (_, _) => Task.FromResult<object?>(null));
        Notification<JToken>("$/setTrace", _ => { });
        RegisterDocumentRoutes();
        RegisterLanguageRoutes();
        RegisterNavigationRoutes();
        RegisterCanvasRoutes();
    }

    private object Initialize(InitializeParams p)
    {
        clientCapabilities = p.Capabilities ?? [];
        snippetTextEdit = ClientSupports("experimental.snippetTextEdit");
        var roots = (p.WorkspaceFolders ?? []).Select(f => f.Uri).ToList();
        if (roots.Count == 0 && (p.RootUri ?? (p.RootPath is { } rootPath ? new Uri(Path.GetFullPath(rootPath)).AbsoluteUri : null)) is { } root)
        {
            roots.Add(root);
        }

        Workspace.Roots = [.. roots.Select(Uris.ToPath)];
        ReadSettings(p.InitializationOptions?["settings"] as JObject ?? p.InitializationOptions as JObject);

        // Pull when the client can, unless it asks for pushed diagnostics (`"diagnostics": "push"` in its
        // initialization options: the VS Code extension filters pushed ones in its focus mode).
        var mode = p.InitializationOptions?["diagnostics"]?.Type == JTokenType.String ? p.InitializationOptions["diagnostics"]!.Value<string>() : null;
        var pull = ClientSupports("textDocument.diagnostic") && mode != "push";
        pushDiagnostics = !pull;
        state = ServerState.Initialized;
        var capabilities = new JObject
        {
            ["positionEncoding"] = "utf-16",
            ["textDocumentSync"] = new JObject { ["openClose"] = true, ["change"] = 2, ["save"] = new JObject { ["includeText"] = false } },
            ["completionProvider"] = new JObject { ["triggerCharacters"] = new JArray(" ", ","), ["resolveProvider"] = true, ["completionItem"] = new JObject { ["labelDetailsSupport"] = true } },
            ["hoverProvider"] = true,
            ["codeActionProvider"] = new JObject { ["codeActionKinds"] = new JArray("quickfix", "refactor.rewrite", "refactor.move", "source.fixAll.canvaslang"), ["resolveProvider"] = false },
            ["documentFormattingProvider"] = true,
            ["documentRangeFormattingProvider"] = true,
            ["documentSymbolProvider"] = new JObject { ["label"] = "CanvasLang" },
            ["workspaceSymbolProvider"] = true,
            ["definitionProvider"] = true,
            ["referencesProvider"] = true,
            ["renameProvider"] = new JObject { ["prepareProvider"] = true },
            ["documentHighlightProvider"] = true,
            ["foldingRangeProvider"] = true,
            ["semanticTokensProvider"] = new JObject
            {
                ["legend"] = new JObject { ["tokenTypes"] = new JArray(SemanticTokenService.TokenTypes), ["tokenModifiers"] = new JArray(SemanticTokenService.TokenModifiers) },
                ["full"] = true,
            },
            ["codeLensProvider"] = new JObject { ["resolveProvider"] = false },
            ["inlayHintProvider"] = true,
            ["workspace"] = new JObject { ["workspaceFolders"] = new JObject { ["supported"] = true, ["changeNotifications"] = true } },
        };
        if (pull)
        {
            capabilities["diagnosticProvider"] = new JObject { ["identifier"] = "canvaslang", ["interFileDependencies"] = true, ["workspaceDiagnostics"] = false };
        }

        return new JObject
        {
            ["capabilities"] = capabilities,
            ["serverInfo"] = new JObject { ["name"] = "canvaslang", ["version"] = typeof(CanvasLanguageServer).Assembly.GetName().Version?.ToString(3) ?? "0.1.0" },
        };
    }

    private async Task InitializedAsync()
    {
        try
        {
            if (ClientSupports("workspace.didChangeWatchedFiles.dynamicRegistration"))
            {
                var watchers = new JArray(
                    new JObject { ["globPattern"] = "**/canvaslang.json" },
                    new JObject { ["globPattern"] = "**/*.canvas" });
                var registration = new JObject
                {
                    ["id"] = "canvaslang-watch",
                    ["method"] = "workspace/didChangeWatchedFiles",
                    ["registerOptions"] = new JObject { ["watchers"] = watchers },
                };
                await rpc.InvokeWithParameterObjectAsync<JToken>("client/registerCapability", new JObject { ["registrations"] = new JArray(registration) }).ConfigureAwait(false);
            }

            await PullSettingsAsync().ConfigureAwait(false);
            Log(3, $"CanvasLang language server ready ({Workspace.Roots.Length} workspace folder(s))");
        }
        catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or ObjectDisposedException or InvalidOperationException)
        {
            LogToStderr($"initialized: {e.Message}");
        }
    }

    /// <summary>workspace/configuration for the "canvaslang" section, when the client offers it.</summary>
    private async Task PullSettingsAsync()
    {
        if (!ClientSupports("workspace.configuration"))
        {
            return;
        }

        var result = await rpc.InvokeWithParameterObjectAsync<JToken>("workspace/configuration",
            new JObject { ["items"] = new JArray(new JObject { ["section"] = "canvaslang" }) }).ConfigureAwait(false);
        if (result is JArray { Count: > 0 } items)
        {
            ReadSettings(items[0] as JObject);
        }
    }

    private void ReadSettings(JObject? settings)
    {
        if (settings?.SelectToken("lint.run") is { Type: JTokenType.String } run)
        {
            lintRun = run.Value<string>() == "onSave" ? "onSave" : "onType";
        }
    }
}
