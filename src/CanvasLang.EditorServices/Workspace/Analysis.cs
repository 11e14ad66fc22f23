using System.Collections.Immutable;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;

namespace CanvasLang.EditorServices.Workspace;

/// <summary>
/// An immutable snapshot of the workspace (rust-analyzer's Analysis): the open documents, their
/// configuration and the disk as they were when the snapshot was taken. Every feature reads one;
/// the host's later changes never show through it. Analyses of its documents are computed on demand
/// and shared with every reader of the same snapshot.
/// </summary>
public sealed class Analysis
{
    private readonly AnalysisHost host;
    private readonly WorkspaceState state;

    internal Analysis(AnalysisHost host, WorkspaceState state)
    {
        this.host = host;
        this.state = state;
        Source = new OverlayDocumentSource(state.Open, state.Disk);
    }

    /// <summary>Grows with every change that analyses read (documents, disk, settings).</summary>
    public long Generation => state.Generation;

    /// <summary>What the binder reads imports from: the snapshot's open buffers over the disk.</summary>
    public IDocumentSource Source { get; }

    /// <summary>Workspace folders (multi-root), as full paths.</summary>
    public ImmutableArray<string> Roots => state.Roots;

    public IReadOnlyList<DocumentSnapshot> OpenDocuments => [.. state.Open.Values];

    /// <summary>canvaslang.json files open in the editor, with their unsaved text.</summary>
    public IReadOnlyList<ConfigurationBuffer> OpenConfigurations => [.. state.ConfigurationBuffers.Values];

    public DocumentSnapshot? Get(string path) => state.Open.GetValueOrDefault(path);

    /// <summary>
    /// The editor's text of an open canvaslang.json, or null when it is not open. Analyses do not read
    /// it (the saved file governs them, as Cargo.toml does for rust-analyzer); edits to the file must.
    /// </summary>
    public ConfigurationBuffer? ConfigurationBufferOf(string path) => state.ConfigurationBuffers.GetValueOrDefault(path);

    /// <summary>The nearest saved canvaslang.json's settings.</summary>
    public CanvasConfiguration ConfigurationFor(string path) => state.Configurations.For(path);

    /// <summary>True for a canvaslang.json: configuration, never a canvas (no canvas features, no canvas analysis).</summary>
    public static bool IsConfigurationFile(string path) =>
        Path.GetFileName(path).Equals(CanvasConfiguration.FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The analysis of the document as this snapshot has it; a document that is not open is read from disk.</summary>
    public Task<DocumentAnalysis> AnalyzeAsync(string path, CancellationToken cancellation = default) =>
        host.AnalyzeAsync(this, path, cancellation);

    /// <summary>
    /// For requests that must answer at typing speed (completion, hover): this snapshot's analysis when it
    /// is done, otherwise the last one that finished. Only a document never analyzed waits.
    /// </summary>
    public Task<DocumentAnalysis> LatestAsync(string path, CancellationToken cancellation = default) =>
        host.LatestAsync(this, path, cancellation);

    /// <summary>Analysis of a file as open in this snapshot or as saved, for workspace-wide features.</summary>
    public DocumentAnalysis AnalyzeClosed(string path) => host.AnalyzeClosed(this, path);

    /// <summary>The last analysis that finished for an open document (any version).</summary>
    public DocumentAnalysis? LatestAnalysis(string path) => host.LatestAnalysis(path);

    /// <summary>Open documents whose last analysis read <paramref name="path"/> through an import.</summary>
    public IReadOnlyList<string> OpenImportersOf(string path) =>
        [.. host.CompletedAnalyses
            .Where(a => a.Snapshot.Path != path && state.Open.ContainsKey(a.Snapshot.Path) && a.Result.Model.TreesInScope.Any(t => t.Path == path))
            .Select(a => a.Snapshot.Path)];

    /// <summary>Every .canvas file under the workspace folders, plus the open ones.</summary>
    public IReadOnlyList<string> AllCanvasFiles()
    {
        var files = new HashSet<string>(state.Open.Keys, StringComparer.Ordinal);
        foreach (var root in Roots.Where(Directory.Exists))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
            foreach (var file in Directory.EnumerateFiles(root, "*.canvas", options))
            {
                if (!file.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                {
                    files.Add(Path.GetFullPath(file));
                }
            }
        }

        return [.. files.Order(StringComparer.Ordinal)];
    }
}
