using CanvasLang.EditorServices.CodeActions;
using CanvasLang.EditorServices.CodeLens;
using CanvasLang.EditorServices.Folding;
using CanvasLang.EditorServices.Formatting;
using CanvasLang.EditorServices.Hover;
using CanvasLang.EditorServices.InlayHints;
using CanvasLang.EditorServices.SemanticTokens;
using CanvasLang.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;
using Services = CanvasLang.EditorServices;

namespace CanvasLang.LanguageServer.Server;

/// <summary>Hover, code actions, formatting, folding, semantic tokens, code lens, inlay hints.</summary>
public sealed partial class CanvasLanguageServer
{
    private void RegisterLanguageRoutes()
    {
        RegisterCompletionRoutes();
        Request<TextDocumentPositionParams>("textDocument/hover", async (p, cancellation) =>
        {
            // The last finished analysis, positions read in its own text: a hover never waits for rules.
            var analysis = await Workspace.LatestAsync(Uris.ToPath(p.TextDocument.Uri), cancellation).ConfigureAwait(false);
            return HoverService.Hover(analysis, Convert.Offset(analysis.Text, p.Position)) is { } hover
                ? new Hover { Contents = new MarkupContent { Value = hover.Markdown }, Range = Convert.Range(analysis.Text, hover.Span) }
                : null;
        });
        Request<CodeActionParams>("textDocument/codeAction", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
            var only = p.Context.Only;
            var onlyFixAll = only is { Count: > 0 } && only.All(k => k.StartsWith("source", StringComparison.Ordinal));
            var actions = CodeActions.Actions(analysis, Convert.Span(analysis.Text, p.Range), onlyFixAll, snippetTextEdit, cancellation);
            return actions
                .Select(a => (Action: a, Kind: ActionKindOf(a)))
                .Where(a => only is not { Count: > 0 } || only.Any(k => a.Kind == k || a.Kind.StartsWith(k + ".", StringComparison.Ordinal)))
                .Select(a => new CodeAction
                {
                    Title = a.Action.Title,
                    Kind = a.Kind,
                    Diagnostics = a.Action.Diagnostic is { } d ? [ToLsp(analysis.Text, d)] : null,
                    IsPreferred = a.Action.IsPreferred ? true : null,
                    Edit = ToLsp(a.Action.Change),
                })
                .ToList();
        });
        Request<TextDocumentParams>("textDocument/formatting", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(p.TextDocument?.Uri ?? string.Empty, cancellation).ConfigureAwait(false);
            return CanvasFormatter.FormatDocument(analysis.Snapshot.Tree).Select(e => Convert.Edit(analysis.Text, e)).ToList();
        });
        Request<TextDocumentParams>("textDocument/rangeFormatting", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
            var range = Convert.Span(analysis.Text, p.Range);
            return CanvasFormatter.FormatRange(analysis.Snapshot.Tree, range).Select(e => Convert.Edit(analysis.Text, e)).ToList();
        });
        Request<TextDocumentParams>("textDocument/foldingRange", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
            return FoldingService.Fold(analysis.Snapshot.Tree).Select(f => new FoldingRange
            {
                StartLine = f.StartLine,
                EndLine = f.EndLine,
                Kind = f.Kind switch { FoldKind.Comment => "comment", FoldKind.Imports => "imports", _ => "region" },
            }).ToList();
        });
        Request<TextDocumentParams>("textDocument/semanticTokens/full", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
            return new SemanticTokens { Data = Encode(SemanticTokenService.Classify(analysis.Snapshot.Tree, analysis.Result.Model)) };
        });
        Request<TextDocumentParams>("textDocument/codeLens", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
            return CodeLensService.Lenses(analysis.Result.Model).Select(l => new CodeLens
            {
                Range = Convert.Range(analysis.Text, l.Span),
                Command = new Command { Title = l.Title, Name = "canvaslang.openPreview" },
            }).ToList();
        });
        Request<TextDocumentParams>("textDocument/inlayHint", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
            return InlayHintService.Hints(analysis.Result.Model, Convert.Span(analysis.Text, p.Range)).Select(h => new Protocol.InlayHint
            {
                Position = Convert.Position(analysis.Text, h.Offset),
                Label = h.Label,
                Tooltip = h.Tooltip,
                PaddingLeft = true,
            }).ToList();
        });
    }

    private static string ActionKindOf(CanvasAction action) => action.Kind switch
    {
        ActionKind.QuickFix => "quickfix",
        ActionKind.SourceFixAll => "source.fixAll.canvaslang",
        _ => action.Title.StartsWith("Move ", StringComparison.Ordinal) ? "refactor.move" : "refactor.rewrite",
    };

    /// <summary>
    /// Plain `changes` when every file exists and no edit is a snippet; otherwise `documentChanges`:
    /// a create first when a file must be made, and snippet edits in rust-analyzer's shape (a text
    /// edit with `insertTextFormat: 2`), which only a client announcing `experimental.snippetTextEdit` gets.
    /// </summary>
    private WorkspaceEdit ToLsp(Services.Workspace.WorkspaceChange change)
    {
        List<Protocol.TextEdit> Edits(Services.Workspace.DocumentEdit d) =>
            [.. d.Edits.Select(e => d.Text is not { } text ? new Protocol.TextEdit { NewText = e.NewText }
                : e.IsSnippet ? new SnippetTextEdit { Range = Convert.Range(text, e.Span), NewText = e.NewText }
                : Convert.Edit(text, e))];

        if (!change.Documents.Any(d => d.CreatesFile || d.Edits.Any(e => e.IsSnippet)))
        {
            return new WorkspaceEdit { Changes = change.Documents.ToDictionary(d => Uris.ToUri(d.Path), Edits) };
        }

        var operations = new List<object>();
        foreach (var document in change.Documents)
        {
            var uri = Uris.ToUri(document.Path);
            if (document.CreatesFile)
            {
                operations.Add(new CreateFile { Uri = uri, Options = new JObject { ["ignoreIfExists"] = true } });
            }

            operations.Add(new TextDocumentEdit { TextDocument = new VersionedTextDocumentIdentifier { Uri = uri }, Edits = Edits(document) });
        }

        return new WorkspaceEdit { DocumentChanges = operations };
    }

    /// <summary>LSP's relative encoding: line delta, start delta (relative on the same line), length, type, modifiers.</summary>
    private static List<int> Encode(IEnumerable<ClassifiedToken> tokens)
    {
        var data = new List<int>();
        int line = 0, character = 0;
        foreach (var token in tokens)
        {
            var deltaLine = token.Line - line;
            data.AddRange([deltaLine, deltaLine == 0 ? token.Character - character : token.Character, token.Length, token.Type, token.Modifiers]);
            line = token.Line;
            character = token.Character;
        }

        return data;
    }
}
