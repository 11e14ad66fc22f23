using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Tree;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Benchmarks;

/// <summary>Each rule alone (every other rule off) at 1,000 entries: finds the rule that costs the most.</summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private SyntaxTree tree = null!;
    private AnalysisOptions options = AnalysisOptions.Default;
    private readonly IDocumentSource source = new FileSystemDocumentSource();

    public static IEnumerable<string> RuleIds => RuleCatalog.Rules.Select(r => r.Descriptor.Id);

    [ParamsSource(nameof(RuleIds))]
    public string Rule { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        tree = SyntaxTree.Parse(GeneratedCanvas.Create(1_000), Path.Combine(Path.GetTempPath(), "bench.canvas"));
        var off = RuleCatalog.Rules
            .Where(r => r.Descriptor.Id != Rule)
            .ToImmutableDictionary(r => r.Descriptor.Id, _ => new RuleConfiguration(null, true, ImmutableDictionary<string, JToken>.Empty));
        options = new AnalysisOptions(new CanvasConfiguration { Rules = off }, new DateOnly(2026, 11, 23));
    }

    [Benchmark]
    public AnalysisResult AnalyzeWithOneRule() => CanvasAnalyzer.Analyze(tree, source, options);
}
