using System.Text.RegularExpressions;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.EditorServices.CodeActions;

public enum ActionKind
{
    QuickFix,
    Refactor,
    SourceFixAll,
}

/// <summary>A light-bulb action: a title, what kind of action it is, and the change it makes.</summary>
public sealed record CanvasAction(string Title, ActionKind Kind, WorkspaceChange Change)
{
    /// <summary>The diagnostic the action answers, when it answers one.</summary>
    public Diagnostic? Diagnostic { get; init; }

    public bool IsPreferred { get; init; }
}

/// <summary>
/// Snippet syntax to plain text, for edits applied as workspace edits: LSP 3.17 takes no snippets
/// there (only a client announcing `experimental.snippetTextEdit` gets them as snippets).
/// </summary>
public static partial class SnippetText
{
    public static string ToPlain(string snippet)
    {
        var text = Choice().Replace(snippet, m => m.Groups[1].Value);
        for (var previous = string.Empty; previous != text;)
        {
            previous = text;
            text = Placeholder().Replace(text, m => m.Groups[1].Value);
        }

        text = Tabstop().Replace(text, string.Empty);
        return text.Replace("\\$", "$", StringComparison.Ordinal).Replace("\\}", "}", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\$\{\d+\|([^,|]*)[^}]*\|\}")]
    private static partial Regex Choice();

    [GeneratedRegex(@"\$\{\d+:((?:[^{}$\\]|\\.)*)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\$\{?\d+\}?")]
    private static partial Regex Tabstop();
}
