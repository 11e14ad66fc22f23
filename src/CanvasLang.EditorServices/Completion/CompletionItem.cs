using System.Collections.Immutable;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Completion;

public enum CompletionKind
{
    Keyword,
    Snippet,
    Value,
    Segment,
    Job,
    Pain,
    Gain,
    Test,
    SwotItem,
}

/// <summary>
/// One proposal: <see cref="InsertText"/> replaces <see cref="ReplaceSpan"/> (the word being typed).
/// <see cref="Description"/> is the short text shown beside the label (an entry's text).
/// </summary>
public sealed record CompletionItem(string Label, CompletionKind Kind, string InsertText, TextSpan ReplaceSpan)
{
    public string? Detail { get; init; }

    public string? Description { get; init; }

    /// <summary>
    /// Finds the documentation again (<see cref="CompletionService.Documentation"/>) when the editor
    /// shows this item: a list of hundreds of entries is sent without their documentation.
    /// </summary>
    public string? DocumentationKey { get; init; }

    /// <summary>More words the item is found by besides its label (an entry's text).</summary>
    public string? FilterWords { get; init; }

    public bool IsSnippet { get; init; }

    public string? SortText { get; init; }

    public bool Preselect { get; init; }
}

/// <summary>
/// The proposals for one position. <see cref="IsIncomplete"/> when more matched than were sent: the
/// editor must ask again as the user types instead of filtering this list.
/// </summary>
public sealed record CompletionResult(ImmutableArray<CompletionItem> Items, bool IsIncomplete)
{
    public static readonly CompletionResult Empty = new([], false);
}
