using CanvasLang.EditorServices.SemanticTokens;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace CanvasLang.LanguageServer.Server;

/// <summary>initialize, initialized, shutdown; the client's profile and the user's settings.</summary>
internal static class LifecycleHandlers
{
    public static Task<object> Initialize(ServerContext context, InitializeParams p, CancellationToken cancellation)
    {
        var options = context.Lenient<CanvasInitializationOptions>(p.InitializationOptions);
        context.Client = ClientProfile.From(p.Capabilities, options?.Diagnostics);
        var roots = (p.WorkspaceFolders ?? []).Select(f => f.Uri).ToList();
        if (roots.Count == 0 && (p.RootUri ?? (p.RootPath is { } rootPath ? new Uri(Path.GetFullPath(rootPath)).AbsoluteUri : null)) is { } root)
        {
            roots.Add(root);
        }

        context.Host.ApplyChange(new RootsChanged([.. roots.Select(context.Uris.ToPath)]));
        context.Apply(options?.Settings ?? (options?.Lint is { } lint ? new CanvasSettings { Lint = lint } : null));
        context.Lifecycle = Lifecycle.Initialized;
        return Task.FromResult<object>(new JObject
        {
            ["capabilities"] = Capabilities(context.Client),
            ["serverInfo"] = new JObject { ["name"] = "canvaslang", ["version"] = typeof(CanvasLanguageServer).Assembly.GetName().Version?.ToString(3) ?? "0.1.0" },
        });
    }

    public static void Initialized(ServerContext context, JToken none) => _ = InitializedAsync(context);

    public static Task<object?> Shutdown(ServerContext context, JToken none, CancellationToken cancellation)
    {
        context.Lifecycle = Lifecycle.ShutDown;
        return Task.FromResult<object?>(null);
    }

    /// <summary>workspace/configuration for the "canvaslang" section, when the client offers it.</summary>
    internal static async Task PullSettingsAsync(ServerContext context)
    {
        if (!context.Client.ConfigurationPull)
        {
            return;
        }

        var result = await context.RequestAsync("workspace/configuration",
            new JObject { ["items"] = new JArray(new JObject { ["section"] = "canvaslang" }) }).ConfigureAwait(false);
        if (result is JArray { Count: > 0 } items)
        {
            context.Apply(context.Lenient<CanvasSettings>(items[0]));
        }
    }

    private static JObject Capabilities(ClientProfile client)
    {
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
        if (!client.PushDiagnostics)
        {
            capabilities["diagnosticProvider"] = new JObject { ["identifier"] = "canvaslang", ["interFileDependencies"] = true, ["workspaceDiagnostics"] = false };
        }

        return capabilities;
    }

    private static async Task InitializedAsync(ServerContext context)
    {
        try
        {
            if (context.Client.WatchedFilesRegistration)
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
                await context.RequestAsync("client/registerCapability", new JObject { ["registrations"] = new JArray(registration) }).ConfigureAwait(false);
            }

            await PullSettingsAsync(context).ConfigureAwait(false);
            context.Log(3, $"CanvasLang language server ready ({context.Host.Current.Roots.Length} workspace folder(s))");
        }
        catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or ObjectDisposedException or InvalidOperationException)
        {
            context.LogToStderr($"initialized: {e.Message}");
        }
    }
}
