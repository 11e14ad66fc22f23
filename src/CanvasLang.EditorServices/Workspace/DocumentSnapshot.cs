using CanvasLang.Semantics.Analysis;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Workspace;

/// <summary>One version of an open document. Parsed lazily, once, whoever asks first.</summary>
public sealed class DocumentSnapshot
{
    private readonly Lazy<SyntaxTree> tree;

    public DocumentSnapshot(string path, int version, SourceText text)
    {
        Path = path;
        Version = version;
        Text = text;
        tree = new Lazy<SyntaxTree>(() => SyntaxTree.Parse(text, path), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Path { get; }

    public int Version { get; }

    public SourceText Text { get; }

    public SyntaxTree Tree => tree.Value;
}

/// <summary>An analysis together with the exact snapshot it was computed from, so nobody publishes it for another version.</summary>
public sealed record DocumentAnalysis(DocumentSnapshot Snapshot, AnalysisResult Result)
{
    public SourceText Text => Snapshot.Text;
}

/// <summary>An editor's change: a range replaced, or (range null) the whole text.</summary>
public sealed record TextChange(LinePositionSpan? Range, string Text);

public enum ChangeOutcome
{
    Applied,

    /// <summary>The document is not open and the change was incremental, so there is no text to apply it to.</summary>
    NotOpen,

    /// <summary>The version is not newer than the one held: a late or repeated message.</summary>
    StaleVersion,
}
