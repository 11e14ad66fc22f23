using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Tests.Rules.Profile;

/// <summary>The profile rules, read like their documents: a canvas with the expected diagnostics marked inline.</summary>
public sealed class ProfileRuleTests
{
    [Fact]
    public void CV101_flags_vague_and_short_entries_but_not_concrete_ones() => RuleTestHarness.Verify("""
        segment commuters "Commuters who buy coffee at the station before the 8:10 train"
        profile commuters {
          functional job j1 "Get coffee" // + CV101
          functional job j2 "Buy a flat white between the ticket gate and platform 4" // - CV101
          pain p1 "Waiting more than 5 minutes in the queue at the kiosk" // - CV101
          pain p2 "Coffee that is too hot to drink on the platform" // - CV101
          pain p3 "Bad quality coffee at the counter" // - CV101
          pain p4 "A user-friendly and seamless experience" // + CV101
          gain g1 "Des croissants chauds chaque matin" // - CV101
        }
        """);

    [Fact]
    public void CV101_options_add_and_accept_words()
    {
        const string text = """
            segment s "Cyclists who commute to work"
            profile s {
              pain p1 "Snappy service from the bike shop" // + CV101
              gain g1 "Fast tyre change" // - CV101
            }
            """;
        RuleTestHarness.Score(text, "CV101", configuration: RuleTestHarness.Configure("vague-entry", """{ "extraVagueWords": ["snappy"], "acceptedWords": ["fast"], "minWords": 2 }"""))
            .Mistakes.ShouldBeEmpty();
    }

    [Fact]
    public void CV102_reads_jobs_written_without_a_kind() => RuleTestHarness.Verify("""
        segment riders "Riders who rent city bikes to get to work"
        profile riders { // + CV102
          functional job j1 "Unlock a bike at the station by 8:10"
          functional job j2 "Park the bike at the dock next to the office"
          job j3 "Pay for the month in one go"
        }
        segment parents "Parents who cycle their kids to school"
        profile parents { // - CV102
          functional job k1 "Cycle two kids to school by 8:00"
          job k2 "Feel safe on the main road with the kids"
        }
        segment founders "Founders of two-person design studios"
        profile founders { // - CV102
          functional job f1 "Send quotes the same day"
          job f2 "Establish themselves as the studio that answers fastest"
        }
        segment students "Students who share a flat"
        profile students { // - CV102
          job s1 "Split the rent"
          job s2 "Pay the bills"
        }
        """);

    [Fact]
    public void CV102_CV107_CV108_CV109_structural_rules() => RuleTestHarness.Verify("""
        segment s "Freelance designers who invoice clients monthly"
        profile s { // + CV102, CV107
          functional job j1 "Send 15 invoices on the last working day of the month" // + CV108
          functional job j2 "Chase clients whose invoices are 30 days overdue"
          functional job j3 "File the quarterly VAT return before the deadline"
          pain p1 "Clients pay 60 days late on average" severity high
          pain p2 "Retyping the same client address into every invoice"
          pain p3 "The bank exports statements only as PDF"
        }
        profile t { // - CV102 // + CV107
          job j4 "Find a quiet desk near the station every Monday" // + CV109
        }
        segment t "Remote workers"
        """);

    [Fact]
    public void CV103_flags_entries_of_another_segment() => RuleTestHarness.Verify("""
        segment parents "Working parents of primary school children" aka "parents"
        segment kids "Children aged 6 to 10" aka "children", "pupils"
        profile parents {
          functional job j1 "Get the kids to school by 8:20" // - CV103
          pain p1 "Pupils get bored after 30 minutes of worksheets" // + CV103
          pain p2 "Professors want to track who attended each seminar" // + CV103
          pain p3 "The tutor cancels by text an hour before class" // - CV103
        }
        profile kids {
          functional job j2 "Play outside with friends after school"
        }
        """);

    [Fact]
    public void CV104_flags_the_products_voice_and_absence() => RuleTestHarness.Verify("""
        segment cyclists "Commuters who depend on their bike every weekday"
        profile cyclists {
          functional job j1 "Get to the office by 8:45 on days the bike is in for repair" // - CV104
          pain p1 "No loan bike while mine is in the shop" // + CV104
          pain p2 "No parking for bikes within 500 m of the office" // - CV104
          gain g1 "We send you a photo of every worn part" // + CV104
          gain g2 "The mobile mechanic fixes the bike in the office car park" // + CV104
          gain g3 "Ride home on the repaired bike the same evening" // - CV104
        }
        valuemap cyclists {
          service mobile_mechanic "Mobile mechanic who repairs bikes at the office car park" serves j1
          service loan_bike "Loan bike for the length of any repair" serves j1
        }
        """);

    [Fact]
    public void CV105_CV106_CV110_words_and_pairs() => RuleTestHarness.Verify("""
        segment s "Families who order groceries online every week"
        profile s {
          functional job j1 "Save time" // + CV105
          functional job j2 "Reduce the weekly grocery bill to under €80" // - CV105
          functional job j3 "Faster checkout" // + CV105
          pain fees "High delivery fees"
          pain slot "Delivery slots are a 4-hour window on Saturday"
          gain low "Low delivery fees" // + CV106
          gain photo "The driver texts a photo of where the bags were left" // - CV106
          gain photo2 "The driver texting a photo of where bags were left" // + CV110
        }
        """);

    [Theory]
    [InlineData("CV102")]
    [InlineData("CV103")]
    [InlineData("CV105")]
    [InlineData("CV107")]
    [InlineData("CV108")]
    [InlineData("CV109")]
    [InlineData("CV110")]
    public void Fixes_keep_the_file_valid_and_every_entry_text(string rule)
    {
        const string text = """
            segment parents "Working parents" aka "parents"
            segment kids "Children aged 6 to 10" aka "children"
            profile parents {
              functional job save "Save time" importance high
              functional job drive "Drive the kids to school by 8:20"
              pain p1 "Children get bored after 30 minutes of worksheets"
              pain late "Clients pay 60 days late"
              pain late1 "Clients paying late, after 60 days"
              pain late2 "Clients pay 60 days late"
            }
            profile kids {
              functional job play "Play outside after school"
              job chat "Chat with the teacher about homework on Fridays"
            }
            valuemap parents {
              reliever remind "Reminder on day 31" relieves late2
            }
            """;
        var result = RuleTestHarness.Analyze(text);
        var fixes = result.Diagnostics.Where(d => d.Code == rule).SelectMany(d => d.Fixes).ToList();
        fixes.ShouldNotBeEmpty();
        foreach (var fix in fixes)
        {
            var fixedText = RuleTestHarness.ApplyFix(text, fix);
            var before = SyntaxTree.Parse(text).AllEntries().Select(e => e.Text?.Value).ToHashSet();
            var after = SyntaxTree.Parse(fixedText).AllEntries().Select(e => e.Text?.Value).ToHashSet();
            // CV110 removes only a word-for-word repeat, so even it keeps every text.
            before.Where(t => !after.Contains(t)).ShouldBeEmpty(fixedText);
            RuleTestHarness.Analyze(fixedText).Diagnostics.Where(d => d.Code.CompareTo("CV009") < 0).ShouldBeEmpty(fixedText);
        }
    }
}
