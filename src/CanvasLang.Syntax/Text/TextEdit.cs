using System.Collections.Immutable;

namespace CanvasLang.Syntax.Text;

/// <summary>Replace <see cref="Span"/> with <see cref="NewText"/>; <see cref="IsSnippet"/> marks LSP snippet syntax ($1, ${1:x}).</summary>
public sealed record TextEdit(TextSpan Span, string NewText, bool IsSnippet = false)
{
    /// <summary>Applies non-overlapping edits (any order) to a text.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var ordered = edits.OrderByDescending(e => e.Span.Start).ThenByDescending(e => e.Span.End).ToList();
        var result = text;
        var limit = int.MaxValue;
        foreach (var edit in ordered)
        {
            if (edit.Span.End > limit)
            {
                throw new InvalidOperationException($"Overlapping edits at {edit.Span}.");
            }

            result = string.Concat(result.AsSpan(0, edit.Span.Start), edit.NewText, result.AsSpan(edit.Span.End));
            limit = edit.Span.Start;
        }

        return result;
    }
}

/// <summary>A named change to the document a diagnostic is in: what a light bulb offers.</summary>
public sealed record CodeFix(string Title, ImmutableArray<TextEdit> Edits)
{
    /// <summary>True when applying it needs no choice from the user, so "fix all" may apply it.</summary>
    public bool IsMechanical { get; init; } = true;

    /// <summary>Whether the edits carry snippet placeholders to fill.</summary>
    public bool HasSnippet => Edits.Any(e => e.IsSnippet);
}
