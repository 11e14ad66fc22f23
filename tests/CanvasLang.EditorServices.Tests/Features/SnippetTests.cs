using System.Text.RegularExpressions;
using CanvasLang.EditorServices.Completion;
using CanvasLang.EditorServices.Tests.Formatting;
using CanvasLang.Syntax.Tree;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.Tests.Features;

/// <summary>A snippet accepted as offered is a declaration without syntax errors, in completion and in the VS Code extension.</summary>
public sealed partial class SnippetTests
{
    public static TheoryData<string> CompletionSnippets() => [.. Snippets.All.Select(s => s.Label)];

    public static TheoryData<string> ExtensionSnippets() => [.. ExtensionBodies().Keys];

    [Theory]
    [MemberData(nameof(CompletionSnippets))]
    public void A_completion_snippet_parses_as_offered(string label) =>
        SyntaxErrors(Plain(Snippets.All.Single(s => s.Label == label).Body)).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(ExtensionSnippets))]
    public void An_extension_snippet_parses_as_offered(string name) =>
        SyntaxErrors(Plain(ExtensionBodies()[name])).ShouldBeEmpty();

    [Fact]
    public void Every_declaration_with_a_block_has_a_snippet_in_both_places()
    {
        var blocks = CanvasLang.Syntax.LanguageTable.Declarations.Where(d => d.Block is not null && d.Keyword != "businessmodel").Select(d => d.Keyword);
        blocks.Except(Snippets.All.Select(s => s.Label)).ShouldBeEmpty("completion has no snippet for these");
        blocks.Except(ExtensionBodies().Values.Select(b => b.TrimStart().Split(' ')[0])).ShouldBeEmpty("the VS Code extension has no snippet for these");
    }

    private static List<string> SyntaxErrors(string text) =>
        [.. SyntaxTree.Parse(text, "snippet.canvas").Diagnostics.Select(d => $"{d.Code} {d.Message}")];

    private static Dictionary<string, string> ExtensionBodies()
    {
        var path = Path.Combine(SampleCanvases.RepoRoot, "editors", "vscode", "snippets", "canvaslang.code-snippets");
        return JObject.Parse(File.ReadAllText(path)).Properties()
            .ToDictionary(p => p.Name, p => p.Value["body"] is JArray lines ? string.Join("\n", lines.Values<string>()) : p.Value["body"]!.Value<string>()!);
    }

    /// <summary>The text an editor leaves when every placeholder is accepted: defaults, first choices, repeated tab stops and date variables filled in.</summary>
    private static string Plain(string snippet)
    {
        var defaults = new Dictionary<string, string>();
        var text = Placeholder().Replace(snippet, m =>
        {
            var value = m.Groups["choice"].Success ? m.Groups["choice"].Value.Split(',')[0] : m.Groups["default"].Value;
            defaults.TryAdd(m.Groups["n"].Value, value);
            return value;
        });
        text = Mirror().Replace(text, m => defaults.GetValueOrDefault(m.Groups["n"].Value, string.Empty));
        return text.Replace("$CURRENT_YEAR", "2026", StringComparison.Ordinal).Replace("$CURRENT_MONTH", "12", StringComparison.Ordinal)
            .Replace("$CURRENT_DATE", "05", StringComparison.Ordinal).Replace("\\$", "$", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\$\{(?<n>\d+)\|(?<choice>[^|]*)\|\}|\$\{(?<n>\d+):(?<default>(?:[^}\\]|\\.)*)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\$\{(?<n>\d+)\}|\$(?<n>\d+)")]
    private static partial Regex Mirror();
}
