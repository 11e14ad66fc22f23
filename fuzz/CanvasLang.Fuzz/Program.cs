using System.Diagnostics;
using System.Globalization;
using SharpFuzz;

namespace CanvasLang.Fuzz;

/// <summary>Entry point of every fuzz target; fuzz/README.md tells how each is run.</summary>
public static class Program
{
    private const string Usage = """
        usage: canvaslang-fuzz pipeline | render            AFL++ targets (input on stdin, persistent loop)
               canvaslang-fuzz replay [--render] PATH...    run a target on files or folders (crash triage)
               canvaslang-fuzz minimize FILE                shrink a failing input (writes FILE.min)
               canvaslang-fuzz speed SECONDS PATH...        in-process execs/s of the pipeline over a corpus, per stage
               canvaslang-fuzz import SECONDS COUNT SEED PATH...   mutated JSON through the importer
               canvaslang-fuzz import-replay PATH...        saved JSON through the importer once each
               canvaslang-fuzz jsonrpc SECONDS COUNT SEED   mutated JSON-RPC frames through the language server
               canvaslang-fuzz jsonrpc-replay FILE          one saved frame sequence through a fresh server
        """;

    public static int Main(string[] args)
    {
        if (args is ["pipeline" or "render"])
        {
            return Run(args);
        }

        // Instrumented assemblies (fuzz/prepare.sh) write coverage to SharpFuzz's trace buffer, which
        // only Fuzzer.Run sets up; outside AFL it gives them a private one and runs the action once.
        var code = 0;
        Fuzzer.Run(_ => code = Run(args));
        return code;
    }

    private static int Run(string[] args)
    {
        switch (args)
        {
            case ["pipeline"]:
                RunAfl(() => new PipelineTarget().Run);
                return 0;
            case ["render"]:
                RunAfl(() => new RenderTarget().Run);
                return 0;
            case ["replay", "--render", .. var paths]:
                return Replay(new RenderTarget().Run, paths);
            case ["replay", .. var paths] when paths.Length > 0:
                return Replay(new PipelineTarget().Run, paths);
            case ["speed", var seconds, .. var paths] when paths.Length > 0:
                return Speed(Seconds(seconds), paths);
            case ["import", var seconds, var count, var seed, .. var paths] when paths.Length > 0:
                return new ImportFuzzer(int.Parse(seed, CultureInfo.InvariantCulture)).Run(Seconds(seconds), int.Parse(count, CultureInfo.InvariantCulture), Corpus.Files(paths));
            case ["jsonrpc", var seconds, var count, var seed]:
                return new JsonRpcFuzzer(int.Parse(seed, CultureInfo.InvariantCulture)).Run(Seconds(seconds), int.Parse(count, CultureInfo.InvariantCulture));
            case ["minimize", var file]:
                return Minimizer.Run(file, TimeSpan.FromSeconds(60));
            case ["import-replay", .. var files] when files.Length > 0:
                return ImportFuzzer.Replay(Corpus.Files(files));
            case ["jsonrpc-replay", var file]:
                return new JsonRpcFuzzer(0).Replay(file);
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));

    /// <summary>SharpFuzz's fork-server loop: one process runs input after input; an escaping exception is a crash.</summary>
    private static void RunAfl(Func<Action<ReadOnlySpan<byte>>> create)
    {
        var buffer = new byte[PipelineTarget.MaxInputBytes];

        // Made inside the loop: instrumented code may only run once SharpFuzz has mapped AFL's shared memory.
        Action<ReadOnlySpan<byte>>? target = null;
        Fuzzer.Run(stream =>
        {
            target ??= create();
            var length = 0;
            for (int read; length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0;)
            {
                length += read;
            }

            target(buffer.AsSpan(0, length));
        });
    }

    private static int Replay(Action<ReadOnlySpan<byte>> target, IEnumerable<string> paths)
    {
        var (passed, failed) = (0, 0);
        foreach (var file in Corpus.Files(paths))
        {
            try
            {
                target(File.ReadAllBytes(file));
                passed++;
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"FAIL {file}\n  {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
                if (e is InvariantException { Text: { } text })
                {
                    Console.WriteLine($"  --- text it broke on ---\n{text}\n  ---");
                }
            }
        }

        Console.WriteLine($"replay: {passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>The pipeline without AFL over a corpus, repeated until the time is up: the harness's own cost.</summary>
    private static int Speed(TimeSpan duration, IEnumerable<string> paths)
    {
        var inputs = Corpus.Files(paths).Select(File.ReadAllBytes).Where(b => b.Length <= PipelineTarget.MaxInputBytes).ToList();
        var target = new PipelineTarget();
        var clock = Stopwatch.StartNew();
        long runs = 0;
        while (clock.Elapsed < duration)
        {
            target.Run(inputs[(int)(runs++ % inputs.Count)]);
        }

        Console.WriteLine($"speed: {runs} runs of {inputs.Count} inputs (mean {inputs.Average(b => b.Length):F0} bytes) in {clock.Elapsed.TotalSeconds:F1} s: {runs / clock.Elapsed.TotalSeconds:F0} execs/s");
        foreach (var (stage, time) in target.StageTimes)
        {
            Console.WriteLine($"  {stage,-12} {time.TotalMilliseconds / runs:F3} ms/exec");
        }

        return 0;
    }
}

internal static class Corpus
{
    public static List<string> Files(IEnumerable<string> paths) =>
    [
        .. paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p])
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith("README.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal),
    ];
}
