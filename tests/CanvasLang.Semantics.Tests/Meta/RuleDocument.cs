using System.Text.RegularExpressions;

namespace CanvasLang.Semantics.Tests.Meta;

/// <summary>A docs/rules/CVnnn.md file read into the parts the catalog must agree with.</summary>
public sealed partial record RuleDocument(string Id, string FirstLine, string? DefaultSeverity, IReadOnlyList<(string Name, string Default)>? Options, IReadOnlyList<string> Bad, IReadOnlyList<string> Good)
{
    public static string Folder => Path.Combine(RepoRoot.Path, "docs", "rules");

    public static RuleDocument Read(string id)
    {
        var text = File.ReadAllText(Path.Combine(Folder, id + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        var severity = lines.FirstOrDefault(l => l.StartsWith("Default severity:", StringComparison.Ordinal))?["Default severity:".Length..].Trim();
        return new RuleDocument(id, lines[0], severity, ReadOptions(Section(text, "Options")), Blocks(Section(text, "Bad")), Blocks(Section(text, "Good")));
    }

    /// <summary>The text under a <c>## heading</c>, up to the next one.</summary>
    private static string? Section(string text, string heading)
    {
        var m = Regex.Match(text, $@"^## {heading}[ \t]*\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        return m.Success ? m.Groups["body"].Value : null;
    }

    private static List<string> Blocks(string? section) =>
        section is null ? [] : [.. CanvasBlock().Matches(section).Select(m => m.Groups["code"].Value)];

    private static List<(string, string)>? ReadOptions(string? section)
    {
        if (section is null)
        {
            return null;
        }

        return [.. OptionRow().Matches(section).Select(m => (m.Groups["name"].Value, m.Groups["default"].Value))];
    }

    [GeneratedRegex(@"^```canvas[ \t]*\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CanvasBlock();

    [GeneratedRegex(@"^\|\s*`(?<name>[A-Za-z]+)`\s*\|[^|]*\|\s*`(?<default>[^`]*)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex OptionRow();
}
