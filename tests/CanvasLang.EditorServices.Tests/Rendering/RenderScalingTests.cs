using System.Text;
using CanvasLang.EditorServices.Rendering;

namespace CanvasLang.EditorServices.Tests.Rendering;

/// <summary>
/// Rendering grows linearly with the text it draws (issue 14, item 4: an unbroken word of 16,000
/// characters took over 22 s, 5,000 entries 15 s). Counted in characters measured, not timed, so
/// the tests say the same on a busy machine: ten times the text may cost about ten times the work,
/// where the quadratic wrap cost a hundred.
/// </summary>
public class RenderScalingTests
{
    [Fact]
    public void Wrapping_a_word_costs_in_proportion_to_its_length()
    {
        var (small, smallLines) = Wrapped(new string('m', 20_000));
        var (large, largeLines) = Wrapped(new string('m', 200_000));
        (large / (double)small).ShouldBeLessThan(12);
        Math.Abs(largeLines - smallLines * 10).ShouldBeLessThanOrEqualTo(10);
    }

    [Fact]
    public void Wrapping_keeps_every_character_and_fits_each_line()
    {
        var text = "Riders " + new string('w', 3_000) + " then  short words and one more " + new string('é', 500);
        var lines = TextMetrics.Wrap(text, 12, 150);
        string.Join(' ', lines).Replace(" ", string.Empty, StringComparison.Ordinal).ShouldBe(text.Replace(" ", string.Empty, StringComparison.Ordinal));
        lines.ShouldAllBe(l => TextMetrics.Width(l, 12, false) <= 150 || l.Length == 1);
        lines.Count.ShouldBe(TextMetrics.LineCount(text, 12, 150));
        lines[0].ShouldBe("Riders");
    }

    [Fact]
    public void Drawing_a_long_unbroken_word_costs_in_proportion_to_its_length()
    {
        var small = Measured(() => Render(Canvas(new string('a', 1_600))));
        var large = Measured(() => Render(Canvas(new string('a', 16_000))));
        (large / (double)small).ShouldBeLessThan(15);
    }

    [Fact]
    public void Drawing_many_entries_in_one_area_costs_in_proportion_to_their_number()
    {
        var small = Measured(() => Render(Pains(250)));
        var large = Measured(() => Render(Pains(2_500)));
        (large / (double)small).ShouldBeLessThan(15);
    }

    [Fact]
    public void A_cancelled_render_stops_with_the_cancellation()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var analysis = RenderSamples.Analyze(Pains(50));
        Should.Throw<OperationCanceledException>(() => CanvasRenderer.RenderSvg(analysis, cancellation: cancellation.Token));
        Should.Throw<OperationCanceledException>(() => CanvasRenderer.RenderHtml(analysis, cancellation: cancellation.Token));
    }

    private static (long Measured, int Lines) Wrapped(string word)
    {
        var lines = 0;
        var measured = Measured(() => lines = TextMetrics.Wrap(word, 12, 200).Count);
        return (measured, lines);
    }

    private static long Measured(Action action)
    {
        var before = TextMetrics.MeasuredCharacters;
        action();
        return TextMetrics.MeasuredCharacters - before;
    }

    private static void Render(string canvas) => CanvasRenderer.RenderSvg(RenderSamples.Analyze(canvas)).ShouldStartWith("<svg");

    private static string Canvas(string text) => $"segment riders \"Riders\"\nprofile riders {{\n  pain flat \"{text}\"\n}}\n";

    private static string Pains(int count)
    {
        var s = new StringBuilder("segment riders \"Riders\"\nprofile riders {\n");
        for (var i = 0; i < count; i++)
        {
            s.Append($"  pain p{i} \"Flat tyre number {i} on the way to the {(i % 3 == 0 ? "station before the early train" : "office")}\" severity high\n");
        }

        return s.Append("}\n").ToString();
    }
}
