using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Server;

/// <summary>
/// What the client said it can do, read once from `initialize` and never changed: every protocol
/// choice the server makes (push or pull diagnostics, snippet edits, progress, watched files, pulled
/// settings) is made from these capabilities, never from the client's name.
/// </summary>
internal sealed record ClientProfile(
    bool PushDiagnostics,
    bool SnippetTextEdit,
    bool WorkDoneProgress,
    bool WatchedFilesRegistration,
    bool ConfigurationPull)
{
    /// <summary>Before `initialize`: push, nothing optional.</summary>
    public static ClientProfile None { get; } = new(true, false, false, false, false);

    /// <param name="capabilities">The client's capabilities as sent.</param>
    /// <param name="diagnosticsMode">`initializationOptions.diagnostics`: "push" keeps diagnostics pushed even for a client that can pull them.</param>
    public static ClientProfile From(JObject? capabilities, string? diagnosticsMode)
    {
        var c = capabilities ?? [];
        bool Supports(string path) => c.SelectToken(path) is { Type: not JTokenType.Null and not JTokenType.Undefined } token
            && (token.Type != JTokenType.Boolean || token.Value<bool>());

        // Pull when the client can, unless it asks for pushed diagnostics (the VS Code extension filters pushed ones in its focus mode).
        var pull = Supports("textDocument.diagnostic") && diagnosticsMode != "push";
        return new ClientProfile(
            PushDiagnostics: !pull,
            SnippetTextEdit: Supports("experimental.snippetTextEdit"),
            WorkDoneProgress: Supports("window.workDoneProgress"),
            WatchedFilesRegistration: Supports("workspace.didChangeWatchedFiles.dynamicRegistration"),
            ConfigurationPull: Supports("workspace.configuration"));
    }
}
