using System.Diagnostics;
using CanvasLang.EditorServices.Completion;

namespace CanvasLang.Benchmarks;

/// <summary>
/// Completion in process, without the protocol: at the end of the last line that ends with
/// `relieves ` (the LSP benchmark's reference canvas types there), many requests on one analysis.
/// </summary>
public static class QuickCompletion
{
    public static void Run(string file, int requests)
    {
        var text = File.ReadAllText(file);
        var at = text.LastIndexOf("relieves \n", StringComparison.Ordinal);
        if (at < 0)
        {
            Console.Error.WriteLine($"{file}: no line ends with `relieves `");
            return;
        }

        var (_, _, analysis) = BenchHost.Open(file, text);
        var offset = at + "relieves ".Length;
        for (var i = 0; i < 50; i++)
        {
            CompletionService.Complete(analysis, offset);
        }

        var times = new List<double>();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var gen0 = GC.CollectionCount(0);
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            CompletionService.Complete(analysis, offset);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - bytes) / 1024.0 / requests;
        using (var listener = new QuickAllocations.AllocationListener())
        {
            for (var i = 0; i < requests; i++)
            {
                CompletionService.Complete(analysis, offset);
            }

            listener.Dispose();
            foreach (var (type, sampled) in listener.Small.Concat(listener.Large).OrderByDescending(t => t.Value).Take(8))
            {
                Console.WriteLine($"  {sampled / 1024.0 / requests,7:F0} KiB per request  {type}");
            }
        }

        times.Sort();
        Console.WriteLine($"completion after `relieves `: median {times[times.Count / 2]:F2} ms, p95 {times[(int)(times.Count * 0.95)]:F2} ms, {allocated:F0} KiB allocated per request, {(GC.CollectionCount(0) - gen0) / (double)requests:F2} gen0 collections per request");
    }
}
