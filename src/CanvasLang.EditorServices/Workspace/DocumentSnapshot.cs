using CanvasLang.Semantics.Analysis;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Workspace;

/// <summary>
/// One version of an open document. Parsed lazily, once, whoever asks first; a version made by one
/// range edit reparses incrementally from the previous version's tree when that tree is already built.
/// </summary>
public sealed class DocumentSnapshot
{
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
        // Only a parsed predecessor is worth keeping: it is what the reparse starts from. Not keeping an
        // unparsed one also keeps versions from chaining up in memory while the user types.
        this.edit = edit is { Previous.IsParsed: true } ? edit : null;
        tree = new Lazy<SyntaxTree>(Parse, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Path { get; }

    public int Version { get; }

    public SourceText Text { get; }

    public SyntaxTree Tree => tree.Value;

    internal bool IsParsed => tree.IsValueCreated;

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
