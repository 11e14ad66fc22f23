using System.Diagnostics;

namespace CanvasLang.Fuzz;

/// <summary>
/// Distinct failures of an in-process fuzz loop, keyed by exception type and the first project
/// frame, each with the smallest input that showed it; written to a folder for triage.
/// </summary>
internal sealed class FailureLog(string name, System.Text.Encoding? encoding = null)
{
    private readonly Dictionary<string, (int Count, string Input, string Detail)> failures = new(StringComparer.Ordinal);

    public int Distinct => failures.Count;

    public void Add(Exception e, string input)
    {
        var frame = new StackTrace(e).GetFrames().Select(f => f.GetMethod()).FirstOrDefault(m => m?.DeclaringType?.FullName?.StartsWith("CanvasLang.", StringComparison.Ordinal) == true);
        var key = $"{e.GetType().Name} at {frame?.DeclaringType?.FullName}.{frame?.Name}";
        Add(key, input, e.ToString());
    }

    public void Add(string key, string input, string detail)
    {
        if (failures.TryGetValue(key, out var known))
        {
            failures[key] = (known.Count + 1, input.Length < known.Input.Length ? input : known.Input, known.Detail);
        }
        else
        {
            failures[key] = (1, input, detail);
        }
    }

    /// <summary>Prints the failures and saves their inputs under $FUZZ_FINDINGS (default: a temp folder).</summary>
    public void Report()
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("FUZZ_FINDINGS") is { Length: > 0 } f ? f : Path.GetTempPath(), $"canvaslang-{name}-findings");
        var index = 0;
        foreach (var (key, (count, input, detail)) in failures.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"failure-{++index:D2}.txt");
            File.WriteAllText(file, input, encoding ?? new System.Text.UTF8Encoding(false));
            var preview = input.Length > 300 ? input[..300] + $"… ({input.Length} chars)" : input;
            Console.WriteLine($"FAIL {key} ({count}×), input in {file}:\n  {preview}\n  {detail.Split('\n').Take(6).Aggregate((a, b) => a + "\n  " + b)}");
        }
    }
}
