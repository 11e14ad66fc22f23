using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Rules;
using CanvasLang.Semantics.Tests.Meta;
using CanvasLang.Semantics.Tests.Quality;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Tests.Rules.Learnings;

/// <summary>CV633: its labelled set, its reading in each read language, its four fixes, and what it leaves alone.</summary>
public class LearningRuleTests
{
    private static LabelledSet Set => LabelledSetTests.Sets().Single(s => s.FileName == "learnings.canvas");

    private const string Head = "segment nurses \"Night-shift nurses at a hospital in Ghent\"\ntest meals for nurses {\n  hypothesis \"Nurses order a warm meal for the 3 a.m. break\"\n}\n";

    private static string Card(string decision) =>
        Head + $"learning result from meals {{\n  observation \"7 orders in two weeks\"\n  decision \"{decision}\"\n  date 2026-05-02\n}}\n";

    [Fact]
    public void The_set_labels_every_decision_in_the_read_languages_and_some_unread()
    {
        Set.Rules.ShouldBe(["CV633"]);
        var markers = RuleTestHarness.Markers(File.ReadAllText(Set.Path));
        markers.Count(m => m.Expected).ShouldBeGreaterThanOrEqualTo(15);
        markers.Count(m => !m.Expected).ShouldBeGreaterThanOrEqualTo(15);
        var lines = File.ReadAllLines(Set.Path);
        markers.Count.ShouldBe(lines.Count(l => l.StartsWith("learning ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Discuss the results at the next team meeting")]
    [InlineData("To be decided")]
    [InlineData("We learned a lot about how nurses eat at night")]
    [InlineData("Keep an eye on the repeat orders")]
    [InlineData("Look into the drop-off at the payment step")]
    [InlineData("Discuss whether to stop the pilot")]
    [InlineData("Maybe pivot to agencies, to be discussed")]
    [InlineData("Die Ergebnisse im Team besprechen")]
    [InlineData("En discuter avec l'équipe la semaine prochaine")]
    [InlineData("Hablarlo con el equipo en la próxima reunión")]
    [InlineData("Discutir os resultados com a equipa na sexta-feira")]
    [InlineData("Parlarne con il team alla prossima riunione")]
    [InlineData("Bespreken met het team volgende week")]
    public void A_decision_naming_no_verdict_is_reported_on_its_text(string decision)
    {
        var text = Card(decision);
        var finding = Lint.Of("CV633", text).ShouldHaveSingleItem();
        text.Substring(finding.Span.Start, finding.Span.Length).ShouldBe($"\"{decision}\"");
        finding.Message.ShouldContain("of learning `result` names no verdict");
    }

    [Theory]
    [InlineData("Pivot to office buildings instead of train stations")]
    [InlineData("Kill the night delivery idea")]
    [InlineData("Retest with 200 nurses in March")]
    [InlineData("Run the test again with a clearer menu")]
    [InlineData("Continue the pilot, and discuss pricing in June")]
    [InlineData("Build the offline upload before the deadline")]
    [InlineData("Make the reminders the default for every account")]
    [InlineData("Drop warm meals and test a fridge of salads on the ward")]
    [InlineData("Weitermachen wie geplant")]
    [InlineData("Arrêter la livraison à domicile")]
    [InlineData("Seguir con el piloto dos meses más")]
    [InlineData("Repetir o teste com mais clientes")]
    [InlineData("Chiudere il servizio di consegna")]
    [InlineData("Doorgaan met de pilot tot juni")]
    public void A_decision_naming_a_verdict_or_committing_to_one_is_left_alone(string decision) =>
        Lint.Of("CV633", Card(decision)).ShouldBeEmpty();

    [Theory]
    [InlineData("Omówić wyniki z zespołem na następnym spotkaniu")]
    [InlineData("Sonuçları gelecek hafta ekiple konuşmak")]
    [InlineData("Diskutera resultatet med teamet på måndag")]
    public void A_decision_in_an_unread_language_is_left_alone(string decision) =>
        Lint.Of("CV633", Card(decision)).ShouldBeEmpty();

    [Fact]
    public void A_card_with_next_is_never_reported()
    {
        var text = Card("Discuss the results").Replace("  date 2026-05-02\n", "  next retest\n", StringComparison.Ordinal);
        Lint.Of("CV633", text).ShouldBeEmpty();
        Lint.Of("CV633", Head + "learning result from meals {\n  observation \"x\"\n  next kill\n}\n").ShouldBeEmpty();
    }

    [Fact]
    public void Four_fixes_each_add_one_verdict_on_the_line_after_the_decision()
    {
        var text = Card("Discuss the results at the next team meeting");
        var finding = Lint.Of("CV633", text).ShouldHaveSingleItem();
        finding.Fixes.Select(f => f.Title).ShouldBe(["Add `next persevere`", "Add `next pivot`", "Add `next kill`", "Add `next retest`"]);
        finding.Fixes.ShouldAllBe(f => !f.IsMechanical && !f.HasSnippet);
        foreach (var (fix, verdict) in finding.Fixes.Zip(VerdictCues.Verdicts))
        {
            var after = RuleTestHarness.ApplyFix(text, fix);
            after.ShouldBe(text.Replace("meeting\"\n", $"meeting\"\n  next {verdict}\n", StringComparison.Ordinal));
            Lint.Of("CV633", after).ShouldBeEmpty();
            Lint.Run(after).Diagnostics.ShouldNotContain(d => d.Code == "CV008" || d.Code == "CV001");
        }
    }

    [Fact]
    public void A_comment_after_the_decision_stays_on_its_line()
    {
        var text = Card("TBD").Replace("\"TBD\"\n", "\"TBD\" // ask Ana\n", StringComparison.Ordinal);
        var after = RuleTestHarness.ApplyFix(text, Lint.Of("CV633", text).ShouldHaveSingleItem().Fixes[1]);
        after.ShouldContain("  decision \"TBD\" // ask Ana\n  next pivot\n  date 2026-05-02\n");
    }

    [Fact]
    public void A_card_on_one_line_keeps_the_verdict_on_that_line()
    {
        var text = Head + "learning result from meals { decision \"TBD\" }\n";
        var after = RuleTestHarness.ApplyFix(text, Lint.Of("CV633", text).ShouldHaveSingleItem().Fixes[0]);
        after.ShouldEndWith("learning result from meals { decision \"TBD\" next persevere }\n");
    }

    [Fact]
    public void A_card_without_a_decision_is_reported_on_its_name_and_the_verdict_goes_at_its_end()
    {
        var text = Head + "learning result from meals {\n  observation \"7 orders in two weeks\"\n  insight \"Nurses bring food from home\"\n}\n";
        var finding = Lint.Of("CV633", text).ShouldHaveSingleItem();
        text.Substring(finding.Span.Start, finding.Span.Length).ShouldBe("result");
        finding.Message.ShouldStartWith("learning `result` has no decision and no `next`");
        var after = RuleTestHarness.ApplyFix(text, finding.Fixes[3]);
        after.ShouldEndWith("  insight \"Nurses bring food from home\"\n  next retest\n}\n");
        Texts(after).ShouldBe(Texts(text));
    }

    [Fact]
    public void A_comment_above_the_card_suppresses_it()
    {
        var text = Card("TBD").Replace("learning result", "// canvaslang-disable-next-line learning-without-verdict\nlearning result", StringComparison.Ordinal);
        var codes = Lint.Run(text).Diagnostics.Select(d => d.Code).ToList();
        codes.ShouldNotContain("CV633");
        codes.ShouldNotContain("CV901");
    }

    [Fact]
    public void Every_read_language_has_patterns_for_each_verdict()
    {
        foreach (var language in NaturalLanguages.Read)
        {
            var counts = VerdictCues.For(language).PatternCounts;
            foreach (var verdict in VerdictCues.Verdicts)
            {
                counts.GetValueOrDefault(verdict).ShouldBeGreaterThan(0, $"{language} {verdict}");
            }
        }
    }

    [Fact]
    public void The_bundled_examples_state_their_verdicts_in_words()
    {
        var examples = Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, "examples"), "*.canvas", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "mistakes.canvas");
        foreach (var path in examples)
        {
            RuleTestHarness.Analyze(File.ReadAllText(path), path).Diagnostics.Where(d => d.Code == "CV633").Select(d => $"{path}: {d.Message}").ShouldBeEmpty();
        }
    }

    private static List<string> Texts(string text) =>
        [.. SyntaxTree.Parse(text, Lint.PathOf("main.canvas")).Declarations.OfType<LearningSyntax>().SelectMany(l => l.Fields).Select(f => f.Text?.Value).OfType<string>()];
}
