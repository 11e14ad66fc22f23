using CanvasLang.EditorServices.Workspace;
using CanvasLang.LanguageServer.Protocol;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Text;
using Newtonsoft.Json.Linq;
using Model = CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.LanguageServer.Server;

/// <summary>Editor-service results as LSP types: diagnostics and workspace edits.</summary>
internal static class LspResults
{
    public static List<Diagnostic> Diagnostics(DocumentUris uris, DocumentAnalysis analysis) =>
        [.. analysis.Result.Diagnostics.Select(d => Diagnostic(uris, analysis.Text, d))];

    public static Diagnostic Diagnostic(DocumentUris uris, SourceText text, Model.Diagnostic d) => new()
    {
        Range = Convert.Range(text, d.Span),
        Severity = d.Severity switch
        {
            Model.DiagnosticSeverity.Error => 1,
            Model.DiagnosticSeverity.Warning => 2,
            Model.DiagnosticSeverity.Info => 3,
            _ => 4,
        },
        Code = d.Code,
        CodeDescription = RuleCatalog.Find(d.Code) is { } rule ? new CodeDescription { Href = rule.HelpUri } : null,
        Message = d.Message,
        Tags = d.Tags.IsDefaultOrEmpty ? null : [.. d.Tags.Select(t => t == Model.DiagnosticTag.Unnecessary ? 1 : 2)],
        RelatedInformation = d.Related.IsDefaultOrEmpty ? null : [.. d.Related.Select(r => new DiagnosticRelatedInformation
        {
            Location = new Location { Uri = uris.ToUri(r.Location.Path), Range = Convert.Range(r.Location.Text, r.Location.Span) },
            Message = r.Message,
        })],
    };

    /// <summary>
    /// Plain `changes` when every file exists and no edit is a snippet; otherwise `documentChanges`:
    /// a create first when a file must be made, and snippet edits in rust-analyzer's shape (a text
    /// edit with `insertTextFormat: 2`), which only a client announcing `experimental.snippetTextEdit` gets.
    /// </summary>
    public static WorkspaceEdit WorkspaceEdit(DocumentUris uris, WorkspaceChange change)
    {
        List<Protocol.TextEdit> Edits(DocumentEdit d) =>
            [.. d.Edits.Select(e => d.Text is not { } text ? new Protocol.TextEdit { NewText = e.NewText }
                : e.IsSnippet ? new SnippetTextEdit { Range = Convert.Range(text, e.Span), NewText = e.NewText }
                : Convert.Edit(text, e))];

        if (!change.Documents.Any(d => d.CreatesFile || d.Edits.Any(e => e.IsSnippet)))
        {
            return new WorkspaceEdit { Changes = change.Documents.ToDictionary(d => uris.ToUri(d.Path), Edits) };
        }

        var operations = new List<object>();
        foreach (var document in change.Documents)
        {
            var uri = uris.ToUri(document.Path);
            if (document.CreatesFile)
            {
                operations.Add(new CreateFile { Uri = uri, Options = new JObject { ["ignoreIfExists"] = true } });
            }

            operations.Add(new TextDocumentEdit { TextDocument = new VersionedTextDocumentIdentifier { Uri = uri }, Edits = Edits(document) });
        }

        return new WorkspaceEdit { DocumentChanges = operations };
    }
}
