using CanvasLang.EditorServices.Completion;
using CanvasLang.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Server;

/// <summary>Completion lists (filtered by the typed word, capped, without documentation) and their lazy documentation.</summary>
internal static class CompletionHandlers
{
    public static async Task<JObject> Complete(ServerContext context, TextDocumentPositionParams p, CancellationToken cancellation)
    {
        // The snapshot's text (parsed once, shared with the running analysis) with the names of the
        // last finished model: typing never waits for binding and rules.
        var snapshot = context.Host.Current;
        var path = context.Uris.ToPath(p.TextDocument.Uri);
        var analysis = await snapshot.LatestAsync(path, cancellation).ConfigureAwait(false);
        if (snapshot.Get(path) is { } current && current.Version != analysis.Snapshot.Version)
        {
            analysis = analysis with { Snapshot = current };
        }

        var result = CompletionService.Complete(analysis, Convert.Offset(analysis.Text, p.Position));
        return new JObject
        {
            ["isIncomplete"] = result.IsIncomplete,
            ["items"] = new JArray(result.Items.Select(i => ToLsp(i, p.TextDocument.Uri, analysis.Text))),
        };
    }

    /// <summary>The item comes back as the client holds it; only its documentation is added.</summary>
    public static async Task<CompletionItemToResolve> Resolve(ServerContext context, CompletionItemToResolve item, CancellationToken cancellation)
    {
        if (item.Data is not { Uri: { } uri, Key: { } key })
        {
            return item;
        }

        var analysis = await context.LatestAsync(uri, cancellation).ConfigureAwait(false);
        if (CompletionDocumentation.Resolve(analysis.Result.Model, key) is { } documentation)
        {
            item.Documentation = new MarkupContent { Kind = "markdown", Value = documentation };
        }

        return item;
    }

    /// <summary>
    /// An LSP CompletionItem built as JSON directly: the serializer writes a JObject as it is, while
    /// our protocol classes would cost it reflection over every property of every item.
    /// </summary>
    private static JObject ToLsp(EditorServices.Completion.CompletionItem item, string uri, Syntax.Text.SourceText text)
    {
        var range = Convert.Range(text, item.ReplaceSpan);
        var lsp = new JObject
        {
            ["label"] = item.Label,
            ["kind"] = CompletionKindOf(item.Kind),
        };
        Add(lsp, "labelDetails", item.Description is null ? null : new JObject { ["description"] = item.Description });
        Add(lsp, "detail", item.Detail);
        Add(lsp, "sortText", item.SortText);
        Add(lsp, "filterText", item.FilterWords is null ? null : $"{item.Label} {item.FilterWords}");
        if (item.Preselect)
        {
            lsp["preselect"] = true;
        }

        lsp["insertTextFormat"] = item.IsSnippet ? 2 : 1;
        lsp["textEdit"] = new JObject
        {
            ["range"] = new JObject
            {
                ["start"] = new JObject { ["line"] = range.Start.Line, ["character"] = range.Start.Character },
                ["end"] = new JObject { ["line"] = range.End.Line, ["character"] = range.End.Character },
            },
            ["newText"] = item.InsertText,
        };
        Add(lsp, "data", item.DocumentationKey is null ? null : new JObject { ["uri"] = uri, ["key"] = item.DocumentationKey });
        return lsp;
    }

    // Absent, never null: LSP's optional properties are omitted (a null string would become a JSON null).
    private static void Add(JObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }

    private static void Add(JObject target, string name, JObject? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }

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
