using System.Collections.Concurrent;
using System.Collections.Immutable;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Language;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Workspace;

/// <summary>
/// The one mutable owner of what the editor has told us (rust-analyzer's AnalysisHost). Every change
/// goes through <see cref="ApplyChange"/>, under one lock, in the order the protocol layer received
/// it, and yields a new immutable <see cref="Analysis"/>: the snapshot every feature reads. A
/// feature never sees a buffer change under it; analyses are computed on demand, once per document
/// version and generation, shared by everyone asking for the same snapshot, and cancelled when a
/// newer version replaces them. The host also owns what analyses remember between keystrokes: the
/// readings of texts and their verdicts (<see cref="ReadingStore"/>).
/// </summary>
public sealed class AnalysisHost
{
    private readonly object gate = new();
    private readonly Dictionary<string, PendingAnalysis> analyses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DocumentAnalysis> completed = new(StringComparer.Ordinal);
    private readonly ReadingStore readings = new();
    private WorkspaceState state = WorkspaceState.Initial();
    private Analysis current;

    public AnalysisHost(params string[] roots)
    {
        current = new Analysis(this, state);
        if (roots.Length > 0)
        {
            ApplyChange(new RootsChanged([.. roots]));
        }
    }

    /// <summary>The snapshot of everything applied so far.</summary>
    public Analysis Current => Volatile.Read(ref current);

    /// <summary>Applies one change; refusals (a late version, an edit to a document never opened) leave the state as it was.</summary>
    public ChangeResult ApplyChange(HostChange change)
    {
        lock (gate)
        {
            var (outcome, next, document, buffer) = Apply(state, change);
            if (!ReferenceEquals(next, state))
            {
                // Configuration buffers and folders are not read by analyses: they keep the generation.
                var readByAnalyses = change is not (ConfigurationOpened or ConfigurationEdited or ConfigurationClosed or RootsChanged);
                state = readByAnalyses ? next with { Generation = state.Generation + 1 } : next;
                Volatile.Write(ref current, new Analysis(this, state));
            }

            if (change is DocumentClosed closed)
            {
                if (analyses.Remove(closed.Path, out var pending))
                {
                    pending.Cancel.Cancel();
                }

                completed.TryRemove(closed.Path, out _);
            }

            return new ChangeResult(outcome, current, document, buffer);
        }
    }

    /// <summary>The last analysis that finished for an open document (any version), for cheap lookups.</summary>
    internal DocumentAnalysis? LatestAnalysis(string path) => completed.GetValueOrDefault(path);

    internal IEnumerable<DocumentAnalysis> CompletedAnalyses => completed.Values;

    /// <summary>The analysis of the document as <paramref name="snapshot"/> has it; a document that is not open is read from the snapshot's disk.</summary>
    internal async Task<DocumentAnalysis> AnalyzeAsync(Analysis snapshot, string path, CancellationToken cancellation)
    {
        while (true)
        {
            Task<DocumentAnalysis> task;
            lock (gate)
            {
                var document = snapshot.Get(path);
                if (document is null)
                {
                    task = Task.Run(() => AnalyzeClosed(snapshot, path), cancellation);
                }
                else if (snapshot.Generation != state.Generation)
                {
                    // A snapshot the host has moved past: its own analysis, shared with nobody.
                    task = Task.Run(() => Analyze(snapshot, document, cancellation), cancellation);
                }
                else if (analyses.TryGetValue(path, out var pending) && pending.Version == document.Version && pending.Generation == snapshot.Generation)
                {
                    task = pending.Task;
                }
                else
                {
                    pending?.Cancel.Cancel();
                    var cancel = new CancellationTokenSource();
                    task = Task.Run(() => Analyze(snapshot, document, cancel.Token), cancel.Token);
                    analyses[path] = new PendingAnalysis(document.Version, snapshot.Generation, task, cancel);
                }
            }

            try
            {
                return await task.WaitAsync(cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                // A newer version replaced the shared analysis, so the host has moved past this snapshot:
                // the next round analyzes the snapshot's own version.
            }
        }
    }

    /// <summary>
    /// For requests that must answer at typing speed (completion, hover): the snapshot's analysis when it
    /// is done, otherwise the last one that finished, while the current one goes on in the background.
    /// Only a document never analyzed waits for its first analysis.
    /// </summary>
    internal Task<DocumentAnalysis> LatestAsync(Analysis snapshot, string path, CancellationToken cancellation)
    {
        lock (gate)
        {
            if (snapshot.Get(path) is { } document && completed.TryGetValue(path, out var last))
            {
                if (analyses.TryGetValue(path, out var pending) && pending.Version == document.Version && pending.Generation == snapshot.Generation && pending.Task.IsCompletedSuccessfully)
                {
                    return pending.Task;
                }

                if (last.Snapshot == document)
                {
                    return Task.FromResult(last);
                }

                _ = AnalyzeInBackground(Current, path);
                return Task.FromResult(last);
            }
        }

        return AnalyzeAsync(snapshot, path, cancellation);
    }

    /// <summary>Analysis of a file as saved (or as open in the snapshot), for workspace-wide features.</summary>
    internal DocumentAnalysis AnalyzeClosed(Analysis snapshot, string path)
    {
        if (snapshot.Get(path) is { } document)
        {
            return Analyze(snapshot, document, CancellationToken.None);
        }

        var load = snapshot.Source.Load(path);
        var text = load.Tree?.Text ?? SourceText.From(string.Empty);
        var closed = new DocumentSnapshot(path, 0, text);
        var result = CanvasAnalyzer.Analyze(load.Tree ?? closed.Tree, snapshot.Source, AnalysisOptions.For(snapshot.ConfigurationFor(path)), readings);
        return new DocumentAnalysis(closed, result);
    }

    private async Task AnalyzeInBackground(Analysis snapshot, string path)
    {
        try
        {
            await AnalyzeAsync(snapshot, path, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Superseded, closed or failed: the diagnostics scheduler runs and reports its own analysis.
        }
    }

    private DocumentAnalysis Analyze(Analysis snapshot, DocumentSnapshot document, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var options = AnalysisOptions.For(snapshot.ConfigurationFor(document.Path));
        var result = CanvasAnalyzer.Analyze(document.Tree, snapshot.Source, options, readings, cancellation);
        var analysis = new DocumentAnalysis(document, result);
        if (snapshot.Get(document.Path) == document)
        {
            completed.AddOrUpdate(document.Path, analysis, (_, old) => old.Snapshot.Version > document.Version ? old : analysis);
        }

        return analysis;
    }

    private static (ChangeOutcome Outcome, WorkspaceState State, DocumentSnapshot? Document, ConfigurationBuffer? Buffer) Apply(WorkspaceState state, HostChange change)
    {
        switch (change)
        {
            case DocumentOpened open:
                var opened = new DocumentSnapshot(open.Path, open.Version, SourceText.From(open.Text));
                return (ChangeOutcome.Applied, state with { Open = state.Open.SetItem(open.Path, opened) }, opened, null);
            case DocumentEdited edit:
                return Edit(state, edit);
            case DocumentClosed close:
                return (ChangeOutcome.Applied, state with { Open = state.Open.Remove(close.Path) }, null, null);
            case ConfigurationOpened open:
                var buffer = new ConfigurationBuffer(open.Path, open.Version, SourceText.From(open.Text));
                return (ChangeOutcome.Applied, state with { ConfigurationBuffers = state.ConfigurationBuffers.SetItem(open.Path, buffer) }, null, buffer);
            case ConfigurationEdited edit:
                return EditConfiguration(state, edit);
            case ConfigurationClosed close:
                return (ChangeOutcome.Applied, state with { ConfigurationBuffers = state.ConfigurationBuffers.Remove(close.Path) }, null, null);
            case FilesChanged files:
                var configurationChanged = files.Paths.Any(Analysis.IsConfigurationFile);
                return (ChangeOutcome.Applied, state with
                {
                    Disk = new FileSystemDocumentSource(),
                    Configurations = configurationChanged ? new ConfigurationCache() : state.Configurations,
                }, null, null);
            case SettingsChanged:
                return (ChangeOutcome.Applied, state with { Configurations = new ConfigurationCache() }, null, null);
            case RootsChanged roots:
                return (ChangeOutcome.Applied, state with { Roots = roots.Roots }, null, null);
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, "unknown kind of change");
        }
    }

    private static (ChangeOutcome, WorkspaceState, DocumentSnapshot?, ConfigurationBuffer?) Edit(WorkspaceState state, DocumentEdited edit)
    {
        var (outcome, snapshot) = EditBuffer(state.Open, edit.Version, edit.Changes, d => d.Version, d => d.Text,
            (text, previous, single) => new DocumentSnapshot(edit.Path, edit.Version, text,
                previous is not null && single is { } s ? new SnapshotEdit(previous, s.Replaced, s.Inserted) : null),
            edit.Path);
        return (outcome, outcome == ChangeOutcome.Applied ? state with { Open = state.Open.SetItem(edit.Path, snapshot!) } : state, snapshot, null);
    }

    private static (ChangeOutcome, WorkspaceState, DocumentSnapshot?, ConfigurationBuffer?) EditConfiguration(WorkspaceState state, ConfigurationEdited edit)
    {
        var (outcome, buffer) = EditBuffer(state.ConfigurationBuffers, edit.Version, edit.Changes, b => b.Version, b => b.Text,
            (text, _, _) => new ConfigurationBuffer(edit.Path, edit.Version, text), edit.Path);
        return (outcome, outcome == ChangeOutcome.Applied ? state with { ConfigurationBuffers = state.ConfigurationBuffers.SetItem(edit.Path, buffer!) } : state, null, buffer);
    }

    /// <summary>
    /// An editor's changes to one open buffer (a canvas or a canvaslang.json), applied in order. Late
    /// versions and edits to buffers never opened are refused, not guessed at; a full-text change to a
    /// buffer never opened carries everything needed, so it opens it rather than be lost.
    /// </summary>
    /// <param name="make">The new buffer from its text, the buffer it replaces and, for one range edit, what that edit replaced.</param>
    private static (ChangeOutcome Outcome, T? Buffer) EditBuffer<T>(
        ImmutableDictionary<string, T> open, int version, IReadOnlyList<TextChange> changes,
        Func<T, int> versionOf, Func<T, SourceText> textOf, Func<SourceText, T?, (TextSpan Replaced, string Inserted)?, T> make, string path)
        where T : class
    {
        if (!open.TryGetValue(path, out var current))
        {
            return changes.Count > 0 && changes[^1].Range is null
                ? (ChangeOutcome.Applied, make(SourceText.From(changes[^1].Text), null, null))
                : (ChangeOutcome.NotOpen, null);
        }

        if (version <= versionOf(current))
        {
            return (ChangeOutcome.StaleVersion, current);
        }

        var text = textOf(current);
        (TextSpan, string)? single = null;
        foreach (var change in changes)
        {
            if (change.Range is { } range)
            {
                var replaced = TextSpan.FromBounds(text.GetOffset(range.Start), text.GetOffset(range.End));
                single = changes.Count == 1 ? (replaced, change.Text) : null;
                text = text.WithChange(replaced, change.Text);
            }
            else
            {
                text = SourceText.From(change.Text);
            }
        }

        return (ChangeOutcome.Applied, make(text, current, single));
    }

    private sealed record PendingAnalysis(int Version, long Generation, Task<DocumentAnalysis> Task, CancellationTokenSource Cancel);
}
