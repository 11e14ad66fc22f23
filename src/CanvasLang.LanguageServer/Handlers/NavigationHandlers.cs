using CanvasLang.EditorServices.Navigation;
using CanvasLang.LanguageServer.Protocol;
using CanvasLang.Syntax.Text;
using StreamJsonRpc;

namespace CanvasLang.LanguageServer.Server;

/// <summary>Definition, references, rename, highlights, document and workspace symbols.</summary>
internal static class NavigationHandlers
{
    public static async Task<Location?> Definition(ServerContext context, TextDocumentPositionParams p, CancellationToken cancellation)
    {
        var analysis = await context.AnalyzeAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
        return NavigationService.Definition(analysis, Convert.Offset(analysis.Text, p.Position)) is { } location
            ? new Location { Uri = context.Uris.ToUri(location.Path), Range = Convert.Range(location.Text, location.Span) }
            : null;
    }

    public static async Task<List<Location>> References(ServerContext context, ReferenceParams p, CancellationToken cancellation)
    {
        var snapshot = context.Host.Current;
        var analysis = await snapshot.AnalyzeAsync(context.Uris.ToPath(p.TextDocument.Uri), cancellation).ConfigureAwait(false);
        var offset = Convert.Offset(analysis.Text, p.Position);
        var found = await context.WithProgressAsync("Finding references", () => new NavigationService(snapshot).References(analysis, offset, p.Context?.IncludeDeclaration ?? true, cancellation)).ConfigureAwait(false);
        return [.. found.Select(l => new Location { Uri = context.Uris.ToUri(l.Path), Range = Convert.Range(l.Text, l.Span) })];
    }

    public static async Task<List<DocumentHighlight>> Highlights(ServerContext context, TextDocumentPositionParams p, CancellationToken cancellation)
    {
        var analysis = await context.AnalyzeAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
        return [.. NavigationService.Highlights(analysis, Convert.Offset(analysis.Text, p.Position))
            .Select(h => new DocumentHighlight { Range = Convert.Range(analysis.Text, h.Span), Kind = h.Kind == HighlightKind.Write ? 3 : 2 })];
    }

    public static async Task<PrepareRenameResult?> PrepareRename(ServerContext context, TextDocumentPositionParams p, CancellationToken cancellation)
    {
        var analysis = await context.AnalyzeAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
        return NavigationService.PrepareRename(analysis, Convert.Offset(analysis.Text, p.Position)) is { } target
            ? new PrepareRenameResult { Range = Convert.Range(analysis.Text, target.Span), Placeholder = target.Placeholder }
            : null;
    }

    public static async Task<WorkspaceEdit> Rename(ServerContext context, RenameParams p, CancellationToken cancellation)
    {
        var snapshot = context.Host.Current;
        var analysis = await snapshot.AnalyzeAsync(context.Uris.ToPath(p.TextDocument.Uri), cancellation).ConfigureAwait(false);
        var offset = Convert.Offset(analysis.Text, p.Position);
        var (change, error) = await context.WithProgressAsync("Renaming", () => new NavigationService(snapshot).Rename(analysis, offset, p.NewName, cancellation)).ConfigureAwait(false);
        return change is not null ? LspResults.WorkspaceEdit(context.Uris, change) : throw new LocalRpcException(error ?? "cannot rename here") { ErrorCode = -32803 };
    }

    public static async Task<List<DocumentSymbol>> DocumentSymbols(ServerContext context, TextDocumentParams p, CancellationToken cancellation)
    {
        var analysis = await context.AnalyzeAsync(p.TextDocument.Uri, cancellation).ConfigureAwait(false);
        return [.. OutlineService.Outline(analysis.Snapshot.Tree).Select(i => ToLsp(analysis.Text, i))];
    }

    public static async Task<List<SymbolInformation>> WorkspaceSymbols(ServerContext context, WorkspaceSymbolParams p, CancellationToken cancellation)
    {
        var snapshot = context.Host.Current;
        var found = await context.WithProgressAsync("Searching canvases", () => OutlineService.Search(snapshot, p.Query ?? string.Empty, 500, cancellation)).ConfigureAwait(false);
        return [.. found.Select(s => new SymbolInformation
        {
            Name = s.Name,
            Kind = SymbolKindOf(s.Kind),
            ContainerName = s.Container,
            Location = new Location { Uri = context.Uris.ToUri(s.Path), Range = Convert.Range(s.Text, s.Span) },
        })];
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

    // No default arm: a new kind of outline item is a compile error here until it has an icon.
#pragma warning disable CS8524
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
        OutlineKind.Learning => 20,
        OutlineKind.Persona => 19,
        OutlineKind.Interview => 24,
        OutlineKind.Assumption => 26,
        OutlineKind.Positioning => 15,
        OutlineKind.EmpathyMap => 19,
        OutlineKind.FitStage => 14,
        OutlineKind.Swot => 18,
        OutlineKind.Strength => 7,
        OutlineKind.Weakness => 8,
        OutlineKind.Opportunity => 13,
        OutlineKind.Threat => 14,
        OutlineKind.Action => 12,
        OutlineKind.Metrics => 19,
        OutlineKind.Metric => 16,
    };
#pragma warning restore CS8524
}
