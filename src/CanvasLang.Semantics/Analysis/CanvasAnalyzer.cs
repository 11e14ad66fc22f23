using System.Collections.Immutable;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Semantics.Rules;
using CanvasLang.Semantics.Suppression;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Analysis;

/// <summary>What an analysis runs with: the configuration that applies and the date CV403 compares with.</summary>
public sealed record AnalysisOptions(CanvasConfiguration Configuration, DateOnly Today)
{
    public static AnalysisOptions Default => new(CanvasConfiguration.Empty, DateOnly.FromDateTime(DateTime.Today));

    public static AnalysisOptions For(CanvasConfiguration configuration) =>
        new(configuration, configuration.Today ?? DateOnly.FromDateTime(DateTime.Today));
}

/// <summary>The result of analyzing one file: its tree, its model and every diagnostic, sorted by position.</summary>
public sealed record AnalysisResult(SyntaxTree Tree, SemanticModel Model, ImmutableArray<Diagnostic> Diagnostics, AnalysisOptions Options);

/// <summary>The pipeline: parse → bind (imports, names, references) → rules → suppressions.</summary>
public static class CanvasAnalyzer
{
    /// <summary>Analyzes one tree reading its texts afresh (one-off analyses: a CLI file, a test).</summary>
    public static AnalysisResult Analyze(SyntaxTree tree, IDocumentSource source, AnalysisOptions options, CancellationToken cancellation = default) =>
        Analyze(tree, source, options, new ReadingStore(), cancellation);

    /// <summary>
    /// Analyzes one tree with the readings (and remembered verdicts) of <paramref name="readings"/>: an
    /// owner that analyzes again and again (the editor's host) keeps one store, so only new texts are read.
    /// </summary>
    public static AnalysisResult Analyze(SyntaxTree tree, IDocumentSource source, AnalysisOptions options, ReadingStore readings, CancellationToken cancellation = default)
    {
        var (model, binderDiagnostics) = Binder.Bind(tree, source, readings);
        var diagnostics = new List<Diagnostic>(tree.Diagnostics);
        diagnostics.AddRange(binderDiagnostics);
        if (!tree.IsForeignFormat)
        {
            foreach (var rule in RuleCatalog.Rules)
            {
                cancellation.ThrowIfCancellationRequested();
                RunRule(rule, model, options, diagnostics);
            }
        }

        var filtered = SuppressionFilter.Apply(tree, diagnostics, options.Configuration);
        return new AnalysisResult(tree, model, InPositionOrder(filtered), options);
    }

    /// <summary>By start, then code; diagnostics equal in both keep the order they were reported in.</summary>
    internal static ImmutableArray<Diagnostic> InPositionOrder(ImmutableArray<Diagnostic> diagnostics)
    {
        var order = new (int Start, string Code, int Index)[diagnostics.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = (diagnostics[i].Span.Start, diagnostics[i].Code, i);
        }

        // The index as last key makes the (unstable) array sort stable.
        Array.Sort(order, static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : string.CompareOrdinal(a.Code, b.Code) is var byCode and not 0 ? byCode
            : a.Index.CompareTo(b.Index));
        var sorted = ImmutableArray.CreateBuilder<Diagnostic>(order.Length);
        foreach (var (_, _, index) in order)
        {
            sorted.Add(diagnostics[index]);
        }

        return sorted.MoveToImmutable();
    }

    /// <summary>Analyzes a file on disk with the configuration that applies to it.</summary>
    public static AnalysisResult AnalyzeFile(string path, IDocumentSource source, AnalysisOptions? options = null)
    {
        var load = source.Load(Path.GetFullPath(path));
        var tree = load.Tree ?? SyntaxTree.Parse(string.Empty, Path.GetFullPath(path));
        return Analyze(tree, source, options ?? AnalysisOptions.For(ConfigurationLoader.LoadFor(path)));
    }

    private static void RunRule(CanvasRule rule, SemanticModel model, AnalysisOptions options, List<Diagnostic> diagnostics)
    {
        var settings = options.Configuration.SettingsFor(rule.Descriptor);
        if (settings.IsOff)
        {
            return;
        }

        var context = new RuleContext(rule, model, settings, options.Today, diagnostics);
        try
        {
            rule.Analyze(context);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A rule bug must not cost the user the rest of the analysis; say so where it is seen.
            diagnostics.Add(new Diagnostic(rule.Descriptor.Id, rule.Descriptor.Name, DiagnosticSeverity.Info,
                $"rule {rule.Descriptor.Id} failed on this file and was skipped ({e.GetType().Name}: {e.Message}); please report it",
                new Syntax.Text.TextSpan(0, 0)));
        }
    }
}
