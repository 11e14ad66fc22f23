using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Tests.Binding;

/// <summary>Language 1.1's evidence: interviews, the profile entries that cite them (`heard`), personas resting on them (`basedon`).</summary>
public sealed class EvidenceBindingTests
{
    private const string Canvas = """
        segment riders "People who cycle to work"
        interview ana for riders {
          who "Nurse, rides 9 km each way"
          date 2026-11-03
          heard pain "Two flat tyres in March, both on the way to a shift"
          heard gain "Knowing the bike will be fixed by the end of the shift"
          quote "I cannot be late for a handover."
          note "Showed the patch kit she carries"
          quote "The shop is closed when I am free."
        }
        interview ben for riders {
          who "Courier"
        }
        test van for riders {
          hypothesis "Riders book a repair van to their workplace"
        }
        profile riders {
          pain flats "Flat tyres on the way to work" severity high heard ana, ben
          gain fixed "The bike is fixed while I work" heard ana
        }
        persona nadia for riders {
          goal "Arrive on time for every shift"
          basedon ana, van
        }
        """;

    private static (SemanticModel Model, List<Diagnostic> Errors) Bind(string text)
    {
        var tree = SyntaxTree.Parse(text, Path.Combine(Path.GetTempPath(), "evidence-test.canvas"));
        var (model, diagnostics) = Binder.Bind(tree, new FileSystemDocumentSource());
        return (model, [.. tree.Diagnostics, .. diagnostics]);
    }

    private static string At(string text, Diagnostic d) => text.Substring(d.Span.Start, d.Span.Length);

    [Fact]
    public void Interviews_entries_that_cite_them_and_personas_that_rest_on_them_bind_without_errors()
    {
        var (model, errors) = Bind(Canvas);
        errors.ShouldBeEmpty();
        var ana = model.Interviews.Single(i => i.Name == "ana");
        (ana.SegmentName, ana.Who, ana.Date).ShouldBe(("riders", "Nurse, rides 9 km each way", new DateOnly(2026, 11, 3)));
        ana.Heard.ShouldBe([("pain", "Two flat tyres in March, both on the way to a shift"), ("gain", "Knowing the bike will be fixed by the end of the shift")]);
        ana.Texts("quote").Count().ShouldBe(2);
        model.Profiles["riders"].Pains.Single().HeardIn.Select(n => n.Text).ShouldBe(["ana", "ben"]);
        model.Profiles["riders"].Pains.Single().References.ShouldBeEmpty();
        model.Symbols["ana"].Kind.ShouldBe(SymbolKind.Interview);
        model.ResolvedNames.Keys.Count(n => n.Text == "ana").ShouldBe(3);
    }

    [Fact]
    public void An_entry_hears_interviews_only()
    {
        var text = Canvas.Replace("heard ana, ben", "heard ana, van", StringComparison.Ordinal);
        var error = Bind(text).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CV004");
        At(text, error).ShouldBe("van");
        error.Message.ShouldContain("`heard` names evidence (an interview), but `van` is a test card");
    }

    [Fact]
    public void An_unknown_interview_is_reported_with_the_closest_name()
    {
        var text = Canvas.Replace("heard ana, ben", "heard anna, ben", StringComparison.Ordinal);
        var error = Bind(text).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CV002");
        error.Message.ShouldBe("`heard anna`: no interview named `anna`; did you mean `ana`?");
    }

    [Fact]
    public void A_persona_rests_on_interviews_or_tests_and_not_on_segments()
    {
        var text = Canvas.Replace("basedon ana, van", "basedon ana, riders", StringComparison.Ordinal);
        var error = Bind(text).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CV004");
        error.Message.ShouldContain("but `riders` is a segment");
    }

    [Fact]
    public void What_was_heard_must_be_a_job_a_pain_or_a_gain()
    {
        var text = Canvas.Replace("heard pain \"Two", "heard worry \"Two", StringComparison.Ordinal);
        var error = Bind(text).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CV008");
        At(text, error).ShouldBe("worry");
    }

    [Fact]
    public void Who_and_date_are_given_once_and_dates_exist_while_quotes_and_notes_repeat()
    {
        var text = Canvas.Replace("  date 2026-11-03\n", "  date 2026-11-03\n  who \"Someone else\"\n  date 2026-02-30\n", StringComparison.Ordinal);
        var errors = Bind(text).Errors;
        errors.Select(e => e.Code).ShouldBe(["CV008", "CV008"]);
        errors[0].Message.ShouldContain("`who` is given twice on this interview");
        errors[1].Message.ShouldContain("`date` is given twice");
    }

    [Fact]
    public void Heard_is_not_an_attribute_of_value_map_entries()
    {
        var text = Canvas + "\nvaluemap riders {\n  service van_service \"A van comes to the car park\" heard ana\n}\n";
        var error = Bind(text).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CV001");
        error.Message.ShouldStartWith("`heard` is not an attribute of a service");
    }

    private const string Assumptions = """
        segment riders "People who cycle to work"
        assumption price for riders {
          type viability
          belief "Riders pay 25 euros for a repair done while they work"
          importance critical
          evidence weak
        }
        test price_page for riders {
          hypothesis "Riders pay 25 euros"
          tests price
        }
        learning price_result from price_page {
          decision "Keep the price"
          next persevere
        }
        """;

    [Fact]
    public void Tests_name_the_assumptions_they_check_and_learnings_state_a_verdict()
    {
        var (model, errors) = Bind(Assumptions);
        errors.ShouldBeEmpty();
        var price = model.Assumptions.Single();
        (price.Type, price.Belief, price.Importance, price.Evidence).ShouldBe(("viability", "Riders pay 25 euros for a repair done while they work", 1, "weak"));
        model.Tests.Single().Tests.Select(n => n.Text).ShouldBe(["price"]);
        model.Learnings.Single().Next.ShouldBe("persevere");
        model.Symbols["price"].Kind.ShouldBe(SymbolKind.Assumption);
    }

    [Fact]
    public void A_test_tests_assumptions_only()
    {
        var text = Assumptions.Replace("tests price", "tests price, riders, prise", StringComparison.Ordinal);
        var errors = Bind(text).Errors;
        errors.Select(e => (e.Code, At(text, e))).ShouldBe([("CV004", "riders"), ("CV002", "prise")]);
        errors[1].Message.ShouldBe("`tests prise`: no assumption named `prise`; did you mean `price`?");
    }

    [Fact]
    public void An_assumption_gives_each_field_once()
    {
        var text = Assumptions.Replace("  evidence weak\n", "  evidence weak\n  evidence strong\n", StringComparison.Ordinal);
        var error = Bind(text).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CV008");
        error.Message.ShouldContain("`evidence` is given twice on this assumption");
    }

    [Fact]
    public void A_positioning_statement_reads_as_one_sentence_and_gives_each_field_once()
    {
        var text = """
            segment riders "People who cycle to work"
            positioning van for riders {
              need "a bike that works again before the ride home"
              offer "RepairVan"
              category "workplace bike repair service"
              benefit "fixes the bike in the car park while they work"
              alternative "taking the bike to a shop on Saturday"
              differentiator "needs no trip"
              proof "41 of 50 pilot repairs done the same day"
            }
            """;
        var (model, errors) = Bind(text);
        errors.ShouldBeEmpty();
        model.Positionings.Single().Sentence().ShouldBe("For riders who need a bike that works again before the ride home, RepairVan is a workplace bike repair service that fixes the bike in the car park while they work. Unlike taking the bike to a shop on Saturday, it needs no trip.");
        model.Symbols["van"].Kind.ShouldBe(SymbolKind.Positioning);

        var twice = text.Replace("  proof", "  offer \"VanFix\"\n  proof", StringComparison.Ordinal);
        Bind(twice).Errors.ShouldHaveSingleItem().Message.ShouldContain("`offer` is given twice on this positioning statement");
        Bind(text.Replace("for riders", "for walkers", StringComparison.Ordinal)).Errors.ShouldHaveSingleItem().Code.ShouldBe("CV007");
    }
}
