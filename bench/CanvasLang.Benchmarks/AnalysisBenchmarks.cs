using BenchmarkDotNet.Attributes;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Benchmarks;

/// <summary>The analysis pipeline stage by stage, on canvases of 100, 1,000 and 10,000 entries.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private string text = string.Empty;
    private SyntaxTree tree = null!;
    private readonly IDocumentSource source = new FileSystemDocumentSource();

    [Params(100, 1_000, 10_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        text = GeneratedCanvas.Create(Entries);
        tree = SyntaxTree.Parse(text, Path.Combine(Path.GetTempPath(), "bench.canvas"));
    }

    [Benchmark]
    public SyntaxTree Parse() => SyntaxTree.Parse(text, "bench.canvas");

    [Benchmark]
    public object Bind() => Binder.Bind(tree, source);

    [Benchmark]
    public AnalysisResult Analyze() => CanvasAnalyzer.Analyze(tree, source, AnalysisOptions.Default);
}
