using System.Collections.Immutable;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Workspace;

/// <summary>Edits to one file; <see cref="Text"/> is what the spans refer to (null when the file is created).</summary>
public sealed record DocumentEdit(string Path, SourceText? Text, ImmutableArray<TextEdit> Edits)
{
    /// <summary>The file does not exist yet and must be created before the edits apply.</summary>
    public bool CreatesFile { get; init; }
}

/// <summary>A change that may span files (rename, creating canvaslang.json).</summary>
public sealed record WorkspaceChange(ImmutableArray<DocumentEdit> Documents)
{
    public static WorkspaceChange Single(string path, SourceText text, IEnumerable<TextEdit> edits) => new([new DocumentEdit(path, text, [.. edits])]);
}
