using System.Text;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Benchmarks;

/// <summary>
/// Every field of every diagnostic of some files, as text: compare two dumps (before and after a
/// change) to prove a change left the output byte for byte the same.
/// </summary>
public static class DiagnosticsDump
{
    public static void Run(string output, IEnumerable<string> files)
    {
        var source = new FileSystemDocumentSource();
        var dump = new StringBuilder();
        // Generated canvases by size ("generated:1000"), then everything twice: the second pass runs warm.
        var paths = files.Select(Materialize).ToList();
        foreach (var file in paths.Concat(paths))
        {
            var today = new AnalysisOptions(Semantics.Configuration.ConfigurationLoader.LoadFor(file), new DateOnly(2026, 11, 23));
            Append(dump, file, CanvasAnalyzer.AnalyzeFile(file, source, today).Diagnostics);
        }

        File.WriteAllText(output, dump.ToString());
        Console.WriteLine($"{dump.Length} characters written to {output}");
    }

    private static string Materialize(string file)
    {
        if (!file.StartsWith("generated:", StringComparison.Ordinal))
        {
            return file;
        }

        var size = int.Parse(file["generated:".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var path = Path.Combine(Path.GetTempPath(), $"generated-{size}.canvas");
        File.WriteAllText(path, GeneratedCanvas.Create(size));
        return path;
    }

    public static void Append(StringBuilder dump, string file, IEnumerable<Diagnostic> diagnostics)
    {
        dump.Append("# ").AppendLine(file);
        foreach (var d in diagnostics)
        {
            dump.Append(d.Code).Append(' ').Append(d.RuleName).Append(' ').Append(d.Severity).Append(' ').Append(d.Span).Append(' ').AppendLine(d.Message);
            foreach (var r in d.Related)
            {
                dump.Append("  related ").Append(r.Location.Path).Append(' ').Append(r.Location.Span).Append(' ').AppendLine(r.Message);
            }

            foreach (var t in d.Tags)
            {
                dump.Append("  tag ").AppendLine(t.ToString());
            }

            foreach (var (k, v) in d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                dump.Append("  property ").Append(k).Append('=').AppendLine(v);
            }

            foreach (var f in d.Fixes)
            {
                dump.Append("  fix ").Append(f.Title).Append(" mechanical=").AppendLine(f.IsMechanical.ToString());
                foreach (var e in f.Edits)
                {
                    dump.Append("    edit ").Append(e.Span).Append(" snippet=").Append(e.IsSnippet).Append(' ').AppendLine(e.NewText.Replace("\n", "\\n", StringComparison.Ordinal));
                }
            }
        }
    }
}
