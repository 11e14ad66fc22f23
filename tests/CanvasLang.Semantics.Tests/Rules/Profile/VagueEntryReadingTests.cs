namespace CanvasLang.Semantics.Tests.Rules.Profile;

/// <summary>What CV101 reads as vague or concrete in English beyond single listed words.</summary>
public class VagueEntryReadingTests
{
    [Fact]
    public void A_judgement_of_a_named_activity_is_concrete_but_of_a_generic_thing_is_not() => RuleTestHarness.Verify("""
        segment riders "Riders who rent city bikes to get to work"
        profile riders {
          pain p1 "Unlocking a bike at the dock is slow" // - CV101
          pain p2 "Returning the bike to a full station is awkward and slow" // - CV101
          pain p3 "The system being slow" // + CV101
          pain p4 "The service is slow and bad" // + CV101
        }
        """);

    [Fact]
    public void A_comparison_with_a_named_alternative_is_concrete_but_one_with_today_is_not() => RuleTestHarness.Verify("""
        segment riders "Riders who rent city bikes to get to work"
        profile riders {
          gain g1 "Cheaper than the night bus" // - CV101
          gain g2 "Faster than a taxi in rush hour" // - CV101
          gain g3 "Cheaper and faster than before" // + CV101
          gain g4 "Better than competitors" // + CV101
        }
        """);

    [Fact]
    public void An_aside_of_one_word_tags_does_not_make_an_entry_longer_but_a_describing_aside_does() => RuleTestHarness.Verify("""
        segment shops "Owners of small bakeries with one shop"
        profile shops {
          gain g1 "Recognition (trust, loyalty)" // + CV101
          gain g2 "Steady income (growth, stability)" // + CV101
          pain p1 "Invoice chaos (duplicate numbers, missing VAT lines)" // - CV101
          pain p2 "Flour deliveries late (twice a month since March)" // - CV101
          job j1 "Bake 300 rolls before the 6:30 opening (functional, critical)" // - CV101
        }
        """);

    [Fact]
    public void Both_sides_of_a_listed_pair_are_vague() => RuleTestHarness.Verify("""
        segment riders "Riders who rent city bikes to get to work"
        profile riders {
          pain p1 "The app being difficult" // + CV101
          pain p2 "A complicated and ineffective process" // + CV101
          pain p3 "Paying for a ride is difficult without a credit card" // - CV101
        }
        """);

    [Fact]
    public void The_message_says_what_is_missing_in_a_finished_sentence()
    {
        var result = RuleTestHarness.Analyze("""
            segment riders "Riders who rent city bikes to get to work"
            profile riders {
              pain p1 "A complicated and ineffective process"
            }
            """);
        result.Diagnostics.Single(d => d.Code == "CV101").Message.ShouldContain("with nothing concrete beside it: ");
    }
}
