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
}

/// <summary>
/// One proposal: <see cref="InsertText"/> replaces <see cref="ReplaceSpan"/> (the word being typed).
/// <see cref="Description"/> is the short text shown beside the label (an entry's text).
/// </summary>
public sealed record CompletionItem(string Label, CompletionKind Kind, string InsertText, TextSpan ReplaceSpan)
{
    public string? Detail { get; init; }

    public string? Description { get; init; }

    public string? Documentation { get; init; }

    public bool IsSnippet { get; init; }

    public string? SortText { get; init; }

    public bool Preselect { get; init; }
}
