using System.Diagnostics;
using CanvasLang.EditorServices.Export;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Fuzz;

/// <summary>
/// Mutated JSON through <see cref="CanvasJsonImporter.Import"/>, the API behind `canvaslang import`.
/// It may refuse with a <see cref="FormatException"/> (the CLI prints its message); any other
/// exception is a crash, and so is text it writes that does not parse (it checks values first).
/// Seeds: the export of every seed canvas, and any JSON file given.
/// </summary>
internal sealed class ImportFuzzer(int seed)
{
    private readonly JsonMutator mutator = new(new Random(seed));
    private readonly FailureLog failures = new("import");

    public int Run(TimeSpan duration, int count, IReadOnlyList<string> paths)
    {
        var seeds = paths.Select(Seed).OfType<string>().ToList();
        if (seeds.Count == 0)
        {
            Console.Error.WriteLine("import: no seed (.canvas or .json) found");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var (runs, refused, unparsable) = (0, 0, 0);
        for (; runs < count && clock.Elapsed < duration; runs++)
        {
            var json = mutator.Mutate(seeds[runs % seeds.Count]);
            try
            {
                var result = CanvasJsonImporter.Import(json);
                if (SyntaxTree.Parse(result.Text).Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
                {
                    // The importer checks values before writing: a canvas it writes must parse.
                    unparsable++;
                    failures.Add($"imported to text with a syntax error ({error.Code})", json, $"{error.Message}\n{result.Text}");
                }
            }
            catch (FormatException)
            {
                refused++;
            }
            catch (Exception e)
            {
                failures.Add(e, json);
            }
        }

        Console.WriteLine($"import: {runs} inputs from {seeds.Count} seeds in {clock.Elapsed.TotalSeconds:F1} s ({runs / clock.Elapsed.TotalSeconds:F0}/s): {refused} refused with a message, {unparsable} imported to text with syntax errors, {failures.Distinct} distinct crashes");
        failures.Report();
        return failures.Distinct == 0 ? 0 : 1;
    }

    /// <summary>Each file through the importer once, unmutated: triage of saved failures.</summary>
    public static int Replay(IReadOnlyList<string> files)
    {
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                var result = CanvasJsonImporter.Import(File.ReadAllText(file));
                Console.WriteLine($"ok   {file}: imported ({result.Format})");
            }
            catch (FormatException e)
            {
                Console.WriteLine($"ok   {file}: refused: {e.Message}");
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"FAIL {file}: {e.GetType().Name}: {e.Message}\n{e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("CanvasLang.", StringComparison.Ordinal))}");
            }
        }

        Console.WriteLine($"import replay: {files.Count - failed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static string? Seed(string path)
    {
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            return File.ReadAllText(path);
        }

        if (!path.EndsWith(".canvas", StringComparison.Ordinal))
        {
            return null;
        }

        var tree = SyntaxTree.Parse(File.ReadAllText(path), path);
        return tree.Declarations.IsEmpty ? null : CanvasJsonExporter.Export(CanvasAnalyzer.Analyze(tree, new FileSystemDocumentSource(), AnalysisOptions.Default));
    }
}
