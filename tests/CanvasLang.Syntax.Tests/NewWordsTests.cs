using CanvasLang.Syntax.Tree;

namespace CanvasLang.Syntax.Tests;

/// <summary>Language 1.1's new words are keywords, yet a 1.0 file that used them as names means what it meant.</summary>
public sealed class NewWordsTests
{
    private const string OneZeroFile = """
        segment persona "People who write personas for a living"
        profile persona {
          functional job goal "Write a persona the whole team believes" importance high
          pain quote "Stakeholders ask for the source of every quote" severity high
          gain trait "A trait list the designers can picture"
        }
        valuemap persona {
          service basedon "Interview notes linked to each persona" serves goal
          reliever behaviour "Sources stored beside each quote" relieves quote
        }
        test frustration for persona {
          hypothesis "Writers pay for linked sources"
        }
        learning trait2 from frustration {
          insight "They do"
        }
        """;

    [Fact]
    public void A_1_0_file_using_the_new_words_as_names_parses_without_errors_into_the_same_declarations()
    {
        var tree = SyntaxTree.Parse(OneZeroFile, "old.canvas");
        tree.Diagnostics.ShouldBeEmpty();
        tree.Declarations.Select(d => d.GetType().Name)
            .ShouldBe(["SegmentSyntax", "ProfileSyntax", "ValueMapSyntax", "TestSyntax", "LearningSyntax"]);
        var profile = (ProfileSyntax)tree.Declarations[1];
        profile.Entries.Select(e => e.Id!.Text).ShouldBe(["goal", "quote", "trait"]);
        var valueMap = (ValueMapSyntax)tree.Declarations[2];
        valueMap.Entries.SelectMany(e => e.Attributes).SelectMany(a => a.References).Select(r => r.Text).ShouldBe(["goal", "quote"]);
    }

    // SWOT's words (swot, strength, weakness, opportunity, threat, action, pairs) as a 1.0 file could have used them.
    private const string SwotWordsFile = """
        segment swot "Consultants who run SWOT workshops"
        profile swot {
          functional job strength "Name the client's real strengths in one afternoon" importance high
          pain threat "Clients list every competitor as a threat" severity high
          gain opportunity "A list of actions the client signs off"
        }
        valuemap swot {
          service action "A workshop template that ends in actions" serves strength
          reliever pairs "Each action names the factors it answers" relieves threat
        }
        test weakness for swot {
          hypothesis "Consultants pay for the template"
        }
        """;

    [Fact]
    public void A_1_0_file_using_the_swot_words_as_names_parses_without_errors_into_the_same_declarations()
    {
        var tree = SyntaxTree.Parse(SwotWordsFile, "old.canvas");
        tree.Diagnostics.ShouldBeEmpty();
        tree.Declarations.Select(d => d.GetType().Name).ShouldBe(["SegmentSyntax", "ProfileSyntax", "ValueMapSyntax", "TestSyntax"]);
        ((ProfileSyntax)tree.Declarations[1]).Entries.Select(e => e.Id!.Text).ShouldBe(["strength", "threat", "opportunity"]);
        ((ValueMapSyntax)tree.Declarations[2]).Entries.Select(e => (e.Id!.Text, e.Attributes.Single().References.Single().Text))
            .ShouldBe([("action", "strength"), ("pairs", "threat")]);
    }

    [Fact]
    public void A_swot_named_with_keywords_keeps_its_items()
    {
        var tree = SyntaxTree.Parse("segment swot \"x\"\nswot action for swot {\n  strength threat \"t\"\n  action pairs \"p\" pairs threat, strength\n}\n", "s.canvas");
        tree.Diagnostics.ShouldBeEmpty();
        var swot = tree.Declarations.OfType<SwotSyntax>().Single();
        (swot.Name!.Text, swot.Segment!.Text).ShouldBe(("action", "swot"));
        swot.Items.Select(i => (i.Kind, i.Id!.Text)).ShouldBe([(EntryKind.Strength, "threat"), (EntryKind.Action, "pairs")]);
        swot.Items[1].Attributes.Single().References.Select(r => r.Text).ShouldBe(["threat", "strength"]);
    }

    [Fact]
    public void A_persona_named_with_a_keyword_for_a_segment_named_persona_is_one_declaration()
    {
        var tree = SyntaxTree.Parse("segment persona \"x\"\npersona persona for persona {\n  goal \"g\"\n  basedon test\n}\n", "p.canvas");
        tree.Diagnostics.ShouldBeEmpty();
        var persona = tree.Declarations.OfType<PersonaSyntax>().Single();
        (persona.Name!.Text, persona.Segment!.Text).ShouldBe(("persona", "persona"));
        persona.Fields.Single(f => f.Keyword.Text == "basedon").References.Single().Text.ShouldBe("test");
    }
}
