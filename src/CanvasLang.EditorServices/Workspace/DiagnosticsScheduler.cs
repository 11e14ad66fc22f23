using System.Collections.Concurrent;

namespace CanvasLang.EditorServices.Workspace;

/// <summary>
/// Re-analyzes documents (after an optional quiet period; the server uses none) and hands each result to <c>publish</c>, only
/// if the document is still at the analyzed version: an edit cancels the work for the old one, so
/// diagnostics are never stale.
/// </summary>
public sealed class DiagnosticsScheduler(AnalysisHost host, Func<DocumentAnalysis, Task> publish, TimeSpan delay, Action<string, Exception> onError)
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> pending = new(StringComparer.Ordinal);

    /// <summary>Schedules the document and every open document importing it.</summary>
    public void DocumentChanged(string path)
    {
        Schedule(path);
        foreach (var importer in host.Current.OpenImportersOf(path))
        {
            Schedule(importer);
        }
    }

    /// <summary>After a configuration or disk change: everything open may read differently now.</summary>
    public void ScheduleAllOpen()
    {
        foreach (var document in host.Current.OpenDocuments)
        {
            Schedule(document.Path);
        }
    }

    public void Cancel(string path)
    {
        if (pending.TryRemove(path, out var cancel))
        {
            cancel.Cancel();
        }
    }

    public void Schedule(string path)
    {
        var cancel = new CancellationTokenSource();
        CancellationTokenSource? previous = null;
        pending.AddOrUpdate(path, cancel, (_, old) =>
        {
            previous = old;
            return cancel;
        });
        previous?.Cancel();
        _ = RunAsync(path, cancel);
    }

    private async Task RunAsync(string path, CancellationTokenSource cancel)
    {
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancel.Token).ConfigureAwait(false);
            }

            // The snapshot as the work starts; published only if the document is still at its version.
            var analysis = await host.Current.AnalyzeAsync(path, cancel.Token).ConfigureAwait(false);
            if (cancel.IsCancellationRequested || host.Current.Get(path)?.Version != analysis.Snapshot.Version)
            {
                return;
            }

            await publish(analysis).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Replaced by a newer version or closed: nothing to publish.
        }
        catch (Exception e)
        {
            onError(path, e);
        }
        finally
        {
            pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(path, cancel));
        }
    }
}
