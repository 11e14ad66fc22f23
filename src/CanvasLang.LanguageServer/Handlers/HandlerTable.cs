using System.Collections.Immutable;
using CanvasLang.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Server;

/// <summary>One LSP method: whether it is a request, and the handler it reaches with typed params.</summary>
internal sealed record Route(string Method, bool IsRequest, Func<ServerContext, JToken?, CancellationToken, Task<object?>> Invoke);

/// <summary>
/// Every method the server answers, in one table: the method's name and the function that handles it.
/// A notification's handler is synchronous, so document state is recorded in the order messages arrive.
/// </summary>
internal static class HandlerTable
{
    public static ImmutableArray<Route> Routes { get; } =
    [
        // Lifecycle: initialize, initialized, shutdown, exit (exit is answered by the dispatcher itself).
        Request<InitializeParams, object>("initialize", LifecycleHandlers.Initialize),
        Notification<JToken>("initialized", LifecycleHandlers.Initialized),
        Request<JToken, object?>("shutdown", LifecycleHandlers.Shutdown),
        Notification<JToken>("exit", (_, _) => { }),
        Notification<JToken>("$/setTrace", (_, _) => { }),

        // Text sync, files, settings, diagnostics.
        Notification<DidOpenTextDocumentParams>("textDocument/didOpen", DocumentHandlers.DidOpen),
        Notification<DidChangeTextDocumentParams>("textDocument/didChange", DocumentHandlers.DidChange),
        Notification<TextDocumentParams>("textDocument/didSave", DocumentHandlers.DidSave),
        Notification<TextDocumentParams>("textDocument/didClose", DocumentHandlers.DidClose),
        Notification<DidChangeWatchedFilesParams>("workspace/didChangeWatchedFiles", DocumentHandlers.DidChangeWatchedFiles),
        Notification<DidChangeConfigurationParams>("workspace/didChangeConfiguration", DocumentHandlers.DidChangeConfiguration),
        Notification<DidChangeWorkspaceFoldersParams>("workspace/didChangeWorkspaceFolders", DocumentHandlers.DidChangeWorkspaceFolders),
        Request<TextDocumentParams, FullDocumentDiagnosticReport>("textDocument/diagnostic", DocumentHandlers.Diagnostic),

        // Completion and the language features of one file.
        Request<TextDocumentPositionParams, JObject>("textDocument/completion", CompletionHandlers.Complete),
        Request<CompletionItemToResolve, CompletionItemToResolve>("completionItem/resolve", CompletionHandlers.Resolve),
        Request<TextDocumentPositionParams, Hover?>("textDocument/hover", LanguageHandlers.Hover),
        Request<CodeActionParams, List<CodeAction>>("textDocument/codeAction", LanguageHandlers.CodeActions),
        Request<TextDocumentParams, List<TextEdit>>("textDocument/formatting", LanguageHandlers.Format),
        Request<TextDocumentParams, List<TextEdit>>("textDocument/rangeFormatting", LanguageHandlers.FormatRange),
        Request<TextDocumentParams, List<FoldingRange>>("textDocument/foldingRange", LanguageHandlers.Folding),
        Request<TextDocumentParams, SemanticTokens>("textDocument/semanticTokens/full", LanguageHandlers.SemanticTokens),
        Request<TextDocumentParams, List<CodeLens>>("textDocument/codeLens", LanguageHandlers.CodeLenses),
        Request<TextDocumentParams, List<Protocol.InlayHint>>("textDocument/inlayHint", LanguageHandlers.InlayHints),

        // Navigation, within a file and across the workspace.
        Request<TextDocumentPositionParams, Location?>("textDocument/definition", NavigationHandlers.Definition),
        Request<ReferenceParams, List<Location>>("textDocument/references", NavigationHandlers.References),
        Request<TextDocumentPositionParams, List<DocumentHighlight>>("textDocument/documentHighlight", NavigationHandlers.Highlights),
        Request<TextDocumentPositionParams, PrepareRenameResult?>("textDocument/prepareRename", NavigationHandlers.PrepareRename),
        Request<RenameParams, WorkspaceEdit>("textDocument/rename", NavigationHandlers.Rename),
        Request<TextDocumentParams, List<DocumentSymbol>>("textDocument/documentSymbol", NavigationHandlers.DocumentSymbols),
        Request<WorkspaceSymbolParams, List<SymbolInformation>>("workspace/symbol", NavigationHandlers.WorkspaceSymbols),

        // The VS Code extension's own requests.
        Request<CanvasDocumentParams, TextResult>("canvaslang/fitSummary", CanvasHandlers.FitSummary),
        Request<CanvasDocumentParams, ContentResult>("canvaslang/render", CanvasHandlers.Render),
        Request<CanvasDocumentParams, ContentResult>("canvaslang/export", CanvasHandlers.Export),
    ];

    private static Route Request<TParams, TResult>(string method, Func<ServerContext, TParams, CancellationToken, Task<TResult>> handler)
        where TParams : class =>
        new(method, true, async (context, token, cancellation) => await handler(context, context.Read<TParams>(method, token), cancellation).ConfigureAwait(false));

    private static Route Notification<TParams>(string method, Action<ServerContext, TParams> handler)
        where TParams : class =>
        new(method, false, (context, token, _) =>
        {
            handler(context, context.Read<TParams>(method, token));
            return Task.FromResult<object?>(null);
        });
}
