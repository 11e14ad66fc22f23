using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Rules;
using CanvasLang.Semantics.Tests.Meta;
using CanvasLang.Semantics.Tests.Quality;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Tests.Rules.Metrics;

/// <summary>CV661–CV663: their labelled sets, where they point, what they say, their fixes, suppression and languages.</summary>
public class MetricsRuleTests
{
    private static IReadOnlyList<LabelledSet> Sets => [.. LabelledSetTests.Sets().Where(s => s.FileName.StartsWith("metrics.", StringComparison.Ordinal))];

    private const string Riders = """
        segment riders "Commuters who order their coffee ahead on the way to the station"
        positioning ahead for riders {
          need "a coffee that is ready when they reach the counter"
        }
        metrics rider_metrics for riders {
          metric pickup "Orders picked up within two minutes of arrival" target "above 80 %" every week tracks ahead
          metric comeback "Riders who order again the following week" target "more of them" every month
          metric "Stars given in the app after an order"
        }
        """;

    private const string Board = """
        segment learners "Adults who take evening language classes after work"
        metrics school_board {
          metric attendance "Learners present at the last class of the term" target "at least 8 of 10" every month
          metric rebook "Learners who book the next term" target "more than half" tracks learners
        }
        """;

    [Fact]
    public void The_sets_label_every_metric_for_each_rule_and_have_enough_of_each()
    {
        Sets.Select(s => s.FileName).ShouldBe(["metrics.canvas", "metrics.de.canvas", "metrics.es.canvas", "metrics.fr.canvas", "metrics.unread.canvas"]);
        foreach (var set in Sets)
        {
            set.Rules.ShouldBe(["CV661", "CV662", "CV663"], set.FileName);
            var text = File.ReadAllText(set.Path);
            var metrics = SyntaxTree.Parse(text).Declarations.OfType<MetricsSyntax>().Sum(m => m.Items.Length);
            var markers = RuleTestHarness.Markers(text);
            foreach (var rule in set.Rules)
            {
                markers.Count(m => m.Rule == rule).ShouldBe(metrics, $"{set.FileName} {rule}");
            }

            metrics.ShouldBeGreaterThanOrEqualTo(8, set.FileName);
        }

        var english = RuleTestHarness.Markers(File.ReadAllText(Sets[0].Path));
        english.Count(m => m.Rule == "CV661" && m.Expected).ShouldBeGreaterThanOrEqualTo(15);
        english.Count(m => m.Rule == "CV661" && !m.Expected).ShouldBeGreaterThanOrEqualTo(15);
    }

    [Theory]
    [InlineData("CV662")]
    [InlineData("CV663")]
    public void Each_structural_rule_is_exact_on_every_set(string rule)
    {
        foreach (var set in Sets)
        {
            RuleTestHarness.Score(File.ReadAllText(set.Path), rule, set.Path).Mistakes.ShouldBeEmpty(set.FileName);
        }
    }

    [Fact]
    public void Cv661_meets_its_targets_on_both_halves_of_the_sets()
    {
        var outcomes = Sets.SelectMany(s => RuleTestHarness.Outcomes(File.ReadAllText(s.Path), "CV661", s.Path)).ToList();
        foreach (var half in new[] { 'A', 'B' })
        {
            var score = RuleTestHarness.Score("CV661", outcomes.Where(o => o.Half == half));
            score.Precision.ShouldBeGreaterThanOrEqualTo(0.9, $"half {half}");
            score.Recall.ShouldBeGreaterThanOrEqualTo(0.7, $"half {half}");
        }
    }

    [Fact]
    public void An_unmeasurable_target_is_reported_on_the_target_quoting_it_and_a_missing_one_on_the_metric()
    {
        var findings = Lint.Of("CV661", Riders);
        findings.Select(d => Riders.Substring(d.Span.Start, d.Span.Length)).ShouldBe(["\"more of them\"", "\"Stars given in the app after an order\""]);
        findings[0].Message.ShouldStartWith("the target of metric `comeback`, 'more of them', names no number and no comparison: nobody can say on a given day whether it was met");
        findings[1].Message.ShouldStartWith("metric \"Stars given in the app after an order\" has no target");
    }

    [Theory]
    [InlineData("above 80 %")]
    [InlineData("under five days")]
    [InlineData("at least four")]
    [InlineData("more than last year")]
    [InlineData("more than before")]
    [InlineData("double by the end of the year")]
    [InlineData("halve it")]
    [InlineData("zero")]
    [InlineData("no complaints")]
    [InlineData("every order ready on arrival")]
    [InlineData("a majority of new accounts")]
    [InlineData("below the regional average")]
    [InlineData("up year on year")]
    [InlineData("ready before 7:30")]
    [InlineData("same day")]
    [InlineData("by the next week")]
    [InlineData("back to the level before the redesign")]
    public void Targets_a_reader_can_check_are_left_alone(string target) =>
        Lint.Of("CV661", Riders.Replace("more of them", target, StringComparison.Ordinal)).Length.ShouldBe(1, "only the metric without a target");

    [Theory]
    [InlineData("as high as possible")]
    [InlineData("good")]
    [InlineData("improving")]
    [InlineData("fewer tickets")]
    [InlineData("TBD")]
    [InlineData("significantly increase renewals")]
    public void Targets_that_cannot_be_missed_are_reported(string target) =>
        Lint.Of("CV661", Riders.Replace("more of them", target, StringComparison.Ordinal)).Length.ShouldBe(2);

    private const string De = "Berufspendler, die morgens am Bahnhof einen Kaffee kaufen";
    private const string Fr = "Lecteurs qui achètent au moins un livre par mois";
    private const string Es = "Familias que compran la fruta de la semana en el mercado";
    private const string Pt = "Casais que passam um fim de semana no campo";
    private const string It = "Turisti che visitano le cantine della zona";
    private const string Nl = "Ouders die hun kinderen met de bakfiets naar school brengen";

    [Theory]
    [InlineData(De, "Kunden, die in der zweiten Woche wieder bestellen", "möglichst viele", "mindestens die Hälfte")]
    [InlineData(De, "Wartezeit an der Theke zur Stoßzeit", "kürzer", "kürzer als im Vorjahr")]
    [InlineData(Fr, "Lecteurs qui reviennent dans le mois", "de plus en plus", "plus que l'an dernier")]
    [InlineData(Es, "Familias que vuelven cada mañana a comprar fruta y verdura en el puesto", "muchas más", "al menos la mitad")]
    [InlineData(Pt, "Famílias que não voltam à quinta no verão seguinte, com as crianças", "cada vez mais", "pelo menos metade")]
    [InlineData(It, "Turisti che tornano l'anno dopo", "sempre di più", "almeno la metà")]
    [InlineData(Nl, "Ouders die na een maand nog steeds bestellen", "steeds meer", "meer dan vorig jaar")]
    [InlineData(De, "Bestellungen, die vor 12 Uhr eingehen, geliefert", "schnell", "am selben Tag")]
    [InlineData(Fr, "Commandes passées avant midi et livrées", "rapidement", "le jour même")]
    [InlineData(Es, "Pedidos hechos antes de las doce y entregados", "rápido", "el mismo día")]
    [InlineData(Pt, "Famílias que recebem as encomendas em casa, com as crianças", "depressa", "no dia seguinte")]
    [InlineData(It, "Ordini fatti prima di mezzogiorno e consegnati", "presto", "in giornata")]
    [InlineData(Nl, "Bestellingen van voor twaalf uur die bezorgd worden", "snel", "dezelfde dag")]
    public void Reads_the_seven_languages(string segment, string metric, string vague, string measurable)
    {
        string Canvas(string target) => $"segment s \"{segment}\"\nmetrics m for s {{\n  metric x \"{metric}\" target \"{target}\" every month\n}}\n";
        Lint.Of("CV661", Canvas(vague)).ShouldHaveSingleItem().Message.ShouldContain($"'{vague}'");
        Lint.Of("CV661", Canvas(measurable)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Kurierzy rowerowi w centrum miasta", "Paczki dostarczone przed końcem zmiany", "jak najwięcej")]
    [InlineData("Akşamları kursa giden çalışan yetişkinler", "Derslere düzenli katılan öğrenciler", "daha fazla")]
    [InlineData("Pendlare som köper kaffe på stationen", "Kunder som kommer tillbaka nästa vecka", "fler än i fjol")]
    public void In_languages_it_does_not_read_only_a_missing_target_is_reported(string segment, string metric, string target)
    {
        var text = $"segment s \"{segment}\"\nmetrics m for s {{\n  metric x \"{metric}\" target \"{target}\" every month\n  metric y \"{metric}\" every month\n}}\n";
        Lint.Lines("CV661", text).ShouldBe([4]);
    }

    [Fact]
    public void Every_read_language_has_patterns_of_both_sections()
    {
        foreach (var language in NaturalLanguages.Read)
        {
            var counts = MetricTargets.For(language).PatternCounts;
            counts.GetValueOrDefault("amount").ShouldBeGreaterThan(5, $"{language} amount");
            counts.GetValueOrDefault("comparison").ShouldBeGreaterThan(5, $"{language} comparison");
        }
    }

    [Fact]
    public void A_metric_without_a_period_is_reported_and_the_fixes_add_one_where_the_formatter_puts_it()
    {
        var finding = Lint.Of("CV662", Board).ShouldHaveSingleItem();
        Board.Substring(finding.Span.Start, finding.Span.Length).ShouldBe("rebook");
        finding.Message.ShouldStartWith("metric `rebook` does not say how often it is read");
        finding.Fixes.Select(f => f.Title).ShouldBe(["Read it every month", "Read it every week", "Read it every quarter"]);
        var fixedText = RuleTestHarness.ApplyFix(Board, finding.Fixes[0]);
        fixedText.ShouldContain("metric rebook \"Learners who book the next term\" target \"more than half\" every month tracks learners\n");
        Lint.Of("CV662", fixedText).ShouldBeEmpty();
        SyntaxTree.Parse(fixedText).AllEntries().Select(e => e.Text!.Value).ShouldBe(SyntaxTree.Parse(Board).AllEntries().Select(e => e.Text!.Value));

        // With nothing after the target, at the end; on a metric with only its text, after the text.
        var last = Lint.Of("CV662", Riders);
        last.Length.ShouldBe(1);
        RuleTestHarness.ApplyFix(Riders, last[0].Fixes[1]).ShouldContain("  metric \"Stars given in the app after an order\" every week\n}");
        var plain = Board.Replace(" tracks learners", string.Empty, StringComparison.Ordinal);
        RuleTestHarness.ApplyFix(plain, Lint.Of("CV662", plain).Single().Fixes[2]).ShouldContain("target \"more than half\" every quarter\n}");
    }

    [Fact]
    public void A_metric_tied_to_nothing_is_reported_and_tracks_or_a_block_segment_is_enough()
    {
        var finding = Lint.Of("CV663", Board).ShouldHaveSingleItem();
        Board.Substring(finding.Span.Start, finding.Span.Length).ShouldBe("attendance");
        finding.Message.ShouldStartWith("metric `attendance` tracks nothing and metrics `school_board` names no segment");
        finding.Fixes.ShouldBeEmpty();
        Lint.Of("CV663", Board.Replace("metrics school_board {", "metrics school_board for learners {", StringComparison.Ordinal)).ShouldBeEmpty();
        Lint.Of("CV663", Riders).ShouldBeEmpty();
        Lint.Of("CV663", Board.Replace("every month\n", "every month tracks nowhere\n", StringComparison.Ordinal)).ShouldBeEmpty("an unknown name is CV002's");
    }

    [Fact]
    public void A_comment_above_the_block_covers_its_metrics_and_one_above_a_metric_covers_that_metric()
    {
        var text = Riders.Replace("metrics rider_metrics", "// canvaslang-disable-next-line CV661, metric-without-frequency\nmetrics rider_metrics", StringComparison.Ordinal);
        var codes = Lint.Run(text).Diagnostics.Select(d => d.Code).ToList();
        codes.ShouldNotContain("CV661");
        codes.ShouldNotContain("CV662");
        codes.ShouldNotContain("CV901");

        var item = Board.Replace("  metric attendance", "  // canvaslang-disable-next-line orphan-metric\n  metric attendance", StringComparison.Ordinal)
            .Replace("  metric rebook", "  // canvaslang-disable-next-line CV662\n  metric rebook", StringComparison.Ordinal);
        Lint.Of("CV663", item).ShouldBeEmpty();
        Lint.Of("CV662", item).ShouldBeEmpty();
        Lint.Of("CV901", item).ShouldBeEmpty();
        Lint.Of("CV663", Board.Replace("  metric rebook", "  // canvaslang-disable-next-line CV663\n  metric rebook", StringComparison.Ordinal)).ShouldHaveSingleItem();
    }
}
