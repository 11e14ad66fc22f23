namespace CanvasLang.LanguageServer.Protocol;

/// <summary>
/// rust-analyzer's snippet text edit (LSP extension, client capability
/// <c>experimental.snippetTextEdit</c>): a text edit whose <c>newText</c> is a snippet ($1, ${1:x},
/// ${1|a,b|}) that the editor expands with tab stops. Sent only inside <c>documentChanges</c>.
/// </summary>
public sealed class SnippetTextEdit : TextEdit
{
    /// <summary>InsertTextFormat.Snippet.</summary>
    public int InsertTextFormat => 2;
}
