using System.Diagnostics.Tracing;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Benchmarks;

/// <summary>
/// Which types an edit allocates, by the runtime's allocation samples (one event per ~100 KB): typing in
/// the first entry of the file, as the LSP benchmark's `entry` kind does, through the editor's analysis
/// host. Large-object-heap allocations are listed apart: on this server they are what most often
/// triggers a full collection.
/// </summary>
public static class QuickAllocations
{
    public static void Run(string file, int iterations)
    {
        var original = File.ReadAllText(file);
        var column = original.Split('\n')[3].IndexOf('"', StringComparison.Ordinal) + 2;
        var (host, path, _) = BenchHost.Open(file, original);
        var version = 1;
        void Edit(int i)
        {
            var change = new TextChange(new LinePositionSpan(new(3, column), new(3, column + (i > 0 ? 1 : 0))), ((char)('a' + (i % 26))).ToString());
            host.ApplyChange(new DocumentEdited(path, ++version, [change]));
            host.Current.AnalyzeAsync(path).GetAwaiter().GetResult();
        }

        for (var i = 0; i < 10; i++)
        {
            Edit(i);
        }

        using var listener = new AllocationListener();
        for (var i = 0; i < iterations; i++)
        {
            Edit(i);
        }

        listener.Dispose();
        foreach (var (heap, types) in new[] { ("small-object heap", listener.Small), ("large-object heap", listener.Large) })
        {
            Console.WriteLine($"{heap}: {types.Values.Sum() / 1048576.0 / iterations:F2} MiB sampled per edit");
            foreach (var (type, bytes) in types.OrderByDescending(t => t.Value).Take(25))
            {
                Console.WriteLine($"  {bytes / 1048576.0 / iterations,6:F2}  {type}");
            }
        }
    }

    internal sealed class AllocationListener : EventListener
    {
        public Dictionary<string, long> Small { get; } = [];

        public Dictionary<string, long> Large { get; } = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || e.PayloadNames is null)
            {
                return;
            }

            var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
            var kind = Convert.ToInt32(e.Payload[e.PayloadNames.IndexOf("AllocationKind")], System.Globalization.CultureInfo.InvariantCulture);
            var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
            var table = kind == 1 ? Large : Small;
            lock (table)
            {
                table[type] = table.GetValueOrDefault(type) + amount;
            }
        }
    }
}
