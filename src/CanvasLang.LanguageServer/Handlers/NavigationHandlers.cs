using CanvasLang.EditorServices.Navigation;
using CanvasLang.LanguageServer.Protocol;
using CanvasLang.Syntax.Text;
using StreamJsonRpc;

namespace CanvasLang.LanguageServer.Server;

/// <summary>Definition, references, rename, highlights, document and workspace symbols.</summary>
public sealed partial class CanvasLanguageServer
{
    private void RegisterNavigationRoutes()
    {
        Request<TextDocumentPositionParams>("textDocument/definition", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
            return NavigationService.Definition(analysis, Convert.Offset(analysis.Text, p.Position)) is { } location
                ? new Location { Uri = Uris.ToUri(location.Path), Range = Convert.Range(location.Text, location.Span) }
                : null;
        });
        Request<ReferenceParams>("textDocument/references", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
            var offset = Convert.Offset(analysis.Text, p.Position);
            var found = await WithProgressAsync("Finding references", () => Navigation.References(analysis, offset, p.Context?.IncludeDeclaration ?? true, cancellation)).ConfigureAwait(false);
            return found.Select(l => new Location { Uri = Uris.ToUri(l.Path), Range = Convert.Range(l.Text, l.Span) }).ToList();
        });
        Request<TextDocumentPositionParams>("textDocument/documentHighlight", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
            return NavigationService.Highlights(analysis, Convert.Offset(analysis.Text, p.Position))
                .Select(h => new DocumentHighlight { Range = Convert.Range(analysis.Text, h.Span), Kind = h.Kind == HighlightKind.Write ? 3 : 2 })
                .ToList();
        });
        Request<TextDocumentPositionParams>("textDocument/prepareRename", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
            return NavigationService.PrepareRename(analysis, Convert.Offset(analysis.Text, p.Position)) is { } target
                ? new PrepareRenameResult { Range = Convert.Range(analysis.Text, target.Span), Placeholder = target.Placeholder }
                : null;
        });
        Request<RenameParams>("textDocument/rename", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
            var offset = Convert.Offset(analysis.Text, p.Position);
            var (change, error) = await WithProgressAsync("Renaming", () => Navigation.Rename(analysis, offset, p.NewName, cancellation)).ConfigureAwait(false);
            return change is not null ? ToLsp(change) : throw new LocalRpcException(error ?? "cannot rename here") { ErrorCode = -32803 };
        });
        Request<TextDocumentParams>("textDocument/documentSymbol", async (p, cancellation) =>
        {
            var analysis = await AnalysisAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
            return OutlineService.Outline(analysis.Snapshot.Tree).Select(i => ToLsp(analysis.Text, i)).ToList();
        });
        Request<WorkspaceSymbolParams>("workspace/symbol", async (p, cancellation) =>
        {
            var found = await WithProgressAsync("Searching canvases", () => OutlineService.Search(Workspace, p.Query ?? string.Empty, 500, cancellation)).ConfigureAwait(false);
            return found.Select(s => new SymbolInformation
            {
                Name = s.Name,
                Kind = SymbolKindOf(s.Kind),
                ContainerName = s.Container,
                Location = new Location { Uri = Uris.ToUri(s.Path), Range = Convert.Range(s.Text, s.Span) },
            }).ToList();
        });
    }

    private static DocumentSymbol ToLsp(SourceText text, OutlineItem item)
    {
        var range = Convert.Range(text, item.Span);
        var selection = item.Span.Contains(item.NameSpan.Start) || item.Span == item.NameSpan ? Convert.Range(text, item.NameSpan) : range;
        return new DocumentSymbol
        {
            Name = string.IsNullOrWhiteSpace(item.Name) ? "(unnamed)" : item.Name,
            Detail = item.Detail,
            Kind = SymbolKindOf(item.Kind),
            Range = range,
            SelectionRange = selection,
            Children = item.Children.IsEmpty ? null : [.. item.Children.Select(c => ToLsp(text, c))],
        };
    }

    private static int SymbolKindOf(OutlineKind kind) => kind switch
    {
        OutlineKind.Title or OutlineKind.Statement or OutlineKind.Purpose => 15,
        OutlineKind.Import or OutlineKind.BusinessModel => 2,
        OutlineKind.Segment => 5,
        OutlineKind.Profile => 23,
        OutlineKind.ValueMap => 19,
        OutlineKind.Job => 12,
        OutlineKind.Pain => 8,
        OutlineKind.Gain => 7,
        OutlineKind.Offer => 14,
        OutlineKind.Reliever => 6,
        OutlineKind.Creator => 9,
        OutlineKind.Test => 24,
        _ => 20,
    };
}
