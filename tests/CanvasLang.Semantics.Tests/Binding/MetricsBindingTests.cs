using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Tests.Binding;

/// <summary>Language 1.1's offering metrics: items with ids in the one scope, target, period and what `tracks` names.</summary>
public sealed class MetricsBindingTests
{
    private const string Canvas = """
        segment riders "People who cycle to work"
        positioning van_pos for riders {
          need "a bike that works on Monday morning"
        }
        assumption pays_for_speed for riders {
          type viability
          belief "Riders pay 10 euros more for a repair at the office"
        }
        test door_flyer for riders {
          hypothesis "Riders book a repair from a flyer at the office door"
        }
        metrics van_metrics for riders {
          metric fixed "Repairs finished within the working day" target "at least 90 %" every week tracks van_pos, door_flyer
          metric "Riders who book again within a year" target "one in three" every quarter tracks riders, pays_for_speed
          metric untracked "Vans on the road each morning"
        }
        metrics empty {
        }
        """;

    private static (SemanticModel Model, List<Diagnostic> Errors) Bind(string text)
    {
        var tree = SyntaxTree.Parse(text, Path.Combine(Path.GetTempPath(), "metrics-test.canvas"));
        var (model, diagnostics) = Binder.Bind(tree, new FileSystemDocumentSource());
        return (model, [.. tree.Diagnostics, .. diagnostics]);
    }

    private static string At(string text, Diagnostic d) => text.Substring(d.Span.Start, d.Span.Length);

    [Fact]
    public void Metrics_bind_their_targets_periods_and_tracked_declarations_without_errors()
    {
        var (model, errors) = Bind(Canvas);
        errors.ShouldBeEmpty();
        model.Metrics.Select(m => m.Name).ShouldBe(["van_metrics", "empty"]);
        var block = model.Metrics[0];
        block.SegmentName.ShouldBe("riders");
        block.Title.ShouldBe("metrics `van_metrics`");
        var fixedOnDay = block.Items[0];
        fixedOnDay.Id.ShouldBe("fixed");
        fixedOnDay.Target.ShouldBe("at least 90 %");
        fixedOnDay.TargetToken!.Text.ShouldBe("\"at least 90 %\"");
        fixedOnDay.Every.ShouldBe("week");
        fixedOnDay.Tracks.Select(t => t.Text).ShouldBe(["van_pos", "door_flyer"]);
        fixedOnDay.Label.ShouldBe("metric `fixed`");
        block.Items[1].Label.ShouldBe("metric \"Riders who book again within a year\"");
        block.Items[2].Target.ShouldBeNull();
        block.Items[2].Every.ShouldBeNull();
        block.Items[2].Tracks.ShouldBeEmpty();
        model.Metrics[1].SegmentName.ShouldBeNull();
        model.Metrics[1].Items.ShouldBeEmpty();
        model.Symbols["van_metrics"].Kind.ShouldBe(SymbolKind.Metrics);
        model.Symbols["fixed"].Kind.ShouldBe(SymbolKind.Metric);
        model.ResolvedNames.Keys.Select(n => n.Text).ShouldContain("pays_for_speed");
        model.ResolvedNames.Keys.Select(n => n.Text).ShouldContain("door_flyer");
    }

    [Fact]
    public void An_unknown_tracked_name_is_reported_with_the_closest_declaration()
    {
        var text = Canvas.Replace("tracks van_pos, door_flyer", "tracks van_pso, door_flyer", StringComparison.Ordinal);
        var error = Bind(text).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("CV002");
        At(text, error).ShouldBe("van_pso");
        error.Message.ShouldBe("`tracks van_pso`: no positioning statement, test, segment or assumption named `van_pso`; did you mean `van_pos`?");
        error.Fixes.Single().Edits.Single().NewText.ShouldBe("van_pos");
    }

    [Fact]
    public void Tracks_names_no_metric_and_no_entry()
    {
        var text = Canvas.Replace("tracks van_pos, door_flyer", "tracks untracked, van_metrics", StringComparison.Ordinal);
        var errors = Bind(text).Errors;
        errors.Select(e => (e.Code, At(text, e))).ShouldBe([("CV004", "untracked"), ("CV004", "van_metrics")]);
        errors[0].Message.ShouldStartWith("a metric tracks a positioning statement, a test, a segment or an assumption, but `untracked` is");
    }

    [Fact]
    public void A_metrics_block_for_an_unknown_segment_is_reported() =>
        Bind(Canvas.Replace("metrics van_metrics for riders", "metrics van_metrics for rider", StringComparison.Ordinal)).Errors
            .ShouldHaveSingleItem().Code.ShouldBe("CV007");

    [Theory]
    [InlineData("target \"at least 90 %\" every week", "target \"at least 90 %\" target \"95 %\" every week", "`target` is given twice")]
    [InlineData("every week", "every week every month", "`every` is given twice")]
    [InlineData("every week", "every week priority 1", "`priority` is not an attribute of a metric")]
    public void An_attribute_a_metric_does_not_take_or_takes_once_is_reported(string from, string to, string message)
    {
        var text = Canvas.Replace(from, to, StringComparison.Ordinal);
        Bind(text).Errors.ShouldHaveSingleItem().Message.ShouldContain(message);
    }

    [Fact]
    public void A_metric_id_shares_the_one_scope_with_other_declarations()
    {
        var text = Canvas.Replace("metric untracked", "metric riders", StringComparison.Ordinal);
        Bind(text).Errors.ShouldHaveSingleItem().Code.ShouldBe("CV003");
    }
}
