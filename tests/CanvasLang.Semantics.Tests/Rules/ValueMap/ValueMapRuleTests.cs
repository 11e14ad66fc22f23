using CanvasLang.Semantics.Tests.Meta;

namespace CanvasLang.Semantics.Tests.Rules.ValueMap;

public class AddressesEverythingTests
{
    private const string Profile = """
        segment s "Cafe owners who order bread daily"
        profile s {
          pain p1 "Bread arrives after 8:00" severity extreme
          pain p2 "Paper invoices for each delivery" severity low
          gain g1 "Croissants warm at opening" relevance essential
          gain g2 "Free coffee for the driver" relevance nice
        }
        """;

    [Fact]
    public void Reports_a_value_map_that_answers_every_pain_and_gain_on_its_header()
    {
        var text = Profile + """

            valuemap s {
              reliever r1 "Round starting at 5:30" relieves p1
              reliever r2 "One monthly invoice" relieves p2
              creator c1 "Ovens in the van" creates g1
              creator c2 "Coffee voucher" creates g2
            }
            """;
        Lint.Lines("CV201", text).ShouldBe([8]);
        Lint.Of("CV201", text).Single().Message.ShouldContain("relieves all 2 pains and creates all 2 gains");
    }

    [Fact]
    public void Leaves_a_value_map_that_chooses_alone()
    {
        var text = Profile + """

            valuemap s {
              reliever r1 "Round starting at 5:30" relieves p1
              creator c1 "Ovens in the van" creates g1
            }
            """;
        Lint.Lines("CV201", text).ShouldBeEmpty();
    }

    [Fact]
    public void MinEntries_raises_the_threshold()
    {
        var text = Profile + "\nvaluemap s {\n reliever r1 \"a b c\" relieves p1, p2\n creator c1 \"a b c\" creates g1, g2\n}\n";
        Lint.Lines("CV201", text).ShouldBe([8]);
        Lint.Lines("CV201", text, Lint.Config("""{ "rules": { "addresses-everything": { "minEntries": 5 } } }""")).ShouldBeEmpty();
    }

    [Fact]
    public void Needs_both_pains_and_gains()
    {
        var text = """
            segment s "x"
            profile s {
              pain p1 "a b c"
              pain p2 "a b d"
              pain p3 "a b e"
              pain p4 "a b f"
            }
            valuemap s {
              reliever r1 "x y z" relieves p1, p2, p3, p4
            }
            """;
        Lint.Lines("CV201", text).ShouldBeEmpty();
    }
}

public class IrrelevantOfferTests
{
    private const string Text = """
        segment s "Design agencies"
        profile s {
          functional job bill "Invoice clients on the 1st"
          functional job chase "Chase unpaid invoices"
        }
        valuemap s {
          digital product app "Invoicing app" serves bill
          digital product payroll "Payroll module"
          service audit "Yearly audit" relevance high
        }
        """;

    [Fact]
    public void Reports_each_offer_without_serves()
    {
        Lint.Lines("CV202", Text).ShouldBe([8, 9]);
        Lint.Of("CV202", Text)[0].Message.ShouldContain("product `payroll` serves no job of `s`");
    }

    [Fact]
    public void Fix_adds_serves_with_the_jobs_as_choices()
    {
        var fix = Lint.Of("CV202", Text)[1].Fixes.Single();
        fix.Edits.Single().NewText.ShouldBe(" serves ${1|bill,chase|}");
        var fixedText = Lint.Apply(Text, fix);
        fixedText.ShouldContain("service audit \"Yearly audit\" relevance high serves bill");
        Lint.Lines("CV202", fixedText).ShouldBe([8]);
        Lint.Run(fixedText).Diagnostics.ShouldNotContain(d => d.Code.StartsWith("CV00", StringComparison.Ordinal));
    }

    [Fact]
    public void Does_not_report_offers_of_imported_value_maps()
    {
        var imports = new Dictionary<string, string> { ["other.canvas"] = Text };
        Lint.Lines("CV202", "import \"other.canvas\"\n", imports: imports).ShouldBeEmpty();
    }
}

public class IrrelevantRelieverOrCreatorTests
{
    [Fact]
    public void Reports_relievers_and_creators_that_address_nothing()
    {
        var text = """
            segment s "x"
            profile s {
              pain p1 "a b c"
              gain g1 "d e f"
            }
            valuemap s {
              reliever r1 "Monthly newsletter"
              reliever r2 "Call-back in 10 minutes" relieves p1
              creator c1 "Loyalty points"
              creator c2 "Warm bread at 6:00" creates g1
            }
            """;
        Lint.Lines("CV203", text).ShouldBe([7, 9]);
        Lint.Of("CV203", text)[1].Message.ShouldContain("creator `c1` creates no gain");
    }

    [Fact]
    public void Reports_one_that_answers_only_lowest_ranked_entries_while_a_higher_one_is_unanswered()
    {
        var text = """
            segment s "x"
            profile s {
              risk pain breakdown "A flat on the way to daycare" severity extreme
              pain squeaky "The wheel squeaks" severity low
              gain coffee "Coffee at the shop" relevance nice
              gain spare "A spare bike the same day" relevance high
            }
            valuemap s {
              reliever grease "Free grease" relieves squeaky
              creator espresso "Espresso machine" creates coffee
              creator loaner "Loaner bike" creates spare
            }
            """;
        Lint.Lines("CV203", text).ShouldBe([9]);
        Lint.Of("CV203", text)[0].Message.ShouldContain("pain `breakdown`");
    }

    [Fact]
    public void Leaves_broken_references_to_the_binder()
    {
        var text = """
            segment s "x"
            profile s {
              pain p1 "a b c" severity extreme
            }
            valuemap s {
              reliever r1 "x y z" relieves nope
            }
            """;
        Lint.Lines("CV203", text).ShouldBeEmpty();
    }
}
