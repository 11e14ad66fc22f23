using System.Text;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Model;

namespace CanvasLang.EditorServices.Export;

/// <summary>A canvas as Markdown for pull requests: one section per segment, tables per area with fit, then cards and business models.</summary>
public static class CanvasMarkdownExporter
{
    public static string Export(AnalysisResult analysis)
    {
        var model = analysis.Model;
        var s = new StringBuilder();
        var title = analysis.Tree.Declarations.OfType<Syntax.Tree.TitleSyntax>().FirstOrDefault()?.Text?.Value;
        s.Append("# ").Append(Cell(title ?? Path.GetFileNameWithoutExtension(analysis.Tree.Path))).Append("\n\n");
        var segments = model.OwnProfiles.Select(p => p.SegmentName).Concat(model.OwnValueMaps.Select(v => v.SegmentName)).Distinct();
        foreach (var segment in segments)
        {
            s.Append("## Segment `").Append(segment).Append("`\n\n");
            if (model.Segments.GetValueOrDefault(segment)?.Description is { } description)
            {
                s.Append(Cell(description)).Append("\n\n");
            }

            foreach (var statement in model.OwnStatements.Where(st => st.SegmentName == segment))
            {
                s.Append("> ").Append(Cell(statement.Text)).Append("\n\n");
            }

            var profile = model.ProfileOf(segment);
            var valueMap = model.ValueMapOf(segment);
            s.Append("### Customer profile\n\n");
            Table(s, model, "Jobs", profile?.Jobs, "Importance", valueMap is not null);
            Table(s, model, "Pains", profile?.Pains, "Severity", valueMap is not null);
            Table(s, model, "Gains", profile?.Gains, "Relevance", valueMap is not null);
            s.Append("### Value map\n\n");
            Table(s, model, "Products and services", valueMap?.Offers, "Relevance", true);
            Table(s, model, "Pain relievers", valueMap?.Relievers, "Relevance", true);
            Table(s, model, "Gain creators", valueMap?.Creators, "Relevance", true);
        }

        Cards(s, model);
        People(s, model);
        Swots(s, model);
        MetricsTables(s, model);
        foreach (var bm in model.OwnBusinessModels)
        {
            s.Append("## Business model `").Append(bm.Name).Append("`\n\n| Block | Items |\n| --- | --- |\n");
            foreach (var block in bm.Syntax.Blocks)
            {
                var items = block.References.Select(r => $"`{r.Text}`").Concat(block.Items.Select(i => Cell(i.Value)));
                s.Append("| ").Append(block.Keyword.Text).Append(" | ").Append(string.Join("; ", items)).Append(" |\n");
            }

            s.Append('\n');
        }

        if (analysis.Diagnostics.Length > 0)
        {
            s.Append("## Findings\n\n");
            foreach (var d in analysis.Diagnostics)
            {
                var line = analysis.Tree.Text.GetPosition(d.Span.Start).Line + 1;
                s.Append("- **").Append(d.Severity.ToString().ToLowerInvariant()).Append("** ").Append(d.Code)
                    .Append(" (line ").Append(line).Append("): ").Append(Cell(d.Message)).Append('\n');
            }

            s.Append('\n');
        }

        return s.ToString().TrimEnd() + "\n";
    }

    private static void Table(StringBuilder s, SemanticModel model, string heading, IEnumerable<Entry>? entries, string levelName, bool showFit)
    {
        var list = entries?.ToList() ?? [];
        s.Append("**").Append(heading).Append("**");
        if (list.Count == 0)
        {
            s.Append(": none\n\n");
            return;
        }

        s.Append("\n\n| Id | Kind | Text | ").Append(levelName).Append(" | Rank |").Append(showFit ? " Fit |" : string.Empty).Append('\n');
        s.Append("| --- | --- | --- | --- | --- |").Append(showFit ? " --- |" : string.Empty).Append('\n');
        foreach (var e in list)
        {
            s.Append("| ").Append(e.Id is null ? string.Empty : $"`{e.Id}`").Append(" | ").Append(e.KindLabel)
                .Append(e.Role is { } role ? $" (as {role})" : string.Empty)
                .Append(" | ").Append(Cell(e.Text)).Append(" | ").Append(e.LevelAttribute?.Value?.Text ?? string.Empty)
                .Append(" | ").Append(e.Order?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)
                .Append(e.HeardIn.IsEmpty ? string.Empty : $" · heard in {string.Join(", ", e.HeardIn.Select(n => $"`{n.Text}`"))}").Append(" |");
            if (showFit)
            {
                var linked = e.IsProfileEntry ? model.AddressersOf(e) : model.TargetsOf(e);
                var names = string.Join(", ", linked.Select(l => l.Id is null ? Entry.Shorten(l.Text, 24) : $"`{l.Id}`"));
                s.Append(' ').Append(linked.Length > 0 ? $"✓ {(e.IsProfileEntry ? "by" : "→")} {names}" : e.IsProfileEntry ? "not addressed" : "matches nothing").Append(" |");
            }

            s.Append('\n');
        }

        s.Append('\n');
    }

    private static void Cards(StringBuilder s, SemanticModel model)
    {
        foreach (var test in model.OwnTests)
        {
            s.Append("## Test card `").Append(test.Name).Append('`').Append(test.SegmentName is { } seg ? $" for `{seg}`" : string.Empty).Append("\n\n");
            foreach (var f in test.Syntax.Fields)
            {
                s.Append("- **").Append(f.Keyword.Text).Append("**: ").Append(Cell(f.Text?.Value ?? f.Value?.Text ?? string.Empty)).Append('\n');
            }

            s.Append('\n');
        }

        foreach (var learning in model.Learnings.Where(l => model.IsOwnPath(l.Location.Path)))
        {
            s.Append("## Learning card `").Append(learning.Name).Append("` from `").Append(learning.TestName).Append("`\n\n");
            foreach (var f in learning.Syntax.Fields)
            {
                s.Append("- **").Append(f.Keyword.Text).Append("**: ").Append(Cell(f.Text?.Value ?? f.Value?.Text ?? string.Empty)).Append('\n');
            }

            s.Append('\n');
        }
    }

    /// <summary>Interviews, then personas (language 1.1): who was heard and what they said; who the team designs for, grouped by field.</summary>
    private static void People(StringBuilder s, SemanticModel model)
    {
        foreach (var positioning in model.OwnPositionings)
        {
            s.Append("## Positioning `").Append(positioning.Name).Append("`\n\n> ").Append(Cell(positioning.Sentence())).Append("\n\n");
            if (positioning.Text("proof") is { } proof)
            {
                s.Append("**Proof**: ").Append(Cell(proof)).Append("\n\n");
            }
        }

        if (model.OwnAssumptions.Any())
        {
            s.Append("## Assumptions\n\n| Assumption | Segment | Type | Belief | Importance | Evidence | Tested by |\n| --- | --- | --- | --- | --- | --- | --- |\n");
            foreach (var a in model.OwnAssumptions)
            {
                var testedBy = model.Tests.Where(t => t.Tests.Any(n => n.Text == a.Name)).Select(t => $"`{t.Name}`");
                s.Append("| `").Append(a.Name).Append("` | ").Append(a.SegmentName is { } seg ? $"`{seg}`" : string.Empty).Append(" | ").Append(a.Type).Append(" | ")
                    .Append(Cell(a.Belief ?? string.Empty)).Append(" | ").Append(a.Syntax.Fields.FirstOrDefault(f => f.Keyword.Text == "importance")?.Value?.Text).Append(" | ")
                    .Append(a.Evidence).Append(" | ").Append(string.Join(", ", testedBy)).Append(" |\n");
            }

            s.Append('\n');
        }

        foreach (var interview in model.OwnInterviews)
        {
            s.Append("## Interview `").Append(interview.Name).Append('`').Append(interview.SegmentName is { } seg ? $" for `{seg}`" : string.Empty)
                .Append(interview.Date is { } date ? $" · {date:yyyy-MM-dd}" : string.Empty).Append("\n\n");
            if (interview.Who is { } who)
            {
                s.Append(Cell(who)).Append("\n\n");
            }

            foreach (var (kind, text) in interview.Heard)
            {
                s.Append("- **heard ").Append(kind).Append("**: ").Append(Cell(text)).Append('\n');
            }

            interview.Texts("quote").ToList().ForEach(q => s.Append("- **quote**: “").Append(Cell(q)).Append("”\n"));
            interview.Texts("note").ToList().ForEach(n => s.Append("- **note**: ").Append(Cell(n)).Append('\n'));
            s.Append('\n');
        }

        if (!model.OwnPersonas.Any())
        {
            return;
        }

        s.Append("## Personas\n\n");
        foreach (var persona in model.OwnPersonas)
        {
            s.Append("### `").Append(persona.Name).Append('`').Append(persona.SegmentName is { } seg ? $" for `{seg}`" : string.Empty).Append("\n\n");
            foreach (var (keyword, label) in new[] { ("trait", "Traits"), ("goal", "Goals"), ("frustration", "Frustrations"), ("behaviour", "Behaviours"), ("quote", "Quotes") })
            {
                var texts = persona.Texts(keyword).ToList();
                if (texts.Count > 0)
                {
                    s.Append("**").Append(label).Append("**\n\n").Append(string.Concat(texts.Select(t => $"- {Cell(t)}\n"))).Append('\n');
                }
            }

            var basedOn = persona.BasedOn.Select(n => $"`{n.Text}`").ToList();
            s.Append("**Based on**: ").Append(basedOn.Count > 0 ? string.Join(", ", basedOn) : "nothing yet").Append("\n\n");
        }

        EmpathyMaps(s, model);
    }

    /// <summary>Each empathy map as its goal and one list per section, outside (see, say, do, hear) before inside.</summary>
    private static void EmpathyMaps(StringBuilder s, SemanticModel model)
    {
        foreach (var map in model.OwnEmpathyMaps)
        {
            s.Append("## Empathy map `").Append(map.Name).Append('`').Append(map.ForName is { } who ? $" for `{who}`" : string.Empty).Append("\n\n");
            if (map.Goal?.Text?.Value is { } goal)
            {
                s.Append("**Goal**: ").Append(Cell(goal)).Append("\n\n");
            }

            foreach (var section in EmpathyMap.Outside.Concat(EmpathyMap.Inside))
            {
                var items = map.Items(section).Select(f => f.Text!.Value).ToList();
                if (items.Count > 0)
                {
                    s.Append("**").Append(EmpathyMap.Label(section)).Append("**\n\n").Append(string.Concat(items.Select(t => $"- {Cell(t)}\n"))).Append('\n');
                }
            }
        }
    }

    /// <summary>Each SWOT analysis (1.1): the four quadrants, internal first, then the actions and what they pair.</summary>
    private static void Swots(StringBuilder s, SemanticModel model)
    {
        var quadrants = new[]
        {
            (SwotQuadrant.Strengths, "Strengths", "internal, helpful"),
            (SwotQuadrant.Weaknesses, "Weaknesses", "internal, harmful"),
            (SwotQuadrant.Opportunities, "Opportunities", "external, helpful"),
            (SwotQuadrant.Threats, "Threats", "external, harmful"),
        };
        foreach (var swot in model.OwnSwots)
        {
            s.Append("## SWOT `").Append(swot.Name).Append('`').Append(swot.SegmentName is { } seg ? $" for `{seg}`" : string.Empty).Append("\n\n");
            foreach (var (quadrant, heading, side) in quadrants)
            {
                Items(s, $"{heading}** ({side})", swot.In(quadrant), _ => string.Empty);
            }

            Items(s, "Actions**", swot.Actions, a => swot.Paired(a).Select(p => p.Id).ToList() is { Count: > 0 } paired ? $" · pairs {string.Join(", ", paired.Select(p => $"`{p}`"))}" : string.Empty);
        }

        static void Items(StringBuilder s, string heading, IEnumerable<SwotItem> items, Func<SwotItem, string> after)
        {
            var list = items.ToList();
            s.Append("**").Append(heading);
            if (list.Count == 0)
            {
                s.Append(": none\n\n");
                return;
            }

            s.Append("\n\n");
            foreach (var item in list)
            {
                s.Append("- ").Append(item.Id is { } id ? $"`{id}` " : string.Empty).Append(Cell(item.Text))
                    .Append(item.Priority is { } p ? $" · priority {p}" : string.Empty).Append(after(item)).Append('\n');
            }

            s.Append('\n');
        }
    }

    /// <summary>Each metrics block (1.1) as a table: metric, description, target, every, tracks.</summary>
    private static void MetricsTables(StringBuilder s, SemanticModel model)
    {
        foreach (var metrics in model.OwnMetrics)
        {
            s.Append("## Metrics `").Append(metrics.Name).Append('`').Append(metrics.SegmentName is { } seg ? $" for `{seg}`" : string.Empty).Append("\n\n");
            if (metrics.Items.IsEmpty)
            {
                s.Append("No metric yet.\n\n");
                continue;
            }

            s.Append("| Metric | Description | Target | Every | Tracks |\n| --- | --- | --- | --- | --- |\n");
            foreach (var metric in metrics.Items)
            {
                s.Append("| ").Append(metric.Id is { } id ? $"`{id}`" : string.Empty)
                    .Append(" | ").Append(Cell(metric.Text))
                    .Append(" | ").Append(metric.Target is { } target ? Cell(target) : "—")
                    .Append(" | ").Append(metric.Every ?? "—")
                    .Append(" | ").Append(metric.Tracks.Length == 0 ? "—" : string.Join(", ", metric.Tracks.Select(t => $"`{t.Text}`")))
                    .Append(" |\n");
            }

            s.Append('\n');
        }
    }

    /// <summary>Text safe inside a Markdown table cell: pipes escaped, no line breaks.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
