using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Tests.Binding;

/// <summary>Empathy maps (1.1): `for` names a persona or a segment; the goal is given once, the sections repeat.</summary>
public sealed class EmpathyMapBindingTests
{
    private const string Canvas = """
        segment riders "People who cycle to work"
        test survey for riders {
          status running
        }
        persona ana for riders {
          goal "Reach work dry"
          basedon survey
        }
        empathymap ana_rain for ana {
          goal "Arrive at the 8:30 shift with dry clothes on three rainy days out of four"
          see "Puddles along the canal path"
          see "Colleagues arriving by car"
          say "\"I keep a spare shirt in my locker.\""
          think "Will the rain stop before I leave?"
          pains "Changing clothes in a cramped toilet"
          gains "A shower at work"
        }
        """;

    private static (SemanticModel Model, List<Diagnostic> Errors) Bind(string text)
    {
        var tree = SyntaxTree.Parse(text, Path.Combine(Path.GetTempPath(), "empathy-test.canvas"));
        var (model, diagnostics) = Binder.Bind(tree, new FileSystemDocumentSource());
        return (model, [.. tree.Diagnostics, .. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)]);
    }

    [Fact]
    public void A_map_for_a_persona_binds_and_describes_the_personas_segment()
    {
        var (model, errors) = Bind(Canvas);
        errors.ShouldBeEmpty();
        var map = model.EmpathyMaps.ShouldHaveSingleItem();
        model.Symbols["ana_rain"].Kind.ShouldBe(SymbolKind.EmpathyMap);
        map.PersonaIn(model)!.Name.ShouldBe("ana");
        map.SegmentNameIn(model).ShouldBe("riders");
        map.Items("see").Select(f => f.Text!.Value).ShouldBe(["Puddles along the canal path", "Colleagues arriving by car"]);
        map.Goal!.Text!.Value.ShouldStartWith("Arrive at the 8:30 shift");
    }

    [Fact]
    public void A_map_for_a_segment_describes_that_segment()
    {
        var (model, errors) = Bind(Canvas.Replace("for ana {\n  goal \"Arrive", "for riders {\n  goal \"Arrive", StringComparison.Ordinal));
        errors.ShouldBeEmpty();
        var map = model.EmpathyMaps.Single();
        map.PersonaIn(model).ShouldBeNull();
        map.SegmentNameIn(model).ShouldBe("riders");
    }

    [Fact]
    public void An_unknown_name_after_for_is_CV002_with_the_close_persona_offered()
    {
        var (_, errors) = Bind(Canvas.Replace("empathymap ana_rain for ana", "empathymap ana_rain for anna", StringComparison.Ordinal));
        var error = errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CV002");
        error.Message.ShouldContain("no persona or segment named `anna`");
        error.Fixes.ShouldContain(f => f.Title == "Change to `ana`");
    }

    [Fact]
    public void A_map_for_a_test_is_CV004()
    {
        var (_, errors) = Bind(Canvas.Replace("empathymap ana_rain for ana", "empathymap ana_rain for survey", StringComparison.Ordinal));
        var error = errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CV004");
        error.Message.ShouldContain("an empathy map is for a persona or a segment, but `survey` is a test card");
    }

    [Fact]
    public void The_goal_is_given_once_while_the_sections_repeat()
    {
        var (_, errors) = Bind(Canvas.Replace("  see \"Puddles", "  goal \"Stay dry\"\n  see \"Puddles", StringComparison.Ordinal));
        var error = errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CV008");
        error.Message.ShouldContain("`goal` is given twice on this empathy map");

        // A persona's goals still repeat: the word repeats in one block and not in the other.
        Bind(Canvas.Replace("  goal \"Reach work dry\"", "  goal \"Reach work dry\"\n  goal \"Keep the bike safe\"", StringComparison.Ordinal)).Errors.ShouldBeEmpty();
    }
}
