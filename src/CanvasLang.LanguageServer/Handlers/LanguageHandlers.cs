using CanvasLang.EditorServices.CodeActions;
using CanvasLang.EditorServices.CodeLens;
using CanvasLang.EditorServices.Folding;
using CanvasLang.EditorServices.Formatting;
using CanvasLang.EditorServices.Hover;
using CanvasLang.EditorServices.InlayHints;
using CanvasLang.EditorServices.SemanticTokens;
using CanvasLang.LanguageServer.Protocol;

namespace CanvasLang.LanguageServer.Server;

/// <summary>Hover, code actions, formatting, folding, semantic tokens, code lens, inlay hints.</summary>
internal static class LanguageHandlers
{
    public static async Task<Hover?> Hover(ServerContext context, TextDocumentPositionParams p, CancellationToken cancellation)
    {
        // The last finished analysis, positions read in its own text: a hover never waits for rules.
        var analysis = await context.LatestAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
        return HoverService.Hover(analysis, Convert.Offset(analysis.Text, p.Position)) is { } hover
            ? new Hover { Contents = new MarkupContent { Value = hover.Markdown }, Range = Convert.Range(analysis.Text, hover.Span) }
            : null;
    }

    public static async Task<List<CodeAction>> CodeActions(ServerContext context, CodeActionParams p, CancellationToken cancellation)
    {
        var snapshot = context.Host.Current;
        var analysis = await snapshot.AnalyzeAsync(context.Uris.ToPath(p.TextDocument.Uri), cancellation).ConfigureAwait(false);
        var only = p.Context.Only;
        var onlyFixAll = only is { Count: > 0 } && only.All(k => k.StartsWith("source", StringComparison.Ordinal));
        var actions = new CodeActionService(snapshot).Actions(analysis, Convert.Span(analysis.Text, p.Range), onlyFixAll, context.Client.SnippetTextEdit, cancellation);
        return actions
            .Select(a => (Action: a, Kind: KindOf(a)))
            .Where(a => only is not { Count: > 0 } || only.Any(k => a.Kind == k || a.Kind.StartsWith(k + ".", StringComparison.Ordinal)))
            .Select(a => new CodeAction
            {
                Title = a.Action.Title,
                Kind = a.Kind,
                Diagnostics = a.Action.Diagnostic is { } d ? [LspResults.Diagnostic(context.Uris, analysis.Text, d)] : null,
                IsPreferred = a.Action.IsPreferred ? true : null,
                Edit = LspResults.WorkspaceEdit(context.Uris, a.Action.Change),
            })
            .ToList();
    }

    public static async Task<List<TextEdit>> Format(ServerContext context, TextDocumentParams p, CancellationToken cancellation)
    {
        var analysis = await context.AnalyzeAsync(p.TextDocument?.Uri ?? string.Empty, cancellation).ConfigureAwait(false);
        return [.. CanvasFormatter.FormatDocument(analysis.Snapshot.Tree).Select(e => Convert.Edit(analysis.Text, e))];
    }

    public static async Task<List<TextEdit>> FormatRange(ServerContext context, TextDocumentParams p, CancellationToken cancellation)
    {
        var analysis = await context.AnalyzeAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
        var range = Convert.Span(analysis.Text, p.Range);
        return [.. CanvasFormatter.FormatRange(analysis.Snapshot.Tree, range).Select(e => Convert.Edit(analysis.Text, e))];
    }

    public static async Task<List<FoldingRange>> Folding(ServerContext context, TextDocumentParams p, CancellationToken cancellation)
    {
        var analysis = await context.AnalyzeAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
        return [.. FoldingService.Fold(analysis.Snapshot.Tree).Select(f => new FoldingRange
        {
            StartLine = f.StartLine,
            EndLine = f.EndLine,
            Kind = f.Kind switch { FoldKind.Comment => "comment", FoldKind.Imports => "imports", _ => "region" },
        })];
    }

    public static async Task<SemanticTokens> SemanticTokens(ServerContext context, TextDocumentParams p, CancellationToken cancellation)
    {
        var analysis = await context.AnalyzeAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
        return new SemanticTokens { Data = Encode(SemanticTokenService.Classify(analysis.Snapshot.Tree, analysis.Result.Model)) };
    }

    public static async Task<List<CodeLens>> CodeLenses(ServerContext context, TextDocumentParams p, CancellationToken cancellation)
    {
        var analysis = await context.AnalyzeAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
        return [.. CodeLensService.Lenses(analysis.Result.Model).Select(l => new CodeLens
        {
            Range = Convert.Range(analysis.Text, l.Span),
            Command = new Command { Title = l.Title, Name = "canvaslang.openPreview" },
        })];
    }

    public static async Task<List<Protocol.InlayHint>> InlayHints(ServerContext context, TextDocumentParams p, CancellationToken cancellation)
    {
        var analysis = await context.AnalyzeAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
        return [.. InlayHintService.Hints(analysis.Result.Model, Convert.Span(analysis.Text, p.Range)).Select(h => new Protocol.InlayHint
        {
            Position = Convert.Position(analysis.Text, h.Offset),
            Label = h.Label,
            Tooltip = h.Tooltip,
            PaddingLeft = true,
        })];
    }

    private static string KindOf(CanvasAction action) => action.Kind switch
    {
        ActionKind.QuickFix => "quickfix",
        ActionKind.SourceFixAll => "source.fixAll.canvaslang",
        _ => action.Title.StartsWith("Move ", StringComparison.Ordinal) ? "refactor.move" : "refactor.rewrite",
    };

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
