using Antlr4.Runtime;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Generated;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Formatting;

/// <summary>
/// Checks, independently of the layout code, that a reformatted text still says the same: the same
/// declarations and entries in the same order, the same words (only attribute order may change) and
/// the same comments. Used before any formatted text replaces a file.
/// </summary>
public static class FormattingCheck
{
    public static bool SameContent(SyntaxTree original, SyntaxTree formatted) => Difference(original, formatted) is null;

    /// <summary>What differs, in words, or null when both mean the same and keep the same comments.</summary>
    public static string? Difference(SyntaxTree original, SyntaxTree formatted)
    {
        if (formatted.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return "the formatted text has syntax errors";
        }

        if (!original.Declarations.Select(d => d.Keyword.Text).SequenceEqual(formatted.Declarations.Select(d => d.Keyword.Text)))
        {
            return "the declarations differ";
        }

        var before = original.AllEntries().Select(EntryKey).ToList();
        var after = formatted.AllEntries().Select(EntryKey).ToList();
        if (!before.SequenceEqual(after))
        {
            var index = before.Zip(after).TakeWhile(p => p.First == p.Second).Count();
            return $"entry {index + 1} differs";
        }

        if (!Sorted(original.Comments.Select(CommentKey)).SequenceEqual(Sorted(formatted.Comments.Select(CommentKey))))
        {
            return "the comments differ";
        }

        return Sorted(Words(original.Text.Text)).SequenceEqual(Sorted(Words(formatted.Text.Text))) ? null : "the words differ";
    }

    private static string EntryKey(EntrySyntax e) =>
        $"{e.Kind}|{e.Qualifier?.Text}|{e.Id?.Text}|{e.Text?.Value}|" +
        string.Join(";", e.Attributes.Select(LayoutUnits.Attribute).Order(StringComparer.Ordinal));

    private static string CommentKey(CommentSyntax c) => c.IsBlock ? c.Text : c.Text.TrimEnd();

    private static List<string> Sorted(IEnumerable<string> items) => [.. items.Order(StringComparer.Ordinal)];

    /// <summary>Every token of the text except comments and whitespace, as the lexer sees them.</summary>
    private static IEnumerable<string> Words(string text)
    {
        // UTF-16 code units, as the parser reads them: CharStreams.fromString decodes code points and
        // throws on a lone surrogate half, which a string or comment may hold.
        var lexer = new CanvasLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        for (var token = lexer.NextToken(); token.Type != TokenConstants.EOF; token = lexer.NextToken())
        {
            if (token.Type is not (CanvasLexer.LINE_COMMENT or CanvasLexer.BLOCK_COMMENT or CanvasLexer.WS))
            {
                yield return token.Text;
            }
        }
    }
}
