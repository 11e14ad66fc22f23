using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CanvasLang.Fuzz;

/// <summary>
/// Shrinks a failing input for a regression test: removes ever smaller pieces while the pipeline
/// still fails the same way (same exception type, same message with quoted names blanked).
/// </summary>
internal static partial class Minimizer
{
    public static int Run(string file, TimeSpan budget)
    {
        var target = new PipelineTarget();
        var text = InputDecoder.Decode(File.ReadAllBytes(file));
        if (Failure(target, text) is not { } key)
        {
            Console.Error.WriteLine($"minimize: {file} does not fail");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        for (var size = Math.Max(1, text.Length / 2); size >= 1 && clock.Elapsed < budget; size /= 2)
        {
            for (var at = 0; at + size <= text.Length && clock.Elapsed < budget;)
            {
                var smaller = text.Remove(at, size);
                if (Failure(target, smaller) == key)
                {
                    text = smaller;
                }
                else
                {
                    at += size;
                }
            }
        }

        File.WriteAllText(file + ".min", text, new UTF8Encoding(false));
        Console.WriteLine($"minimize: {text.Length} chars, {key}\n{text}");
        return 0;
    }

    private static string? Failure(PipelineTarget target, string text)
    {
        try
        {
            target.Run(text);
            return null;
        }
        catch (Exception e)
        {
            // The action's title without its numbers or names, and the kind of error it added.
            var title = e.Message.Split(" added ")[0].Split(" for ")[0].Split(" to ")[0];
            return e.GetType().Name + ": " + string.Concat(title.Where(c => !char.IsAsciiDigit(c))) + " | " + Quoted().Replace(e.Message.Split(": ").ElementAtOrDefault(2) ?? string.Empty, "`…`");
        }
    }

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex Quoted();
}
