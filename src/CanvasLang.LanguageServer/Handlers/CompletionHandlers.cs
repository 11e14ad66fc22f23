using CanvasLang.EditorServices.Completion;
using CanvasLang.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Server;

/// <summary>Completion lists (filtered by the typed word, capped, without documentation) and their lazy documentation.</summary>
public sealed partial class CanvasLanguageServer
{
    private void RegisterCompletionRoutes()
    {
        Request<TextDocumentPositionParams>("textDocument/completion", async (p, cancellation) =>
        {
            // The current text (parsed once, shared with the running analysis) with the names of the
            // last finished model: typing never waits for binding and rules.
            var path = Uris.ToPath(p.TextDocument.Uri);
            var analysis = await Workspace.LatestAsync(path, cancellation).ConfigureAwait(false);
            if (Workspace.Get(path) is { } current && current.Version != analysis.Snapshot.Version)
            {
                analysis = analysis with { Snapshot = current };
            }

            var result = CompletionService.Complete(analysis, Convert.Offset(analysis.Text, p.Position));
            return new CompletionList
            {
                IsIncomplete = result.IsIncomplete,
                Items = [.. result.Items.Select(i => ToLsp(i, p.TextDocument.Uri, analysis.Text))],
            };
        });

        // The item comes back as the client holds it; only its documentation is added.
        Request<JObject>("completionItem/resolve", async (item, cancellation) =>
        {
            if (item["data"] is not JObject { } data || data["uri"]?.Type != JTokenType.String || data["key"]?.Type != JTokenType.String)
            {
                return item;
            }

            var analysis = await Workspace.LatestAsync(Uris.ToPath(data["uri"]!.Value<string>()!), cancellation).ConfigureAwait(false);
            if (CompletionDocumentation.Resolve(analysis.Result.Model, data["key"]!.Value<string>()!) is { } documentation)
            {
                item["documentation"] = new JObject { ["kind"] = "markdown", ["value"] = documentation };
            }

            return item;
        });
    }

    private static Protocol.CompletionItem ToLsp(EditorServices.Completion.CompletionItem item, string uri, Syntax.Text.SourceText text) => new()
    {
        Label = item.Label,
        LabelDetails = item.Description is null ? null : new CompletionItemLabelDetails { Description = item.Description },
        Kind = CompletionKindOf(item.Kind),
        Detail = item.Detail,
        SortText = item.SortText,
        FilterText = item.FilterWords is null ? null : $"{item.Label} {item.FilterWords}",
        Preselect = item.Preselect ? true : null,
        InsertTextFormat = item.IsSnippet ? 2 : 1,
        TextEdit = new Protocol.TextEdit { Range = Convert.Range(text, item.ReplaceSpan), NewText = item.InsertText },
        Data = item.DocumentationKey is null ? null : new JObject { ["uri"] = uri, ["key"] = item.DocumentationKey },
    };

    private static int CompletionKindOf(CompletionKind kind) => kind switch
    {
        CompletionKind.Keyword => 14,
        CompletionKind.Snippet => 15,
        CompletionKind.Value => 20,
        CompletionKind.Segment => 7,
        CompletionKind.Test => 23,
        _ => 5,
    };
}
