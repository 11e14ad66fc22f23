using System.Globalization;
using System.Text.RegularExpressions;
using CanvasLang.EditorServices.Export;
using CanvasLang.EditorServices.Formatting;
using CanvasLang.EditorServices.Rendering;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Tests.Formatting;

/// <summary>
/// Lone surrogate halves and characters outside the BMP through the library API, in a process that
/// runs with ICU (as tests and library users do; the CLI and server use invariant globalization).
/// </summary>
public class SurrogateTextTests
{
    /// <summary>Escaped, because xUnit passes theory data through UTF-8, which turns a lone half into U+FFFD.</summary>
    public static TheoryData<string> Texts => [@"Flat \uD83D tyre", @"Flat \uDE00 tyre", @"\uDC00\uD800", @"Flat \uD83D\uDEB2 tyre \uD83D\uDE00", @"ends high \uD83D", @"\uDE00 starts low", @"\uD835\uDD18\uD835\uDD2B and \uD83C\uDDE9\uD83C\uDDEA"];

    [Fact]
    public void The_test_process_uses_ICU() => CultureInfo.CurrentCulture.CompareInfo.Version.FullVersion.ShouldNotBe(0);

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_formatter_keeps_strings_and_comments_with_surrogates(string escaped)
    {
        var text = Regex.Unescape(escaped);
        var source = $"segment s \"{text}\"\nprofile s {{\n  pain p    \"{text}\"   severity high // {text}\n}}\n/* {text} */\n";
        var tree = SyntaxTree.Parse(source);
        var formatted = CanvasFormatter.Format(tree);
        formatted.Contains($"pain p \"{text}\" severity high // {text}", StringComparison.Ordinal).ShouldBeTrue(formatted);
        formatted.Contains($"/* {text} */", StringComparison.Ordinal).ShouldBeTrue(formatted);
        FormattingCheck.Difference(tree, SyntaxTree.Parse(formatted)).ShouldBeNull();
    }

    [Fact]
    public void The_formatter_refuses_a_lone_surrogate_outside_strings_without_throwing()
    {
        var source = "segment s \"S\"\n\uD83D\nprofile s {\n  pain \"P\"\n}\n";
        CanvasFormatter.Format(SyntaxTree.Parse(source)).ShouldBe(source);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Import_writes_surrogates_through(string escaped)
    {
        // A library caller's string may hold a lone half as it is; a JSON escape of one becomes U+FFFD in Newtonsoft.
        var text = Regex.Unescape(escaped);
        foreach (var (inJson, expected) in new[] { (text, text), (escaped, LoneHalvesReplaced(text)) })
        {
            var json = $"{{\"version\":\"1.0\",\"segments\":[{{\"name\":\"s\",\"description\":\"{inJson}\"}}],\"profiles\":[{{\"segment\":\"s\",\"entries\":[{{\"kind\":\"pain\",\"id\":\"p\",\"text\":\"{inJson}\"}}]}}]}}";
            var imported = CanvasJsonImporter.Import(json);
            SyntaxTree.Parse(imported.Text).AllEntries().Single().Text!.Value.ShouldBe(expected);
            imported.Text.Contains($"segment s \"{expected}\"", StringComparison.Ordinal).ShouldBeTrue(imported.Text);
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_width_counts_every_half_and_never_throws(string escaped)
    {
        var text = Regex.Unescape(escaped);
        var width = TextMetrics.Width(text, 12);
        width.ShouldBeGreaterThan(TextMetrics.Width(text.Replace(" ", string.Empty, StringComparison.Ordinal)[..1], 12));
        TextMetrics.Wrap(text, 12, 40).ShouldNotBeEmpty();
    }

    [Fact]
    public void An_emoji_is_as_wide_as_two_full_ems_as_under_invariant_globalization() =>
        TextMetrics.Width("\uD83D\uDE00", 10).ShouldBe(TextMetrics.Width("\u4E00\u4E00", 10));

    private static string LoneHalvesReplaced(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
