namespace CanvasLang.Semantics.Tests.Rules.Profile;

/// <summary>CV106 opposite-gain: each way a gain can turn a pain around, and gains that only look like it.</summary>
public sealed class OppositeGainRuleTests
{
    [Fact]
    public void Flags_a_gain_that_takes_the_other_side_of_an_antonym_pair() => RuleTestHarness.Verify("""
        segment s "Renters looking for a flat in a university town"
        profile s {
          pain agency "Expensive agency fees for every viewing"
          pain commute "A slow bus ride to the campus"
          pain answer "Landlords answer emails late"
          pain damp "Damp walls in the bedroom"
          gain cheaper "Cheaper agency fees for every viewing" // + CV106
          gain quick "A quick bus ride to the campus" // + CV106
          gain not_late "Landlords who answer emails early" // + CV106
          gain dry "A dry bedroom with a window that opens onto the garden" // - CV106
        }
        """);

    [Fact]
    public void Flags_a_gain_that_drops_or_adds_a_negative_affix() => RuleTestHarness.Verify("""
        segment s "Members of a neighbourhood tool library"
        profile s {
          pain distrust "Distrust of strangers who borrow the drill"
          pain reliable "Reliable tools are hard to find"
          pain paper "Paper forms for every loan"
          pain dull "Dull blades on the hedge trimmers"
          gain trust "Trust in the strangers who borrow the drill" // + CV106
          gain reserved "Reliable tools reserved a day ahead by text message" // - CV106
          gain paperless "Paperless forms for every loan" // + CV106
          gain sharpening "A volunteer who sharpens blades on the first Saturday of the month" // - CV106
        }
        """);

    [Fact]
    public void Flags_a_gain_that_removes_or_adds_a_negation() => RuleTestHarness.Verify("""
        segment s "Owners of an old house planning a renovation"
        profile s {
          pain tracking "No overview of what the builders spent this week"
          pain reach "Can't reach the site manager by phone"
          pain lack "Lack of feedback from the architect on our sketches"
          pain noise "Drilling noise early on Sunday mornings"
          gain overview "An overview of what the builders spent this week" // + CV106
          gain reach_phone "Reach the site manager by phone" // + CV106
          gain feedback "Feedback from the architect on our sketches" // + CV106
          gain quiet_sunday "No drilling noise on Sunday mornings" // + CV106
        }
        """);

    [Fact]
    public void Flags_a_gain_that_moves_the_other_way_in_amount() => RuleTestHarness.Verify("""
        segment s "Parents who register children for a summer camp"
        profile s {
          pain forms "Too many forms to fill in for each child"
          pain contact "Little contact with the counsellors during the week"
          pain cash "The camp takes payment by cheque only"
          pain snacks "Sugary snacks at the tuck shop"
          gain fewer "Fewer forms to fill in for each child" // + CV106
          gain more_contact "Plenty of contact with the counsellors during the week" // + CV106
          gain any_payment "The camp takes payment by card or cheque" // + CV106
          gain more_snacks "More snacks at the tuck shop" // - CV106
        }
        """);

    [Fact]
    public void Leaves_gains_that_add_a_target_or_a_new_benefit() => RuleTestHarness.Verify("""
        segment s "Finance teams of small logistics firms"
        profile s {
          pain close "A slow close at the end of each month"
          pain no_feedback "No feedback on the cash forecast"
          pain disease "A chronic disease keeps our controller away for weeks"
          pain approval "Approval of supplier invoices waits for the director"
          gain target "A fast close at the end of each month, done in 3 days" // - CV106
          gain coached "Feedback on the cash forecast that points to the customers who pay late" // - CV106
          gain ease "Ease of handing over the controller's work for weeks" // - CV106
          gain approval_story "Supplier invoices approved from a phone between two meetings" // - CV106
        }
        """);

    [Fact]
    public void Message_quotes_the_pain_and_the_words_that_flip()
    {
        var result = RuleTestHarness.Analyze("""
            segment s "Residents of a new housing estate"
            profile s {
              pain p1 "Public distrust of the estate's management company"
              gain g1 "Public trust in the estate's management company"
            }
            """);
        var diagnostic = result.Diagnostics.Single(d => d.Code == "CV106");
        diagnostic.Message.ShouldContain("pain `p1`");
        diagnostic.Message.ShouldContain("'distrust' → 'trust'");
    }

    [Fact]
    public void Stays_silent_on_entries_in_a_language_it_cannot_read() => RuleTestHarness.Verify("""
        segment s "Rodziny, które w sobotę robią zakupy na targu"
        profile s {
          pain p1 "Ceny na targu są zbyt wysokie"
          gain g1 "Ceny na targu nie są zbyt wysokie" // - CV106
        }
        """);

    [Fact]
    public void Reads_a_language_it_has_a_polarity_lexicon_for() => RuleTestHarness.Verify("""
        segment s "Familles qui font leurs courses au marché le samedi"
        profile s {
          pain p1 "Les prix sont trop élevés au marché"
          gain g1 "Les prix ne sont pas trop élevés au marché" // + CV106
        }
        """);
}
