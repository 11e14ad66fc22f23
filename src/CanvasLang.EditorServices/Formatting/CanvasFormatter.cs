using System.Collections.Immutable;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Formatting;

/// <summary>
/// The one canonical layout of a canvas file: 2-space indent in blocks, one entry or field per line,
/// a blank line between declarations, entry attributes in a canonical order, single spaces, every
/// comment kept. Refuses (no edits, text unchanged) when the file has syntax errors, because a
/// broken tree cannot promise to keep all the text.
/// </summary>
public static class CanvasFormatter
{
    /// <summary>True when the file parses cleanly, so formatting can keep every word.</summary>
    public static bool CanFormat(SyntaxTree tree) =>
        !tree.IsForeignFormat && !tree.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The formatted text, or the original text when formatting is refused.</summary>
    public static string Format(SyntaxTree tree) => TryFormat(tree, out var formatted) ? formatted : tree.Text.Text;

    /// <summary>Formats the whole file; false (and the original text) when the file has syntax errors or the result would not keep its meaning.</summary>
    public static bool TryFormat(SyntaxTree tree, out string formatted)
    {
        formatted = tree.Text.Text;
        if (Chunks(tree) is not { } chunks)
        {
            return false;
        }

        formatted = string.Concat(chunks.Select(c => c.Text));
        return true;
    }

    /// <summary>Edits that turn the document into its formatted form; empty when refused or already formatted.</summary>
    public static ImmutableArray<TextEdit> FormatDocument(SyntaxTree tree) => Edits(tree, range: null);

    /// <summary>Edits for the declarations that overlap <paramref name="range"/> only.</summary>
    public static ImmutableArray<TextEdit> FormatRange(SyntaxTree tree, TextSpan range) => Edits(tree, range);

    private static ImmutableArray<TextEdit> Edits(SyntaxTree tree, TextSpan? range)
    {
        if (Chunks(tree) is not { } chunks)
        {
            return [];
        }

        var text = tree.Text.Text;
        var edits = ImmutableArray.CreateBuilder<TextEdit>();
        foreach (var chunk in chunks)
        {
            var touches = range is not { } r || chunk.Source.OverlapsWith(r) || (r.Length == 0 && chunk.Source.Touches(r.Start));
            if (touches && text.AsSpan(chunk.Source.Start, chunk.Source.Length).SequenceEqual(chunk.Text) is false)
            {
                edits.Add(Minimal(text, chunk.Source, chunk.Text));
            }
        }

        return edits.ToImmutable();
    }

    /// <summary>Trims what the old and new text share at both ends, so editors move the cursor as little as possible.</summary>
    private static TextEdit Minimal(string text, TextSpan source, string replacement)
    {
        var old = text.AsSpan(source.Start, source.Length);
        var prefix = 0;
        while (prefix < old.Length && prefix < replacement.Length && old[prefix] == replacement[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < old.Length - prefix && suffix < replacement.Length - prefix
               && old[old.Length - 1 - suffix] == replacement[replacement.Length - 1 - suffix])
        {
            suffix++;
        }

        return new TextEdit(new TextSpan(source.Start + prefix, old.Length - prefix - suffix),
            replacement.Substring(prefix, replacement.Length - prefix - suffix));
    }

    private static ImmutableArray<FormattedChunk>? Chunks(SyntaxTree tree)
    {
        if (!CanFormat(tree))
        {
            return null;
        }

        var chunks = new LayoutWriter(tree).Write();
        var formatted = string.Concat(chunks.Select(c => c.Text));
        // Belt and braces: a formatted file must mean the same and keep every comment, or nothing changes.
        return FormattingCheck.SameContent(tree, SyntaxTree.Parse(formatted, tree.Path)) ? chunks : null;
    }
}

/// <summary>The formatted text of one declaration (with its leading comments) and the source it replaces.</summary>
internal sealed record FormattedChunk(TextSpan Source, string Text);
