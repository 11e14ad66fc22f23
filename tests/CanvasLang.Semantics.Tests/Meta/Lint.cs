using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Tests.Meta;

/// <summary>Files held in memory, so tests can import one canvas from another without touching the disk.</summary>
public sealed class MemoryDocumentSource(IReadOnlyDictionary<string, string> files) : IDocumentSource
{
    public DocumentLoad Load(string fullPath) =>
        files.TryGetValue(fullPath, out var text) ? new DocumentLoad(SyntaxTree.Parse(text, fullPath), null) : new DocumentLoad(null, "the file does not exist");
}

/// <summary>Runs the whole analyzer on a text, as the CLI and the editor do, and picks out one rule's findings.</summary>
public static partial class Lint
{
    public static readonly string Root = Path.Combine(Path.GetTempPath(), "canvaslang-tests");

    public static readonly DateOnly Today = new(2026, 6, 30);

    public static string PathOf(string name) => Path.Combine(Root, name);

    public static AnalysisResult Run(string text, CanvasConfiguration? configuration = null, IReadOnlyDictionary<string, string>? imports = null, DateOnly? today = null)
    {
        var files = (imports ?? new Dictionary<string, string>()).ToDictionary(kv => PathOf(kv.Key), kv => kv.Value);
        var tree = SyntaxTree.Parse(text, PathOf("main.canvas"));
        var config = configuration ?? CanvasConfiguration.Empty;
        return CanvasAnalyzer.Analyze(tree, new MemoryDocumentSource(files), new AnalysisOptions(config, today ?? config.Today ?? Today));
    }

    public static ImmutableArray<Diagnostic> Of(string rule, string text, CanvasConfiguration? configuration = null, IReadOnlyDictionary<string, string>? imports = null, DateOnly? today = null) =>
        [.. Run(text, configuration, imports, today).Diagnostics.Where(d => d.Code == rule)];

    /// <summary>The 1-based lines a rule reports on.</summary>
    public static int[] Lines(string rule, string text, CanvasConfiguration? configuration = null, IReadOnlyDictionary<string, string>? imports = null) =>
        [.. Run(text, configuration, imports).Diagnostics.Where(d => d.Code == rule).Select(d => LineOf(text, d.Span.Start))];

    public static int LineOf(string text, int offset) => SourceText.From(text).LineOf(offset) + 1;

    /// <summary>What an editor makes of a snippet once the user accepts every placeholder as offered.</summary>
    // One pass, escapes first, so an escaped `\$400` stays a dollar and a number rather than a tab stop.
    public static string Plain(string snippet) =>
        Placeholder().Replace(snippet, m =>
            m.Groups["escaped"].Success ? m.Groups["escaped"].Value
            : m.Groups["choice"].Success ? m.Groups["choice"].Value.Split(',')[0]
            : Escaped().Replace(m.Groups["default"].Value, e => e.Groups["escaped"].Value));

    /// <summary>Applies a fix's edits, snippets made plain.</summary>
    public static string Apply(string text, CodeFix fix) =>
        TextEdit.Apply(text, fix.Edits.Select(e => e.IsSnippet ? e with { NewText = Plain(e.NewText), IsSnippet = false } : e));

    public static CanvasConfiguration Config(string json) => ConfigurationLoader.Parse(PathOf(CanvasConfiguration.FileName), json);

    [GeneratedRegex(@"\\(?<escaped>[\\$}])|\$\{\d+\|(?<choice>[^|]*)\|\}|\$\{\d+:(?<default>(?:[^}\\]|\\.)*)\}|\$\d+")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\\(?<escaped>[\\$}])")]
    private static partial Regex Escaped();
}
