using CanvasLang.Semantics.Model;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>
/// An empathy map as Gray's updated map on a 6 × 9 grid of short rows: the goal across the top in one
/// row; what they hear on
/// the left and see on the right of the head, which holds what they think and feel; what they say and
/// do below it; pains and gains at the bottom.
/// </summary>
internal static class EmpathyMapLayout
{
    // Named apart from the profile's areas ("pains"), which are drawn in the circle.
    private static readonly GridBlock[] Blocks =
    [
        new("empathy-goal", "Goal: what do they need to do?", 0, 0, 6, 1),
        new("empathy-hear", "Hear", 0, 1, 2, 4),
        new("empathy-think", "Think", 2, 1, 2, 2),
        new("empathy-feel", "Feel", 2, 3, 2, 2),
        new("empathy-see", "See", 4, 1, 2, 4),
        new("empathy-say", "Say", 0, 5, 3, 2),
        new("empathy-do", "Do", 3, 5, 3, 2),
        new("empathy-pains", "Pains", 0, 7, 3, 2),
        new("empathy-gains", "Gains", 3, 7, 3, 2),
    ];

    /// <summary>The maps to draw: all of the file's own, or those of one segment (directly or through its persona).</summary>
    public static IEnumerable<EmpathyMap> ToDraw(SemanticModel model, string? segment) =>
        model.OwnEmpathyMaps.Where(m => segment is null || m.SegmentNameIn(model) == segment);

    public static Sheet Sheet(SemanticModel model, EmpathyMap map, double top, double width, NoteMeasurer measurer)
    {
        var items = Blocks.ToDictionary(b => b.Block, _ => new List<NoteContent>());
        var index = 0;
        foreach (var field in map.Syntax.Fields)
        {
            if (field.Text is { } text && items.TryGetValue("empathy-" + field.Keyword.Text, out var list))
            {
                var style = field.Keyword.Text switch
                {
                    "pains" => "pain",
                    "gains" => "gain",
                    "goal" => "job",
                    _ => "card",
                };
                list.Add(new NoteContent($"empathy-{map.Name}-{index++}", NoteContents.LineOf(map.Location.Text, field.Span), style, string.Empty, [text.Value]));
            }
        }

        var who = map.ForName is { } name ? $"Empathy map for {name}" : "Empathy map";
        var segment = map.SegmentNameIn(model);
        return GridLayout.Build(SheetKind.EmpathyMap, map.Name, segment is not null && segment != map.ForName ? $"{who} ({segment})" : who, Blocks, (6, 9), items, top, width, measurer, rowHeightAtFirst: 100);
    }
}
