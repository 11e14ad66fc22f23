using CanvasLang.Semantics.Rules;
using CanvasLang.Semantics.Tests.Rules;

namespace CanvasLang.Semantics.Tests.Language;

/// <summary>Canvases in languages the word-reading rules cannot read get no finding from any of them.</summary>
public class UnreadLanguageTests
{
    [Theory]
    [InlineData("pl.canvas")]
    [InlineData("ja.canvas")]
    public void No_word_reading_rule_speaks_on_a_canvas_it_cannot_read(string file)
    {
        var path = Path.Combine(Path.GetDirectoryName(Quality.LabelledSetTests.LabelledFolder)!, "Language", "Unread", file);
        var result = RuleTestHarness.Analyze(File.ReadAllText(path), path);
        var wordRules = RuleCatalog.All.Where(r => r.ReadsWords).Select(r => r.Id).ToHashSet();
        wordRules.Count.ShouldBeGreaterThan(8);
        result.Diagnostics.Where(d => wordRules.Contains(d.Code)).Select(d => $"{d.Code}: {d.Message}").ShouldBeEmpty();

        // The canvas is analysed all the same: structural rules still speak.
        result.Diagnostics.ShouldContain(d => d.Code == "CV203" || d.Code == "CV202" || d.Code == "CV107" || d.Code == "CV301" || d.Code == "CV404");
    }
}
