using System.Collections.Concurrent;
using System.Collections.Immutable;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Language;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Workspace;

/// <summary>
/// The documents an editor has open, over the files on disk. State changes are synchronous and
/// cheap (the protocol layer records them before any await, so they keep the client's order);
/// analyses are computed on demand, once per (version, workspace generation), and cancelled when a
/// newer version replaces them. Any change anywhere bumps the generation, so importers never read
/// a stale import.
/// </summary>
public sealed class CanvasWorkspace
{
    private readonly object gate = new();
    private readonly Dictionary<string, DocumentSnapshot> open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PendingAnalysis> analyses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DocumentAnalysis> completed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CanvasConfiguration> configurations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConfigurationBuffer> configurationBuffers = new(StringComparer.Ordinal);
    private FileSystemDocumentSource disk = new();

    // Readings of texts and the verdicts remembered on them, kept across analyses: a keystroke reads only the new text.
    private readonly ReadingStore readings = new();
    private long generation;

    public CanvasWorkspace()
    {
        Source = new OverlayDocumentSource(this, new DiskProxy(this));
    }

    /// <summary>What the binder reads imports from: open buffers over the disk.</summary>
    public IDocumentSource Source { get; }

    /// <summary>Workspace folders (multi-root), as full paths.</summary>
    public ImmutableArray<string> Roots { get; set; } = [];

    public IReadOnlyList<DocumentSnapshot> OpenDocuments
    {
        get
        {
            lock (gate)
            {
                return [.. open.Values];
            }
        }
    }

    public DocumentSnapshot? Get(string path)
    {
        lock (gate)
        {
            return open.GetValueOrDefault(path);
        }
    }

    public DocumentSnapshot Open(string path, int version, string text)
    {
        var snapshot = new DocumentSnapshot(path, version, SourceText.From(text));
        lock (gate)
        {
            open[path] = snapshot;
            generation++;
        }

        return snapshot;
    }

    /// <summary>Applies an editor's changes in order. Late versions and edits to unopened documents are refused, not guessed at.</summary>
    public ChangeOutcome Change(string path, int version, IReadOnlyList<TextChange> changes, out DocumentSnapshot? snapshot)
    {
        lock (gate)
        {
            if (!open.TryGetValue(path, out var current))
            {
                // A full-text change carries everything needed: treat it as an open rather than lose it.
                if (changes.Count > 0 && changes[^1].Range is null)
                {
                    snapshot = new DocumentSnapshot(path, version, SourceText.From(changes[^1].Text));
                    open[path] = snapshot;
                    generation++;
                    return ChangeOutcome.Applied;
                }

                snapshot = null;
                return ChangeOutcome.NotOpen;
            }

            if (version <= current.Version)
            {
                snapshot = current;
                return ChangeOutcome.StaleVersion;
            }

            var text = current.Text;
            SnapshotEdit? edit = null;
            foreach (var change in changes)
            {
                if (change.Range is { } range)
                {
                    var replaced = TextSpan.FromBounds(text.GetOffset(range.Start), text.GetOffset(range.End));
                    edit = changes.Count == 1 ? new SnapshotEdit(current, replaced, change.Text) : null;
                    text = text.WithChange(replaced, change.Text);
                }
                else
                {
                    text = SourceText.From(change.Text);
                }
            }

            snapshot = new DocumentSnapshot(path, version, text, edit);
            open[path] = snapshot;
            generation++;
            return ChangeOutcome.Applied;
        }
    }

    public bool Close(string path)
    {
        lock (gate)
        {
            if (analyses.Remove(path, out var pending))
            {
                pending.Cancel.Cancel();
            }

            completed.TryRemove(path, out _);
            generation++;
            return open.Remove(path);
        }
    }

    /// <summary>Files changed on disk (watched files, saves): forget cached trees and configurations.</summary>
    public void FilesChanged(IEnumerable<string> paths)
    {
        lock (gate)
        {
            if (paths.Any(p => Path.GetFileName(p).Equals(CanvasConfiguration.FileName, StringComparison.OrdinalIgnoreCase)))
            {
                configurations.Clear();
            }

            disk = new FileSystemDocumentSource();
            generation++;
        }
    }

    public void ConfigurationChanged()
    {
        lock (gate)
        {
            configurations.Clear();
            generation++;
        }
    }

    /// <summary>The nearest canvaslang.json's settings, cached per folder until a configuration change.</summary>
    public CanvasConfiguration ConfigurationFor(string path) =>
        configurations.GetOrAdd(Path.GetDirectoryName(path) ?? path, _ => ConfigurationLoader.LoadFor(path));

    /// <summary>True for a canvaslang.json: configuration, never a canvas (no canvas features, no canvas analysis).</summary>
    public static bool IsConfigurationFile(string path) =>
        Path.GetFileName(path).Equals(CanvasConfiguration.FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>canvaslang.json files open in the editor, with their unsaved text.</summary>
    public IReadOnlyList<ConfigurationBuffer> OpenConfigurations
    {
        get
        {
            lock (configurationBuffers)
            {
                return [.. configurationBuffers.Values];
            }
        }
    }

    /// <summary>
    /// The editor's text of an open canvaslang.json, or null when it is not open. Analyses do not read
    /// it (the saved file governs them, as Cargo.toml does for rust-analyzer); edits to the file must.
    /// </summary>
    public ConfigurationBuffer? ConfigurationBufferOf(string path)
    {
        lock (configurationBuffers)
        {
            return configurationBuffers.GetValueOrDefault(path);
        }
    }

    public ConfigurationBuffer OpenConfiguration(string path, int version, string text)
    {
        var buffer = new ConfigurationBuffer(path, version, SourceText.From(text));
        lock (configurationBuffers)
        {
            configurationBuffers[path] = buffer;
        }

        return buffer;
    }

    /// <summary>Applies an editor's changes to an open canvaslang.json, with the same refusals as canvases.</summary>
    public ChangeOutcome ChangeConfiguration(string path, int version, IReadOnlyList<TextChange> changes, out ConfigurationBuffer? buffer)
    {
        lock (configurationBuffers)
        {
            if (!configurationBuffers.TryGetValue(path, out var current))
            {
                if (changes.Count > 0 && changes[^1].Range is null)
                {
                    buffer = configurationBuffers[path] = new ConfigurationBuffer(path, version, SourceText.From(changes[^1].Text));
                    return ChangeOutcome.Applied;
                }

                buffer = null;
                return ChangeOutcome.NotOpen;
            }

            if (version <= current.Version)
            {
                buffer = current;
                return ChangeOutcome.StaleVersion;
            }

            var text = current.Text;
            foreach (var change in changes)
            {
                text = change.Range is { } range
                    ? text.WithChange(TextSpan.FromBounds(text.GetOffset(range.Start), text.GetOffset(range.End)), change.Text)
                    : SourceText.From(change.Text);
            }

            buffer = configurationBuffers[path] = new ConfigurationBuffer(path, version, text);
            return ChangeOutcome.Applied;
        }
    }

    public bool CloseConfiguration(string path)
    {
        lock (configurationBuffers)
        {
            return configurationBuffers.Remove(path);
        }
    }

    /// <summary>The last analysis that finished for an open document (any version), for cheap lookups.</summary>
    public DocumentAnalysis? LatestAnalysis(string path) => completed.GetValueOrDefault(path);

    /// <summary>Open documents whose last analysis read <paramref name="path"/> through an import.</summary>
    public IReadOnlyList<string> OpenImportersOf(string path) =>
        [.. completed.Values
            .Where(a => a.Snapshot.Path != path && a.Result.Model.TreesInScope.Any(t => t.Path == path))
            .Select(a => a.Snapshot.Path)];

    /// <summary>The analysis of the document's current text; a document that is not open is read from disk.</summary>
    public async Task<DocumentAnalysis> AnalyzeAsync(string path, CancellationToken cancellation = default)
    {
        while (true)
        {
            Task<DocumentAnalysis> task;
            lock (gate)
            {
                if (!open.TryGetValue(path, out var snapshot))
                {
                    task = Task.Run(() => AnalyzeClosed(path), cancellation);
                }
                else if (analyses.TryGetValue(path, out var pending) && pending.Version == snapshot.Version && pending.Generation == generation)
                {
                    task = pending.Task;
                }
                else
                {
                    pending?.Cancel.Cancel();
                    var cancel = new CancellationTokenSource();
                    var started = generation;
                    task = Task.Run(() => Analyze(snapshot, cancel.Token), cancel.Token);
                    analyses[path] = new PendingAnalysis(snapshot.Version, started, task, cancel);
                }
            }

            try
            {
                return await task.WaitAsync(cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                // A newer version replaced the one being analyzed: analyze that one instead.
            }
        }
    }

    /// <summary>
    /// For requests that must answer at typing speed (completion, hover): the current version's
    /// analysis when it is done, otherwise the last one that finished, while the current one goes on
    /// in the background. Only a document never analyzed waits for its first analysis.
    /// </summary>
    public Task<DocumentAnalysis> LatestAsync(string path, CancellationToken cancellation = default)
    {
        lock (gate)
        {
            if (open.TryGetValue(path, out var snapshot) && completed.TryGetValue(path, out var last))
            {
                if (analyses.TryGetValue(path, out var pending) && pending.Version == snapshot.Version && pending.Generation == generation && pending.Task.IsCompletedSuccessfully)
                {
                    return pending.Task;
                }

                _ = AnalyzeInBackground(path);
                return Task.FromResult(last);
            }
        }

        return AnalyzeAsync(path, cancellation);
    }

    /// <summary>Analysis of a file as saved (or as open), for workspace-wide features.</summary>
    public DocumentAnalysis AnalyzeClosed(string path)
    {
        if (Get(path) is { } snapshot)
        {
            return Analyze(snapshot, CancellationToken.None);
        }

        var load = Source.Load(path);
        var text = load.Tree?.Text ?? SourceText.From(string.Empty);
        var closed = new DocumentSnapshot(path, 0, text);
        var result = CanvasAnalyzer.Analyze(load.Tree ?? closed.Tree, Source, AnalysisOptions.For(ConfigurationFor(path)), readings);
        return new DocumentAnalysis(closed, result);
    }

    /// <summary>Every .canvas file under the workspace folders, plus the open ones.</summary>
    public IReadOnlyList<string> AllCanvasFiles()
    {
        var files = new HashSet<string>(OpenDocuments.Select(d => d.Path), StringComparer.Ordinal);
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

    private async Task AnalyzeInBackground(string path)
    {
        try
        {
            await AnalyzeAsync(path).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Superseded, closed or failed: the diagnostics scheduler runs and reports its own analysis.
        }
    }

    private DocumentAnalysis Analyze(DocumentSnapshot snapshot, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var options = AnalysisOptions.For(ConfigurationFor(snapshot.Path));
        var result = CanvasAnalyzer.Analyze(snapshot.Tree, Source, options, readings, cancellation);
        var analysis = new DocumentAnalysis(snapshot, result);
        completed.AddOrUpdate(snapshot.Path, analysis, (_, old) => old.Snapshot.Version > snapshot.Version ? old : analysis);
        return analysis;
    }

    /// <summary>One version of a canvaslang.json open in the editor.</summary>
    public sealed record ConfigurationBuffer(string Path, int Version, SourceText Text);

    private sealed record PendingAnalysis(int Version, long Generation, Task<DocumentAnalysis> Task, CancellationTokenSource Cancel);

    /// <summary>Reads through whichever disk cache is current (it is replaced when files change).</summary>
    private sealed class DiskProxy(CanvasWorkspace owner) : IDocumentSource
    {
        public DocumentLoad Load(string fullPath) => owner.disk.Load(fullPath);
    }
}
