using CanvasLang.Semantics.Tests.Quality;

namespace CanvasLang.Semantics.Tests.Rules.Personas;

/// <summary>
/// Labelled/personas.canvas, the persona rules' shared labelled set: labelled both ways for each rule,
/// every persona for every rule, and each rule exact on it (Quality/LabelledSetTests prints the table).
/// </summary>
public class PersonaLabelledSetTests
{
    private static LabelledSet Set => LabelledSetTests.Sets().Single(s => s.FileName == "personas.canvas");

    [Fact]
    public void The_persona_set_labels_each_rule_both_ways()
    {
        Set.Rules.ShouldBe(["CV601", "CV602", "CV603", "CV604"]);
        var markers = RuleTestHarness.Markers(File.ReadAllText(Set.Path));
        markers.Count(m => m.Expected).ShouldBeGreaterThanOrEqualTo(15);
        markers.Count(m => !m.Expected).ShouldBeGreaterThanOrEqualTo(15);
        foreach (var rule in Set.Rules)
        {
            markers.Count(m => m.Rule == rule && m.Expected).ShouldBeGreaterThanOrEqualTo(3, rule);
            markers.Count(m => m.Rule == rule && !m.Expected).ShouldBeGreaterThanOrEqualTo(3, rule);
        }

        // Every persona is labelled for every rule, so no finding goes unscored.
        var personas = File.ReadAllLines(Set.Path).Count(l => l.StartsWith("persona ", StringComparison.Ordinal));
        markers.Count.ShouldBe(personas * Set.Rules.Count);
    }

    [Theory]
    [InlineData("CV601")]
    [InlineData("CV602")]
    [InlineData("CV603")]
    [InlineData("CV604")]
    public void Each_rule_is_exact_on_the_persona_set(string rule)
    {
        var score = RuleTestHarness.Score(File.ReadAllText(Set.Path), rule, Set.Path);
        score.Mistakes.ShouldBeEmpty();
        score.TruePositives.ShouldBeGreaterThan(0);
        score.TrueNegatives.ShouldBeGreaterThan(0);
    }
}
