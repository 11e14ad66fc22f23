using CanvasLang.EditorServices.Workspace;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.CodeActions;

/// <summary>"Suppress on this line" and "Suppress in this file": comments in the style linters' users know.</summary>
internal static class SuppressionActions
{
    private const string NextLine = "// canvaslang-disable-next-line";
    private const string Region = "// canvaslang-disable";

    public static CanvasAction OnLine(DocumentSnapshot document, Diagnostic diagnostic)
    {
        var text = document.Text;
        var line = text.LineOf(diagnostic.Span.Start);
        TextEdit edit;
        if (line > 0 && text.LineText(line - 1).Trim() is { } above && above.StartsWith(NextLine + " ", StringComparison.Ordinal))
        {
            // Extend the comment already there rather than stack a second one.
            edit = new TextEdit(new TextSpan(text.LineEnd(line - 1), 0), $", {diagnostic.Code}");
        }
        else
        {
            var indent = LeadingWhitespace(text.LineText(line));
            edit = new TextEdit(new TextSpan(text.LineStart(line), 0), $"{indent}{NextLine} {diagnostic.Code}{NewLine(text)}");
        }

        return new CanvasAction($"Suppress {diagnostic.Code} ({diagnostic.RuleName}) on this line", ActionKind.QuickFix, WorkspaceChange.Single(document.Path, text, [edit]))
        {
            Diagnostic = diagnostic,
        };
    }

    public static CanvasAction InFile(DocumentSnapshot document, Diagnostic diagnostic)
    {
        var text = document.Text;
        var first = text.LineText(0).TrimEnd();
        var edit = first.StartsWith(Region + " ", StringComparison.Ordinal) && !first.StartsWith(NextLine, StringComparison.Ordinal)
            ? new TextEdit(new TextSpan(text.LineEnd(0), 0), $", {diagnostic.Code}")
            : new TextEdit(new TextSpan(0, 0), $"{Region} {diagnostic.Code}{NewLine(text)}");
        return new CanvasAction($"Suppress {diagnostic.Code} ({diagnostic.RuleName}) in this file", ActionKind.QuickFix, WorkspaceChange.Single(document.Path, text, [edit]))
        {
            Diagnostic = diagnostic,
        };
    }

    private static string LeadingWhitespace(string line) => line[..(line.Length - line.TrimStart().Length)];

    /// <summary>The file's line break, read from its first line: scanning the whole text per action made a request on a big file quadratic.</summary>
    internal static string NewLine(SourceText text) => text.Text.AsSpan(text.LineEnd(0)).StartsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
}
