using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.CodeActions;

/// <summary>
/// The spans of edits already taken by a fix-all, sorted by start, so that testing a new edit against
/// them looks at its neighbours only instead of every edit (fix-all over thousands of findings).
/// </summary>
internal sealed class TakenSpans
{
    private readonly List<TextSpan> spans = [];
    private int longest;

    /// <summary>How many taken spans were compared so far: the work a test can bound without a clock.</summary>
    public long Comparisons { get; private set; }

    /// <summary>Whether <paramref name="span"/> overlaps a taken span, as <see cref="CodeActionService.Overlaps"/> defines it.</summary>
    public bool Overlaps(TextSpan span)
    {
        var at = FirstStartingAtOrAfter(span.Start);

        // Earlier spans reach this one only if they start within the longest taken length before it.
        for (var i = at - 1; i >= 0 && spans[i].Start + longest >= span.Start; i--)
        {
            Comparisons++;
            if (CodeActionService.Overlaps(spans[i], span))
            {
                return true;
            }
        }

        for (var i = at; i < spans.Count && spans[i].Start <= span.End; i++)
        {
            Comparisons++;
            if (CodeActionService.Overlaps(spans[i], span))
            {
                return true;
            }
        }

        return false;
    }

    public void Add(TextSpan span)
    {
        // Fixes come in the order of their findings, so this is nearly always an append.
        var at = spans.Count > 0 && spans[^1].Start <= span.Start ? spans.Count : FirstStartingAtOrAfter(span.Start);
        spans.Insert(at, span);
        longest = Math.Max(longest, span.Length);
    }

    private int FirstStartingAtOrAfter(int start)
    {
        var (low, high) = (0, spans.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = spans[middle].Start < start ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
