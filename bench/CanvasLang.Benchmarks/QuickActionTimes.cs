using System.Diagnostics;
using CanvasLang.EditorServices.CodeActions;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Benchmarks;

/// <summary>
/// Code actions on a generated canvas with a second segment, for a whole-file range (what a client
/// asking for "all actions" sends) and for a cursor in one entry: a stopwatch, the median of 5 after
/// a warm-up, and how many actions of each kind came back. Tests assert counts, never times.
/// Measured here (Release, 2 shared cores), whole file at 10,000 entries: 3,294 ms and 18,807 actions
/// (9,998 moves) before moves went to the covering entry only; 5.7 ms and 46 actions after.
/// </summary>
public static class QuickActionTimes
{
    public static void Run(IEnumerable<int> sizes)
    {
        foreach (var size in sizes)
        {
            var folder = Directory.CreateTempSubdirectory("canvaslang-bench-actions-").FullName;
            try
            {
                var path = Path.Combine(folder, "generated.canvas");
                var text = WithSecondSegment(GeneratedCanvas.Create(size));
                var host = new AnalysisHost(folder);
                var snapshot = host.ApplyChange(new DocumentOpened(path, 1, text)).Analysis;
                var analysis = snapshot.AnalyzeAsync(path).GetAwaiter().GetResult();
                var service = new CodeActionService(snapshot);
                var cursor = text.IndexOf("pain p1 ", StringComparison.Ordinal);
                foreach (var (name, range) in new[] { ("whole file", new TextSpan(0, text.Length)), ("cursor in an entry", new TextSpan(cursor, 0)) })
                {
                    var actions = service.Actions(analysis, range);
                    var times = new List<double>();
                    for (var i = 0; i < 5; i++)
                    {
                        var watch = Stopwatch.StartNew();
                        actions = service.Actions(analysis, range);
                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }

                    times.Sort();
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    service.Actions(analysis, range);
                    var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 / 1024.0;
                    var kinds = string.Join(", ", actions.GroupBy(a => a.Kind).Select(g => $"{g.Count()} {g.Key}"));
                    Console.WriteLine($"{size} entries, {analysis.Result.Diagnostics.Length} diagnostics, {name}: {times[2]:F1} ms, {allocated:F2} MiB allocated, {actions.Length} actions ({kinds})");
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>A second segment with a profile and a value map: every entry then has somewhere to move to.</summary>
    public static string WithSecondSegment(string canvas) => canvas +
        "segment porters \"Hospital porters who move patients between wards\"\n" +
        "profile porters {\n  functional job move \"Move a patient from ward 4 to radiology within 10 minutes\"\n}\n" +
        "valuemap porters {\n  product board \"A live board of pending moves\" serves move\n}\n";
}
