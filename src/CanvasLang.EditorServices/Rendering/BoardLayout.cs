using System.Collections.Immutable;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>Business models as the nine-block grid; interviews, test and learning cards as cards in columns.</summary>
internal static class BoardLayout
{
    // On a 10 × 3 grid (the usual business model canvas).
    private static readonly GridBlock[] Blocks =
    [
        new("partners", "Key partners", 0, 0, 2, 2),
        new("activities", "Key activities", 2, 0, 2, 1),
        new("resources", "Key resources", 2, 1, 2, 1),
        new("propositions", "Value propositions", 4, 0, 2, 2),
        new("relationships", "Customer relationships", 6, 0, 2, 1),
        new("channels", "Channels", 6, 1, 2, 1),
        new("segments", "Customer segments", 8, 0, 2, 2),
        new("costs", "Cost structure", 0, 2, 5, 1),
        new("revenue", "Revenue streams", 5, 2, 5, 1),
    ];

    public static Sheet BusinessModel(SemanticModel model, BusinessModel businessModel, double top, double width, NoteMeasurer measurer)
    {
        var text = businessModel.Location.Text;
        var items = Blocks.ToDictionary(b => b.Block, _ => new List<NoteContent>());
        var index = 0;
        foreach (var block in businessModel.Syntax.Blocks)
        {
            if (!items.TryGetValue(block.Keyword.Text, out var list))
            {
                continue;
            }

            foreach (var reference in block.References)
            {
                var description = model.Segments.GetValueOrDefault(reference.Text)?.Description;
                list.Add(new NoteContent($"bm-{businessModel.Name}-{index++}", NoteContents.LineOf(text, reference.Span), "offer",
                    reference.Text, description is null ? [] : [description]));
            }

            foreach (var item in block.Items)
            {
                list.Add(new NoteContent($"bm-{businessModel.Name}-{index++}", NoteContents.LineOf(text, item.Span), "gain", string.Empty, [item.Value]));
            }
        }

        return GridLayout.Build(SheetKind.BusinessModel, businessModel.Name, "Business model", Blocks, (10, 3), items, top, width, measurer);
    }

    /// <summary>The evidence cards (of one segment when asked): interviews, tests and learnings, in that order; null when there are none.</summary>
    public static Sheet? Cards(SemanticModel model, string? segment, double top, double width, NoteMeasurer measurer)
    {
        var positionings = model.OwnPositionings.Where(p => segment is null || p.SegmentName == segment).ToList();
        var assumptions = model.OwnAssumptions.Where(a => segment is null || a.SegmentName == segment).ToList();
        var interviews = model.OwnInterviews.Where(i => segment is null || i.SegmentName == segment).ToList();
        var tests = model.OwnTests.Where(t => segment is null || t.SegmentName == segment).ToList();
        var testNames = tests.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var learnings = model.Learnings.Where(l => model.IsOwnPath(l.Location.Path) && (segment is null || testNames.Contains(l.TestName ?? string.Empty))).ToList();
        if (positionings.Count == 0 && assumptions.Count == 0 && interviews.Count == 0 && tests.Count == 0 && learnings.Count == 0)
        {
            return null;
        }

        var notes = positionings.Select(PositioningNote).Concat(assumptions.Select(AssumptionNote)).Concat(interviews.Select(InterviewNote)).Concat(tests.Select(TestNote)).Concat(learnings.Select(LearningNote)).ToList();
        var box = new Rect(CanvasLayout.Margin, top + CanvasLayout.TitleBand, width - 2 * CanvasLayout.Margin, 0);
        var region = CanvasLayout.NoteRegion(box with { Height = 100000 });
        var packed = NotePacker.Pack(region with { Width = region.Width }, notes, measurer, growDown: true) ?? [];
        var bottom = packed.Length == 0 ? region.Y : packed.Max(n => n.Box.Bottom);
        box = box with { Height = bottom + CanvasLayout.AreaPadding - box.Y };
        region = region with { Height = bottom - region.Y };
        var what = Heading(positionings.Count > 0, assumptions.Count > 0, interviews.Count > 0, tests.Count + learnings.Count > 0);
        var area = new AreaBox("cards", positionings.Count + assumptions.Count + interviews.Count == 0 ? "Test and learning cards" : "Positioning, assumptions and evidence", box, region, packed);
        var bounds = new Rect(0, top, width, box.Bottom - top + CanvasLayout.Margin / 2);
        return new Sheet(SheetKind.Cards, segment is null ? what : $"{what}: {segment}", null, bounds, [area]);
    }

    // "Assumptions, interviews, tests and learnings", naming only what the sheet holds.
    private static string Heading(bool positionings, bool assumptions, bool interviews, bool cards)
    {
        var parts = new[] { positionings ? "positioning" : null, assumptions ? "assumptions" : null, interviews ? "interviews" : null, cards ? "tests and learnings" : null }.OfType<string>().ToList();
        var text = parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + (parts[^1] == "tests and learnings" ? ", " : " and ") + parts[^1];
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static NoteContent PositioningNote(Positioning positioning) =>
        Card($"positioning-{positioning.Name}", positioning.Syntax, positioning.Location.Text, Join("Positioning", positioning.Name),
            [positioning.Sentence(), Labelled("Proof", positioning.Text("proof"))], "card");

    private static NoteContent AssumptionNote(Assumption assumption)
    {
        var importance = assumption.Syntax.Fields.FirstOrDefault(f => f.Keyword.Text == "importance")?.Value?.Text;
        var header = Join("Assumption", assumption.Name, assumption.SegmentName is { } s ? $"for {s}" : null, assumption.Type);
        var paragraphs = new[]
        {
            Labelled("We believe that", assumption.Belief),
            Join(Labelled("Importance", importance), Labelled("Evidence", assumption.Evidence)),
        };
        return Card($"assumption-{assumption.Name}", assumption.Syntax, assumption.Location.Text, header, paragraphs, "card");
    }

    private static NoteContent InterviewNote(Interview interview)
    {
        var header = Join("Interview", interview.Name, interview.SegmentName is { } s ? $"for {s}" : null, interview.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var paragraphs = new[] { interview.Who }
            .Concat(interview.Heard.Select(h => Labelled($"Heard ({h.Kind})", h.Text)))
            .Concat(interview.Texts("quote").Select(q => $"“{q}”"))
            .Concat(interview.Texts("note").Select(n => Labelled("Note", n)));
        return Card($"interview-{interview.Name}", interview.Syntax, interview.Location.Text, header, [.. paragraphs], "learning");
    }

    private static NoteContent TestNote(TestCard test)
    {
        string? Field(string keyword) => test.Field(keyword) is { } f ? f.Text?.Value ?? f.Value?.Text : null;
        var header = Join("Test card", test.Name, test.SegmentName is { } s ? $"for {s}" : null, Field("status"),
            Field("priority") is { } p ? $"priority {p}" : null);
        var paragraphs = new[]
        {
            Labelled("We believe that", Field("hypothesis")),
            Labelled("To verify that, we will", Field("experiment")),
            Labelled("And measure", Field("metric")),
            Labelled("We are right if", Field("criteria")),
            Labelled("Cost", Field("cost")),
            Labelled("Reliability", Field("reliability")),
            Join(Labelled("Owner", Field("owner")), Labelled("Due", Field("due"))),
        };
        return Card($"test-{test.Name}", test.Syntax, test.Location.Text, header, paragraphs, "card");
    }

    private static NoteContent LearningNote(LearningCard learning)
    {
        string? Field(string keyword) => learning.Syntax.Fields.FirstOrDefault(f => f.Keyword.Text == keyword) is { } f ? f.Text?.Value ?? f.Value?.Text : null;
        var header = Join("Learning card", learning.Name, learning.TestName is { } t ? $"from {t}" : null);
        var paragraphs = new[]
        {
            Labelled("We observed", Field("observation")),
            Labelled("From that we learned", Field("insight")),
            Labelled("Therefore we will", Field("decision")),
            Join(Labelled("Owner", Field("owner")), Labelled("Date", Field("date"))),
        };
        return Card($"learning-{learning.Name}", learning.Syntax, learning.Location.Text, header, paragraphs, "learning");
    }

    private static NoteContent Card(string key, DeclarationSyntax syntax, Syntax.Text.SourceText text, string header, string?[] paragraphs, string style) =>
        new(key, NoteContents.LineOf(text, syntax.Span), style, header, [.. paragraphs.Where(p => !string.IsNullOrEmpty(p)).Select(p => p!)]);

    private static string? Labelled(string label, string? value) => value is null ? null : $"{label}: {value}";

    private static string Join(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrEmpty(p)));
}
