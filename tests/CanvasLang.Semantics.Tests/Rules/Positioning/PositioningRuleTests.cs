using CanvasLang.Semantics.Tests.Meta;
using CanvasLang.Semantics.Tests.Quality;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Tests.Rules.Positioning;

/// <summary>CV641–CV645: their labelled set, where they point, what they say, what they leave alone, and CV644's fix.</summary>
public class PositioningRuleTests
{
    private static readonly string[] Rules = ["CV641", "CV642", "CV643", "CV644", "CV645"];

    private static LabelledSet Set => LabelledSetTests.Sets().Single(s => s.FileName == "positioning.canvas");

    private const string Cyclists = """
        segment cyclists "Office workers who cycle more than 8 km to work in Utrecht"
        profile cyclists {
          functional job ride "Ride home after work on a bike that works" importance critical
          pain flat "A flat tyre in the morning means a trip to the shop on Saturday" severity extreme
          pain squeal "Brakes squeal in the rain" severity low
        }

        """;

    [Fact]
    public void The_set_labels_every_positioning_for_every_rule_with_a_line_to_point_at()
    {
        Set.Rules.ShouldBe(Rules);
        var markers = RuleTestHarness.Markers(File.ReadAllText(Set.Path));
        foreach (var rule in Rules)
        {
            markers.Count(m => m.Rule == rule && m.Expected).ShouldBeGreaterThanOrEqualTo(15, rule);
            markers.Count(m => m.Rule == rule && !m.Expected).ShouldBeGreaterThanOrEqualTo(15, rule);
        }

        var lines = File.ReadAllLines(Set.Path);
        int Count(string start) => lines.Count(l => l.TrimStart().StartsWith(start, StringComparison.Ordinal));
        markers.Count(m => m.Rule == "CV641").ShouldBe(Count("positioning "));
        markers.Count(m => m.Rule == "CV642").ShouldBe(Count("benefit "));
        markers.Count(m => m.Rule == "CV643").ShouldBe(Count("alternative "));
        markers.Count(m => m.Rule == "CV644").ShouldBe(Count("differentiator "));
        markers.Count(m => m.Rule == "CV645").ShouldBe(Count("need "));
    }

    [Fact]
    public void The_structural_rule_is_exact_on_the_set()
    {
        var score = RuleTestHarness.Score(File.ReadAllText(Set.Path), "CV644", Set.Path);
        score.Mistakes.ShouldBeEmpty();
        score.TruePositives.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void No_segment_is_reported_on_the_name_in_any_language()
    {
        const string Text = "positioning sklep {\n  offer \"Sklep\"\n  benefit \"Zakupy bez kolejki\"\n}\n";
        var finding = Lint.Of("CV641", Text).ShouldHaveSingleItem();
        Text.Substring(finding.Span.Start, finding.Span.Length).ShouldBe("sklep");
        finding.Message.ShouldStartWith("positioning `sklep` names no segment");
    }

    [Fact]
    public void A_segment_described_as_everyone_is_reported_on_the_segment_after_for()
    {
        const string Text = "segment everyone \"Anyone who eats\"\npositioning kits for everyone {\n  offer \"KitChen\"\n}\n";
        var finding = Lint.Of("CV641", Text).ShouldHaveSingleItem();
        Text.Substring(finding.Span.Start, finding.Span.Length).ShouldBe("everyone");
        Lint.LineOf(Text, finding.Span.Start).ShouldBe(2);
        finding.Message.ShouldContain("described as everyone ('Anyone who eats')");
    }

    [Theory]
    [InlineData("Everyone")]
    [InlineData("All our customers")]
    [InlineData("The general public")]
    [InlineData("People of all ages")]
    [InlineData("Businesses of any size")]
    [InlineData("Customers")]
    [InlineData("Tout le monde")]
    [InlineData("Jeder, der gern isst")]
    [InlineData("Todos los clientes")]
    [InlineData("Iedereen")]
    public void Universal_descriptions_are_everyone(string description) =>
        Lint.Of("CV641", $"segment s \"{description}\"\npositioning p for s {{\n  offer \"X\"\n}}\n").ShouldHaveSingleItem();

    [Theory]
    [InlineData("Anyone who runs a dental practice with two to five chairs in Flanders")]
    [InlineData("Customers of independent bike shops in Utrecht who commute daily")]
    [InlineData("Freelance illustrators who sell prints at weekend markets, anyone from students to studio owners")]
    [InlineData("Tous les parents d'enfants de moins de trois ans à Lille qui travaillent à temps plein")]
    [InlineData("Wszyscy, którzy jedzą")]
    public void Narrowed_or_unread_descriptions_are_left_alone(string description) =>
        Lint.Of("CV641", $"segment s \"{description}\"\npositioning p for s {{\n  offer \"X\"\n}}\n").ShouldBeEmpty();

    [Fact]
    public void A_segment_without_description_is_read_by_its_name()
    {
        Lint.Of("CV641", "segment all_customers\npositioning p for all_customers {\n  offer \"X\"\n}\n").ShouldHaveSingleItem().Message.ShouldContain("`all_customers`");
        Lint.Of("CV641", "segment night_nurses\npositioning p for night_nurses {\n  offer \"X\"\n}\n").ShouldBeEmpty();
    }

    [Fact]
    public void An_undeclared_segment_is_left_to_CV007()
    {
        var result = Lint.Run("positioning p for ghosts {\n  offer \"X\"\n}\n");
        result.Diagnostics.ShouldContain(d => d.Code == "CV007");
        result.Diagnostics.ShouldNotContain(d => d.Code == "CV641");
    }

    [Theory]
    [InlineData("GPS tracking, offline maps and a heart-rate monitor")]
    [InlineData("offers live chat, a knowledge base and ticket routing")]
    [InlineData("with smart reminders and one-tap rebooking")]
    [InlineData("A mobile app with a dashboard")]
    [InlineData("Posters, flyers and business cards")]
    public void Features_for_a_benefit_are_reported(string benefit) =>
        Lint.Of("CV642", Cyclists + $"positioning p for cyclists {{\n  benefit \"{benefit}\"\n}}\n").ShouldHaveSingleItem().Message.ShouldContain("lists what the offer has");

    [Theory]
    [InlineData("fixes the bike in the office car park while they work")]
    [InlineData("has the cup waiting at the shelf when they walk in")]
    [InlineData("less waiting, fewer errors and happier staff")]
    [InlineData("lower prices and faster delivery")]
    [InlineData("a hot meal at the ward during the night break")]
    [InlineData("Automation")]
    [InlineData("a tidy home")]
    [InlineData("a dry ride to daycare")]
    [InlineData("Feature: reminders that get invoices paid a week sooner")]
    public void Outcomes_are_left_alone(string benefit) =>
        Lint.Of("CV642", Cyclists + $"positioning p for cyclists {{\n  benefit \"{benefit}\"\n}}\n").ShouldBeEmpty();

    [Theory]
    [InlineData("Parents qui emmènent leurs enfants à la crèche à vélo chaque matin", "Tableau de bord, alertes SMS et rapports mensuels", true)]
    [InlineData("Eltern, die ihre Kinder jeden Morgen mit dem Rad zur Kita bringen", "Dienstplan, Vertretungsliste und Erinnerungen per SMS", true)]
    [InlineData("Padres que llevan a sus hijos a la guardería en bicicleta cada mañana", "Calendario, recordatorios por SMS y pagos con tarjeta", true)]
    [InlineData("Ouders die hun kinderen elke ochtend met de fiets naar de opvang brengen", "Online agenda, sms-herinneringen en een klantenkaart", true)]
    [InlineData("Parents qui emmènent leurs enfants à la crèche à vélo chaque matin", "les enfants arrivent secs à la crèche, même sous la pluie", false)]
    [InlineData("Eltern, die ihre Kinder jeden Morgen mit dem Rad zur Kita bringen", "weniger Stress am Morgen und mehr Zeit für die Kinder", false)]
    [InlineData("Rodzice, którzy codziennie odwożą dzieci do przedszkola rowerem", "Śledzenie GPS, mapy offline i pulsometr", false)]
    public void Benefits_are_read_in_their_language(string segment, string benefit, bool reported) =>
        Lint.Of("CV642", $"segment s \"{segment}\"\npositioning p for s {{\n  benefit \"{benefit}\"\n}}\n").Length.ShouldBe(reported ? 1 : 0);

    [Theory]
    [InlineData("other solutions")]
    [InlineData("existing tools")]
    [InlineData("legacy systems")]
    [InlineData("competitors")]
    [InlineData("the market")]
    [InlineData("existing solutions on the market")]
    [InlineData("la concurrence")]
    [InlineData("andere Lösungen")]
    [InlineData("otras soluciones")]
    public void Placeholders_for_an_alternative_are_reported(string alternative)
    {
        var finding = Lint.Of("CV643", Cyclists + $"positioning p for cyclists {{\n  alternative \"{alternative}\"\n}}\n").ShouldHaveSingleItem();
        finding.Message.ShouldContain($"the alternative '{alternative}' of positioning `p` names no competitor");
    }

    [Theory]
    [InlineData("taking the bike to a shop on Saturday")]
    [InlineData("a spreadsheet")]
    [InlineData("doing nothing")]
    [InlineData("existing tools like Excel")]
    [InlineData("Eventbrite")]
    [InlineData("traditional dental practices")]
    [InlineData("SAP")]
    [InlineData("inne rozwiązania")]
    public void Real_alternatives_are_left_alone(string alternative) =>
        Lint.Of("CV643", Cyclists + $"positioning p for cyclists {{\n  alternative \"{alternative}\"\n}}\n").ShouldBeEmpty();

    [Fact]
    public void A_differentiator_without_proof_gets_a_proof_line_after_it_keeping_every_text()
    {
        const string Text = "segment s \"Office cyclists in Utrecht\"\npositioning p for s {\n  alternative \"a shop on Saturday\"\n  differentiator \"repairs in the car park\" // the main claim\n  category \"bike repair\"\n}\n";
        var finding = Lint.Of("CV644", Text).ShouldHaveSingleItem();
        Text.Substring(finding.Span.Start, finding.Span.Length).ShouldBe("\"repairs in the car park\"");
        var fix = finding.Fixes.ShouldHaveSingleItem();
        fix.IsMechanical.ShouldBeFalse();
        fix.HasSnippet.ShouldBeTrue();
        var after = RuleTestHarness.ApplyFix(Text, fix);
        after.ShouldBe("segment s \"Office cyclists in Utrecht\"\npositioning p for s {\n  alternative \"a shop on Saturday\"\n  differentiator \"repairs in the car park\" // the main claim\n"
            + "  proof \"What shows it holds: a number, a test result, a customer's words\"\n  category \"bike repair\"\n}\n");
        Lint.Of("CV644", after).ShouldBeEmpty();
        Lint.Run(after).Diagnostics.ShouldNotContain(d => d.Code == "CV008");
    }

    [Fact]
    public void On_a_card_written_on_one_line_the_proof_goes_on_that_line()
    {
        const string Text = "segment s \"Office cyclists in Utrecht\"\npositioning p for s { differentiator \"repairs in the car park\" }\n";
        var after = RuleTestHarness.ApplyFix(Text, Lint.Of("CV644", Text).ShouldHaveSingleItem().Fixes.Single());
        after.ShouldBe("segment s \"Office cyclists in Utrecht\"\npositioning p for s { differentiator \"repairs in the car park\" proof \"What shows it holds: a number, a test result, a customer's words\" }\n");
    }

    [Fact]
    public void A_proof_field_or_no_differentiator_says_nothing()
    {
        Lint.Of("CV644", "segment s \"x\"\npositioning p for s {\n  differentiator \"a\"\n  proof \"\"\n}\n").ShouldBeEmpty();
        Lint.Of("CV644", "segment s \"x\"\npositioning p for s {\n  proof \"41 of 50\"\n  differentiator \"a\"\n}\n").ShouldBeEmpty();
        Lint.Of("CV644", "segment s \"x\"\npositioning p for s {\n  offer \"a\"\n}\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_need_matching_no_top_ranked_job_or_pain_is_reported_with_the_entries_it_was_compared_with()
    {
        var text = Cyclists + "positioning p for cyclists {\n  need \"cheaper insurance\"\n}\n";
        var finding = Lint.Of("CV645", text).ShouldHaveSingleItem();
        text.Substring(finding.Span.Start, finding.Span.Length).ShouldBe("\"cheaper insurance\"");
        finding.Message.ShouldBe("the need 'cheaper insurance' of positioning `p` shares no word with the top-ranked jobs and pains of `cyclists` (`ride`, `flat`): "
            + "a positioning should answer what matters most to its segment; say the need in the profile's words, or rank the entry it answers higher");
        finding.Related.Select(r => r.Message).ShouldBe(["functional job of `cyclists`", "pain of `cyclists`"]);
    }

    [Theory]
    [InlineData("a bike that works again before the ride home")] // shares "bike", "ride", "home"
    [InlineData("no more flat tyres")] // "tyres" meets "tyre"
    [InlineData("a working bike")] // "working" meets "works"
    public void A_need_sharing_a_word_with_a_top_entry_is_left_alone(string need) =>
        Lint.Of("CV645", Cyclists + $"positioning p for cyclists {{\n  need \"{need}\"\n}}\n").ShouldBeEmpty();

    [Fact]
    public void Only_the_top_ranked_entries_count_when_some_are_ranked_that_high()
    {
        // "brakes" and "rain" are in a pain of low severity only.
        Lint.Of("CV645", Cyclists + "positioning p for cyclists {\n  need \"brakes that work in the rain\"\n}\n").ShouldBeEmpty(); // "work" meets "works"
        Lint.Of("CV645", Cyclists + "positioning p for cyclists {\n  need \"silent brakes in the rain\"\n}\n").ShouldHaveSingleItem();
    }

    [Fact]
    public void Without_ranks_every_job_and_pain_counts()
    {
        const string Unranked = "segment s \"Office cyclists in Utrecht\"\nprofile s {\n  job a \"Ride home after work\"\n  pain b \"Brakes squeal in the rain\"\n  gain c \"Insurance that pays out in a day\"\n}\n";
        Lint.Of("CV645", Unranked + "positioning p for s {\n  need \"silent brakes\"\n}\n").ShouldBeEmpty();
        Lint.Of("CV645", Unranked + "positioning p for s {\n  need \"cheap insurance\"\n}\n").ShouldHaveSingleItem().Message.ShouldContain("shares no word with the jobs and pains of `s`");
    }

    [Fact]
    public void No_profile_another_language_or_an_unread_one_leaves_the_need_alone()
    {
        Lint.Of("CV645", "segment s \"Office cyclists in Utrecht\"\npositioning p for s {\n  need \"cheaper insurance\"\n}\n").ShouldBeEmpty();
        Lint.Of("CV645", Cyclists + "positioning p for cyclists {\n  need \"eine günstigere Versicherung für das Fahrrad\"\n}\n").ShouldBeEmpty();
        const string Polish = "segment s \"Pracownicy biurowi, którzy dojeżdżają rowerem do pracy w Krakowie\"\nprofile s {\n  job a \"Wrócić do domu rowerem, który działa\" importance high\n  pain b \"Przebita opona rano oznacza wizytę w serwisie w sobotę\" severity extreme\n}\n";
        Lint.Of("CV645", Polish + "positioning p for s {\n  need \"tańsze ubezpieczenie samochodu\"\n}\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_need_in_another_read_language_is_compared_in_that_language()
    {
        const string German = "segment s \"Büroangestellte, die in Köln mit dem Rad zur Arbeit fahren\"\nprofile s {\n  job a \"Nach der Arbeit mit einem funktionierenden Fahrrad nach Hause fahren\" importance critical\n  pain b \"Ein platter Reifen am Morgen bedeutet einen Besuch in der Werkstatt\" severity extreme\n}\n";
        Lint.Of("CV645", German + "positioning p for s {\n  need \"keine platten Reifen mehr\"\n}\n").ShouldBeEmpty();
        Lint.Of("CV645", German + "positioning p for s {\n  need \"eine günstigere Versicherung\"\n}\n").ShouldHaveSingleItem();
    }

    [Fact]
    public void A_comment_above_the_positioning_suppresses_each_of_its_findings()
    {
        const string Body = "positioning p {\n  need \"x\"\n  benefit \"GPS tracking, offline maps and a heart-rate monitor\"\n  alternative \"other solutions\"\n  differentiator \"a\"\n}\n";
        var codes = Lint.Run("segment s \"x\"\n" + Body).Diagnostics.Select(d => d.Code).ToList();
        codes.ShouldContain("CV641");
        codes.ShouldContain("CV642");
        codes.ShouldContain("CV643");
        codes.ShouldContain("CV644");

        var suppressed = Lint.Run("segment s \"x\"\n// canvaslang-disable-next-line CV641, CV642, no-real-alternative, CV644\n" + Body).Diagnostics.Select(d => d.Code).ToList();
        suppressed.ShouldNotContain("CV641");
        suppressed.ShouldNotContain("CV642");
        suppressed.ShouldNotContain("CV643");
        suppressed.ShouldNotContain("CV644");
        suppressed.ShouldNotContain("CV901");
    }

    [Fact]
    public void The_bundled_positioning_example_is_clean()
    {
        var path = Path.Combine(RepoRoot.Path, "examples", "commuters", "positioning.canvas");
        var result = RuleTestHarness.Analyze(File.ReadAllText(path), path);
        result.Diagnostics.Where(d => Rules.Contains(d.Code)).Select(d => $"{d.Code}: {d.Message}").ShouldBeEmpty();
    }
}
