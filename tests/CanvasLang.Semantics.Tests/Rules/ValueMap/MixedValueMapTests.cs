using CanvasLang.Semantics.Tests.Meta;

namespace CanvasLang.Semantics.Tests.Rules.ValueMap;

/// <summary>CV204 on relievers and creators that name a feature, repeat a product or restate their pain or gain; and CV104 leaving the restated entry alone.</summary>
public class MixedValueMapTests
{
    private const string Profile = """
        segment bakers "Owners of one-shop bakeries who bake from 4:00"
        profile bakers {
          functional job order "Order flour and butter for the week every Monday" importance high
          functional job staff "Plan who bakes on which morning" importance medium
          functional job price "Set prices for the new seasonal bread" importance medium
          obstacle pain late "The flour delivery arrives after 7:00 twice a month" severity high
          obstacle pain phone "Ordering by phone while kneading dough" severity moderate
          obstacle pain sick "A baker calls in sick at 3:30 and nobody covers the shift" severity high
          pain no_notice "No text the evening before a delivery" severity moderate
          desired gain stock "Faster restocking: flour on the shelf the day after I run low" relevance high
          desired gain cover "Every morning shift covered, even when someone is ill" relevance high
          desired gain margin "Keep a 40% margin on bread" relevance medium
        }

        """;

    [Fact]
    public void Bare_feature_names_and_praise_labels_are_reported_and_clauses_are_not() => RuleTestHarness.Verify(Profile + """
        valuemap bakers {
          digital product app "Ordering app for bakery supplies" serves order
          reliever r1 "Smart reorder engine" relieves late // + CV204
          reliever r2 "Shift swap board for staff" relieves sick // + CV204
          reliever r3 "Voice notes and saved baskets" relieves phone // + CV204
          creator c1 "Seasonal price suggestions" creates margin // + CV204
          creator c2 "Seamless experience" creates stock // + CV204
          reliever r4 "Flour two hours earlier via a second morning round" relieves late // - CV204
          reliever r5 "10-15% lower delivery fees than the wholesaler's van" relieves late // - CV204
          reliever r6 "Dictation: turns a spoken list into an order" relieves phone // - CV204
          reliever r7 "Missing baker → standby list → text at 3:35 → shift covered" relieves sick // - CV204
          creator c3 "The app reorders flour when the shelf scale reads under 10 kg" creates stock // - CV204
          creator c4 "Low prices" creates margin // - CV204
          creator c5 "Always available" creates cover // - CV204
          creator c6 "Automated shift planning" creates cover // - CV204
          creator c7 "Enables faster restocking" creates stock // - CV204
          reliever r8 "A text the evening before each delivery" relieves no_notice // - CV204
        }
        """);

    [Fact]
    public void A_creator_that_restates_its_gain_is_reported_once_on_the_creator_and_the_gain_is_left_alone()
    {
        var text = Profile + """
            valuemap bakers {
              digital product app "Ordering app for bakery supplies" serves order
              creator restock "Faster restocking: flour on the shelf the day after I run low" creates stock
            }
            """;
        var result = RuleTestHarness.Analyze(text);
        var cv204 = result.Diagnostics.Where(d => d.Code == "CV204").ToList();
        cv204.Count.ShouldBe(1);
        cv204[0].Message.ShouldContain("only restates gain `stock`");
        result.Tree.Text.GetPosition(cv204[0].Span.Start).Line.ShouldBe(Lines.Of(text, "creator restock"));
        result.Diagnostics.Where(d => d.Code == "CV104").ShouldBeEmpty();
    }

    [Fact]
    public void A_creator_that_opens_with_the_gains_phrase_is_never_blamed_on_the_gain()
    {
        // Not linked by `creates`, and its body says something of its own: no echo to report, and
        // the gain, which came first, is not "describing" the creator.
        var text = Profile + """
            valuemap bakers {
              digital product app "Ordering app for bakery supplies" serves order
              creator restock "Faster restocking: the mill delivers on Tuesdays and Fridays as well"
            }
            """;
        var result = RuleTestHarness.Analyze(text);
        result.Diagnostics.Where(d => d.Code == "CV104").ShouldBeEmpty();
        result.Diagnostics.Where(d => d.Code == "CV204").ShouldBeEmpty();
    }

    [Fact]
    public void A_reliever_that_repeats_a_product_is_reported_as_a_copy()
    {
        var text = Profile + """
            valuemap bakers {
              digital product app "Ordering app for bakery supplies" serves order
              reliever r1 "An ordering app for bakery supplies" relieves phone
            }
            """;
        var diagnostic = Lint.Of("CV204", text).Single();
        diagnostic.Message.ShouldContain("repeats the text of product `app`");
    }

    [Fact]
    public void A_feature_name_can_be_converted_to_a_product()
    {
        var text = Profile + """
            valuemap bakers {
              reliever r1 "Smart reorder engine" relieves late
            }
            """;
        var diagnostic = Lint.Of("CV204", text).Single();
        diagnostic.Message.ShouldContain("names a feature");
        var fixedText = RuleTestHarness.ApplyFix(text, diagnostic.Fixes.Single());
        fixedText.ShouldContain("product r1 \"Smart reorder engine\"");
        fixedText.ShouldNotContain("relieves late");
    }

    [Fact]
    public void CV104_matches_names_only_in_english_and_reads_a_negated_action_as_behaviour() => RuleTestHarness.Verify("""
        segment bakers "Owners of one-shop bakeries who bake from 4:00"
        profile bakers {
          functional job order "Order flour and butter for the week every Monday"
          pain staff_app "The staff don't open the rota app, so I phone each of them" // - CV104
          pain no_rota "Lack of a shift rota planner" // + CV104
          gain pl "Zamówienia przez BakeFlow działają także w nocy" // - CV104
          gain en "Orders through BakeFlow go out at night too" // + CV104
        }
        valuemap bakers {
          digital product app "BakeFlow: supply ordering app with saved baskets" serves order
          digital product rota "Shift rota planner with swap requests" serves order
        }
        """);
}

/// <summary>Line numbers in a snippet.</summary>
internal static class Lines
{
    /// <summary>The 0-based line that contains <paramref name="fragment"/>.</summary>
    public static int Of(string text, string fragment) => Array.FindIndex(text.Split('\n'), l => l.Contains(fragment, StringComparison.Ordinal));
}
