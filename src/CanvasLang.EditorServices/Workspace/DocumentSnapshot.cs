using CanvasLang.Semantics.Analysis;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Workspace;

/// <summary>
/// One version of an open document. Parsed lazily, once, whoever asks first; a version made by one
/// range edit reparses incrementally from the previous version's tree, with or without syntax errors
/// (parsing that first when nobody has yet: versions typed faster than they are analyzed stay cheap).
/// </summary>
public sealed class DocumentSnapshot
{
    /// <summary>Unparsed versions a snapshot may reach back through; beyond, it parses in full rather than keep their texts.</summary>
    internal const int MaxUnparsedChain = 4;

    private readonly Lazy<SyntaxTree> tree;
    private SnapshotEdit? edit;

    public DocumentSnapshot(string path, int version, SourceText text)
        : this(path, version, text, null)
    {
    }

    internal DocumentSnapshot(string path, int version, SourceText text, SnapshotEdit? edit)
    {
        Path = path;
        Version = version;
        Text = text;
        // The predecessor is what the reparse starts from. An unparsed one is kept only a few versions
        // deep, so that versions do not chain up in memory while nobody parses them.
        var depth = edit is null ? 0 : edit.Previous.IsParsed ? 1 : edit.Previous.UnparsedDepth + 1;
        this.edit = depth is > 0 and <= MaxUnparsedChain ? edit : null;
        UnparsedDepth = this.edit is null ? 0 : depth;
        tree = new Lazy<SyntaxTree>(Parse, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Path { get; }

    public int Version { get; }

    public SourceText Text { get; }

    public SyntaxTree Tree => tree.Value;

    internal bool IsParsed => tree.IsValueCreated;

    /// <summary>How many versions back the nearest parsed one was when this one was made (0: none kept).</summary>
    internal int UnparsedDepth { get; }

    private SyntaxTree Parse()
    {
        var from = edit;
        edit = null;
        return (from is null ? null : IncrementalParser.TryReparse(from.Previous.Tree, from.Replaced, from.Inserted, Text))
            ?? SyntaxTree.Parse(Text, Path);
    }
}

/// <summary>How a snapshot came from the previous one: <see cref="Replaced"/> (in the previous text) became <see cref="Inserted"/>.</summary>
internal sealed record SnapshotEdit(DocumentSnapshot Previous, TextSpan Replaced, string Inserted);

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
