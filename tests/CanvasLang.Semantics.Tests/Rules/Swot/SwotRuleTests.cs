using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Rules;
using CanvasLang.Semantics.Tests.Meta;
using CanvasLang.Semantics.Tests.Quality;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Tests.Rules.Swot;

/// <summary>CV651–CV654: their labelled set, where they point, what they say, their fixes, options, suppression and languages.</summary>
public class SwotRuleTests
{
    private static LabelledSet Set => LabelledSetTests.Sets().Single(s => s.FileName == "swot.canvas");

    private const string Trucks = """
        segment lunch_crowd "Office workers who buy lunch within five minutes' walk"
        swot taco_truck for lunch_crowd {
          strength speed "Orders ready in under three minutes" priority 1
          strength "Lunch breaks are getting shorter, so people want fast food"
          weakness "Street food is trendy, so new trucks arrive every month"
          weakness rain "No seating or shelter when it rains"
          opportunity pitch "The city opens two street-food pitches by the business park"
          opportunity "Our tacos are cheaper than any sit-down lunch nearby"
          threat "The owner is the only cook"
          threat canteen "The largest employer reopens its staff canteen"
          action "Apply for the business park pitch and put up an awning" pairs pitch, rain
        }
        """;

    [Fact]
    public void The_set_labels_every_item_and_every_swot_for_each_rule_both_ways()
    {
        Set.Rules.ShouldBe(["CV651", "CV652", "CV653", "CV654"]);
        var markers = RuleTestHarness.Markers(File.ReadAllText(Set.Path));
        foreach (var rule in Set.Rules)
        {
            markers.Count(m => m.Rule == rule && m.Expected).ShouldBeGreaterThanOrEqualTo(15, rule);
            markers.Count(m => m.Rule == rule && !m.Expected).ShouldBeGreaterThanOrEqualTo(15, rule);
        }

        var tree = SyntaxTree.Parse(File.ReadAllText(Set.Path));
        var lines = File.ReadAllLines(Set.Path);
        var swots = tree.Declarations.OfType<SwotSyntax>().ToList();
        markers.Count(m => m.Rule == "CV651").ShouldBe(swots.Sum(s => s.Items.Length));
        foreach (var rule in new[] { "CV652", "CV653", "CV654" })
        {
            markers.Count(m => m.Rule == rule).ShouldBe(swots.Count, rule);
        }

        lines.Count(l => l.StartsWith("swot ", StringComparison.Ordinal)).ShouldBe(swots.Count);
    }

    [Theory]
    [InlineData("CV652")]
    [InlineData("CV653")]
    [InlineData("CV654")]
    public void Each_structural_rule_is_exact_on_the_set(string rule)
    {
        var score = RuleTestHarness.Score(File.ReadAllText(Set.Path), rule, Set.Path);
        score.Mistakes.ShouldBeEmpty();
        score.TruePositives.ShouldBeGreaterThanOrEqualTo(15);
        score.TrueNegatives.ShouldBeGreaterThanOrEqualTo(15);
    }

    [Fact]
    public void Cv651_meets_its_targets_on_both_halves_of_the_set()
    {
        var outcomes = RuleTestHarness.Outcomes(File.ReadAllText(Set.Path), "CV651", Set.Path);
        foreach (var half in new[] { 'A', 'B' })
        {
            var score = RuleTestHarness.Score("CV651", outcomes.Where(o => o.Half == half));
            score.Precision.ShouldBeGreaterThanOrEqualTo(0.9, $"half {half}");
            score.Recall.ShouldBeGreaterThanOrEqualTo(0.7, $"half {half}");
        }
    }

    [Fact]
    public void Items_on_the_wrong_side_are_reported_on_their_text_quoting_what_decided()
    {
        var findings = Lint.Of("CV651", Trucks);
        findings.Select(d => Trucks.Substring(d.Span.Start, d.Span.Length)).ShouldBe(
        [
            "\"Lunch breaks are getting shorter, so people want fast food\"",
            "\"Street food is trendy, so new trucks arrive every month\"",
            "\"Our tacos are cheaper than any sit-down lunch nearby\"",
            "\"The owner is the only cook\"",
        ]);
        findings[0].Message.ShouldStartWith("strength 'Lunch breaks are getting shorter, so people want fast food' names something outside the business ('people want'): a strength is what the business itself has or does");
        findings[0].Message.ShouldContain("Make it an opportunity, and write as a strength what lets the business use it");
        findings[1].Message.ShouldStartWith("weakness 'Street food is trendy, so new trucks arrive every month' names something outside the business ('trendy')");
        findings[1].Message.ShouldContain("Make it a threat");
        findings[2].Message.ShouldStartWith("opportunity 'Our tacos are cheaper than any sit-down lunch nearby' speaks of the business itself ('Our tacos')");
        findings[3].Message.ShouldStartWith("threat 'The owner is the only cook' speaks of the business itself ('The owner')");
        findings[3].Message.ShouldContain("Make it a weakness");
    }

    [Fact]
    public void Items_on_their_own_side_and_items_that_say_both_are_left_alone()
    {
        var text = """
            segment s "Members of a yoga studio who practise twice a week"
            swot studio for s {
              strength "Prices lower than the gym chains' yoga classes" priority 1
              strength "Strong relationships with the city council"
              weakness "No seating or shelter when it rains"
              weakness "Our prices are higher than the salons in the mall"
              opportunity "Our customers ask for evening classes"
              opportunity "Employers pay for wellbeing programmes"
              threat "A competitor copied our one-hour promise"
              threat "Our landlord plans to raise the rent"
              action "Start evening classes" pairs
            }
            """;
        Lint.Of("CV651", text.Replace(" pairs\n", "\n", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void The_fix_moves_the_item_to_the_other_side_of_its_column_keeping_its_id_and_text()
    {
        foreach (var finding in Lint.Of("CV651", Trucks))
        {
            var fix = finding.Fixes.ShouldHaveSingleItem();
            var fixedText = RuleTestHarness.ApplyFix(Trucks, fix);
            var after = SyntaxTree.Parse(fixedText);
            after.Diagnostics.ShouldBeEmpty();
            after.AllEntries().Select(e => e.Text!.Value).ShouldBe(SyntaxTree.Parse(Trucks).AllEntries().Select(e => e.Text!.Value));
            Lint.Of("CV651", fixedText).Length.ShouldBe(3);
        }

        var titles = Lint.Of("CV651", Trucks).Select(d => d.Fixes.Single().Title);
        titles.ShouldBe(["Make it an opportunity", "Make it a threat", "Make it a strength", "Make it a weakness"]);
        RuleTestHarness.ApplyFix(Trucks, Lint.Of("CV651", Trucks)[0].Fixes[0])
            .ShouldContain("  opportunity \"Lunch breaks are getting shorter, so people want fast food\"");
    }

    private const string De = "Berufstätige, die mit dem Rad zur Arbeit fahren";
    private const string Fr = "Lecteurs qui achètent au moins un livre par mois";
    private const string Es = "Adultos que pagan sus propios cursos de idiomas por la tarde";
    private const string Pt = "Casais que passam um fim de semana no campo";
    private const string It = "Turisti che visitano le cantine della zona";
    private const string Nl = "Ouders die hun kinderen met de bakfiets naar school brengen";

    [Theory]
    [InlineData(De, "Die Nachfrage nach E-Bikes wächst jedes Jahr", "strength", "Nachfrage")]
    [InlineData(De, "Unser Team kennt jeden Kunden beim Namen", "opportunity", "Unser Team")]
    [InlineData(Fr, "La demande de livres d'occasion augmente dans la ville", "strength", "demande")]
    [InlineData(Fr, "Notre équipe connaît tous les auteurs de la région", "opportunity", "Notre équipe")]
    [InlineData(Es, "La competencia de las cadenas de academias en el barrio", "weakness", "competencia")]
    [InlineData(Es, "Tenemos un equipo de profesores muy motivado", "opportunity", "Tenemos un")]
    [InlineData(Pt, "A procura de turismo rural no Douro está a crescer muito", "strength", "procura")]
    [InlineData(Pt, "A nossa equipa é pequena demais para o verão", "threat", "nossa equipa")]
    [InlineData(It, "La concorrenza delle grandi catene di supermercati", "weakness", "concorrenza")]
    [InlineData(It, "Il nostro enologo andrà in pensione l'anno prossimo", "threat", "nostro enologo")]
    [InlineData(Nl, "De vraag naar bakfietsen in de stad groeit elk jaar", "strength", "vraag")]
    [InlineData(Nl, "Ons team heeft weinig ervaring met de verkoop van fietsen", "threat", "Ons team")]
    public void Reads_the_seven_languages(string segment, string item, string kind, string quoted)
    {
        var finding = Lint.Of("CV651", $"segment s \"{segment}\"\nswot w for s {{\n  {kind} \"{item}\" priority 1\n}}\n").ShouldHaveSingleItem();
        finding.Message.ShouldContain($"'{quoted}'");
    }

    [Theory]
    [InlineData("Rosnący popyt na chleb na zakwasie w mieście", "strength")]
    [InlineData("Silna konkurencja ze strony supermarketów", "weakness")]
    [InlineData("Ekibimiz çok deneyimli ve müşterilerimizi tanıyor", "opportunity")]
    [InlineData("Vår personal känner alla stamkunder vid namn", "opportunity")]
    public void Is_silent_in_languages_it_does_not_read(string item, string kind) =>
        Lint.Of("CV651", $"segment s \"Kunder\"\nswot w for s {{\n  {kind} \"{item}\" priority 1\n}}\n").ShouldBeEmpty();

    [Fact]
    public void Every_read_language_has_patterns_of_each_section()
    {
        foreach (var language in NaturalLanguages.Read)
        {
            var counts = SwotSides.For(language).PatternCounts;
            foreach (var section in new[] { "external", "internal", "own" })
            {
                counts.GetValueOrDefault(section).ShouldBeGreaterThan(0, $"{language} {section}");
            }
        }
    }

    private static string Quadrant(string kind, int count) =>
        "segment s \"Readers\"\nswot shop for s {\n" + string.Concat(Enumerable.Range(1, count).Select(i => $"  {kind} \"Item number {i} of the list\"\n")) +
        "  strength best \"Booksellers who read what they recommend\" priority 1\n  action \"Host book clubs\" pairs best\n}\n";

    [Fact]
    public void A_quadrant_over_the_limit_is_reported_once_on_the_swot_name()
    {
        var text = Quadrant("threat", 8);
        var finding = Lint.Of("CV652", text).ShouldHaveSingleItem();
        text.Substring(finding.Span.Start, finding.Span.Length).ShouldBe("shop");
        finding.Message.ShouldBe("SWOT `shop` lists 8 threats (at most 7 wanted): nobody weighs that many against each other; keep the threats that change what the business will do, rank them with `priority`, and drop or merge the rest");
        finding.Related.ShouldHaveSingleItem().Message.ShouldBe("threat 8 of 8");
        Lint.Of("CV652", Quadrant("threat", 7)).ShouldBeEmpty();
        Lint.Of("CV652", Quadrant("weakness", 9)).Single().Message.ShouldContain("lists 9 weaknesses");
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(8, 0)]
    [InlineData(0, 2)]
    public void The_limit_is_configurable(int max, int findings)
    {
        // Four opportunities and one strength.
        var config = Lint.Config($$"""{ "rules": { "swot-too-long": { "maxItems": {{max}} } } }""");
        Lint.Of("CV652", Quadrant("opportunity", 4), config).Length.ShouldBe(findings);
    }

    [Fact]
    public void A_swot_without_actions_is_reported_and_the_fix_adds_one_pairing_an_inside_and_an_outside_factor()
    {
        var text = Trucks.Replace("  action \"Apply for the business park pitch and put up an awning\" pairs pitch, rain\n", string.Empty, StringComparison.Ordinal);
        var finding = Lint.Of("CV653", text).ShouldHaveSingleItem();
        text.Substring(finding.Span.Start, finding.Span.Length).ShouldBe("taco_truck");
        finding.Message.ShouldStartWith("SWOT `taco_truck` has no action: a SWOT that ends with its four lists describes the situation but decides nothing");
        var fixedText = RuleTestHarness.ApplyFix(text, finding.Fixes.ShouldHaveSingleItem());
        fixedText.ShouldContain("  threat canteen \"The largest employer reopens its staff canteen\"\n  action \"What the business will do about them\" pairs speed, pitch\n}");
        SyntaxTree.Parse(fixedText).Diagnostics.ShouldBeEmpty();
        Lint.Of("CV653", fixedText).ShouldBeEmpty();
    }

    [Fact]
    public void Actions_that_pair_nothing_are_reported_and_one_pairing_action_is_enough()
    {
        var text = Trucks.Replace(" pairs pitch, rain", string.Empty, StringComparison.Ordinal);
        var finding = Lint.Of("CV653", text).ShouldHaveSingleItem();
        finding.Message.ShouldStartWith("the action of SWOT `taco_truck` pairs no strength, weakness, opportunity or threat: without `pairs` nobody can tell which factor an action answers");
        finding.Fixes.ShouldBeEmpty();
        Lint.Of("CV653", text.Replace("}", "  action \"Talk to the canteen\"\n}", StringComparison.Ordinal)).Single().Message
            .ShouldStartWith("none of the 2 actions of SWOT `taco_truck` pairs a strength, weakness, opportunity or threat");
        Lint.Of("CV653", Trucks).ShouldBeEmpty();
        Lint.Of("CV653", Trucks.Replace("}", "  action \"Talk to the canteen\"\n}", StringComparison.Ordinal)).ShouldBeEmpty();
        Lint.Of("CV653", "segment s \"s\"\nswot empty for s {\n}\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_swot_with_no_priority_anywhere_is_reported_and_one_priority_is_enough()
    {
        var text = Trucks.Replace(" priority 1", string.Empty, StringComparison.Ordinal);
        var finding = Lint.Of("CV654", text).ShouldHaveSingleItem();
        finding.Message.ShouldStartWith("none of the 8 factors of SWOT `taco_truck` has a priority");
        Lint.Of("CV654", Trucks).ShouldBeEmpty();
        Lint.Of("CV654", "segment s \"s\"\nswot one for s {\n  strength \"A stall at the market\"\n}\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_comment_above_the_swot_covers_its_own_findings_and_one_above_an_item_covers_that_item()
    {
        var text = Trucks.Replace(" priority 1", string.Empty, StringComparison.Ordinal).Replace(" pairs pitch, rain", string.Empty, StringComparison.Ordinal)
            .Replace("swot taco_truck", "// canvaslang-disable-next-line CV653, swot-without-priority\nswot taco_truck", StringComparison.Ordinal)
            .Replace("  threat \"The owner", "  // canvaslang-disable-next-line CV651\n  threat \"The owner", StringComparison.Ordinal);
        var codes = Lint.Run(text).Diagnostics.Select(d => d.Code).ToList();
        codes.ShouldNotContain("CV653");
        codes.ShouldNotContain("CV654");
        codes.Count(c => c == "CV651").ShouldBe(3, "the comment above the SWOT does not cover its items");
        codes.ShouldNotContain("CV901");
    }
}
