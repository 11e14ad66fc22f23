using System.Collections.Immutable;
using System.Diagnostics;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Benchmarks;

public static class QuickParseTimes
{
    public static void Run(string file, int iterations)
    {
        var text = File.ReadAllText(file);
        var source = SourceText.From(text);
        Time("lex", iterations, () => { var t = new CanvasTokenizer(text, 0); while (t.Next().Type != Antlr4.Runtime.TokenConstants.EOF) { } });
        Time("parse valid", iterations, () => SyntaxTree.Parse(source));
        var endError = SourceText.From(text + "profile rid");
        Time("parse, half-typed declaration at end", iterations, () => SyntaxTree.Parse(endError));
        var at = text.IndexOf("\" severity", text.Length / 4, StringComparison.Ordinal);
        var unterminated = SourceText.From(text.Remove(at, 1));
        Time("parse, unterminated string in profile", iterations, () => SyntaxTree.Parse(unterminated));
    }

    private static void Time(string what, int iterations, Action action)
    {
        for (var i = 0; i < 5; i++)
        {
            action();
        }

        var times = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"{what}: median {times[times.Count / 2]:F1} ms");
    }
}
