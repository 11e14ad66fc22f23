using System.Text;
using CanvasLang.EditorServices.Completion;
using CanvasLang.EditorServices.Documentation;
using CanvasLang.EditorServices.Fit;
using CanvasLang.EditorServices.Navigation;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Hover;

/// <summary>Markdown for the hover, and the span it is about.</summary>
public sealed record HoverInfo(string Markdown, TextSpan Span);

/// <summary>Hovers: a name shows what it names (text, kind, rank, who addresses it; a segment its fit); a keyword explains the canvas term.</summary>
public static class HoverService
{
    public static HoverInfo? Hover(DocumentAnalysis analysis, int offset)
    {
        var tree = analysis.Snapshot.Tree;
        if (tree.IsForeignFormat || TokenScanner.InStringOrComment(tree, offset))
        {
            return null;
        }

        var model = analysis.Result.Model;
        if (SymbolFinder.At(model, offset) is { } occurrence)
        {
            return new HoverInfo(Describe(model, occurrence.Symbol), occurrence.Span);
        }

        var (start, end) = TokenScanner.WordAt(tree.Text.Text, offset);
        if (end > start && TermDocumentation.For(tree.Text.Text[start..end]) is { } doc)
        {
            return new HoverInfo(doc, TextSpan.FromBounds(start, end));
        }

        return null;
    }

    public static string Describe(SemanticModel model, Symbol symbol) => symbol.Target switch
    {
        Entry entry => DescribeEntry(model, entry),
        Segment segment => DescribeSegment(model, segment),
        TestCard test => DescribeTest(model, test),
        LearningCard learning => $"**learning card `{learning.Name}`** from test `{learning.TestName}`\n\n" +
            string.Join("\n\n", learning.Syntax.Fields.Where(f => f.Text is not null).Select(f => $"*{f.Keyword.Text}:* {f.Text!.Value}")),
        BusinessModel bm => $"**business model `{bm.Name}`**\n\nsegments: {string.Join(", ", bm.Segments.Select(s => $"`{s.Text}`"))}",
        Persona persona => DescribePersona(persona),
        EmpathyMap map => DescribeEmpathyMap(map),
        Interview interview => DescribeInterview(model, interview),
        Assumption assumption => DescribeAssumption(model, assumption),
        Positioning positioning => $"**positioning statement `{positioning.Name}`**\n\n{positioning.Sentence()}" +
            (positioning.Text("proof") is { } proof ? $"\n\n*proof:* {proof}" : "\n\nno proof given"),
        Swot swot => DescribeSwot(swot),
        SwotItem item => DescribeSwotItem(model, item),
        MetricsBlock metrics => DescribeMetrics(metrics),
        Metric metric => DescribeMetric(model, metric),
        _ => $"**{symbol.Name}**",
    };

    private static string DescribeMetrics(MetricsBlock metrics)
    {
        var text = new StringBuilder($"**metrics `{metrics.Name}`**");
        if (metrics.SegmentName is { } segment)
        {
            text.Append($" for `{segment}`");
        }

        var count = metrics.Items.Length;
        var targets = metrics.Items.Count(m => m.Target is not null);
        var tracking = metrics.Items.Count(m => m.Tracks.Length > 0);
        text.Append($"\n\n{count} metric{(count == 1 ? string.Empty : "s")}; {targets} with a target, {tracking} tracking a proposition, test, segment or assumption");
        foreach (var metric in metrics.Items)
        {
            text.Append($"\n- {(metric.Id is { } id ? $"`{id}` " : string.Empty)}{Entry.Shorten(metric.Text, 50)}{(metric.Target is { } target ? $" · target {target}" : string.Empty)}{(metric.Every is { } every ? $" · every {every}" : string.Empty)}");
        }

        return text.ToString();
    }

    private static string DescribeMetric(SemanticModel model, Metric metric)
    {
        var block = model.Metrics.FirstOrDefault(m => ReferenceEquals(m.Syntax, metric.Block));
        var text = new StringBuilder($"**metric `{metric.Id}`**");
        if (metric.Every is { } every)
        {
            text.Append($" · every {every}");
        }

        if (block is not null)
        {
            text.Append($" · {block.Title}");
        }

        text.Append($"\n\n> {metric.Text}\n\n");
        text.Append(metric.Target is { } target ? $"*target:* {target}" : "no target given");
        var tracked = metric.Tracks.Select(n => model.Symbols.GetValueOrDefault(n.Text) is { } s ? $"`{n.Text}` ({Navigation.SymbolWords.Kind(s)})" : $"`{n.Text}`").ToList();
        text.Append(tracked.Count == 0 ? "\n\nTracks nothing yet." : "\n\n*tracks:* " + string.Join(", ", tracked));
        return text.ToString();
    }

    private static string DescribeSwot(Swot swot)
    {
        var text = new StringBuilder($"**SWOT `{swot.Name}`**");
        if (swot.SegmentName is { } segment)
        {
            text.Append($" for `{segment}`");
        }

        var counts = Enum.GetValues<SwotQuadrant>().Select(q => (Count: swot.In(q).Count(), Word: Swot.Word(q)))
            .Select(c => $"{c.Count} {(c.Count == 1 ? Singular(c.Word) : c.Word)}");
        var actions = swot.Actions.Count();
        text.Append($"\n\n{string.Join(", ", counts)}; {actions} action{(actions == 1 ? string.Empty : "s")}");
        return text.ToString();
    }

    private static string DescribeSwotItem(SemanticModel model, SwotItem item)
    {
        var swot = model.Swots.FirstOrDefault(s => ReferenceEquals(s.Syntax, item.Swot));
        var text = new StringBuilder($"**{item.Keyword} `{item.Id}`**");
        if (item.Priority is { } priority)
        {
            text.Append($" · priority {priority}");
        }

        text.Append(item.IsInternal ? " · internal" : item.IsExternal ? " · external" : string.Empty);
        if (swot is not null)
        {
            text.Append($" · {swot.Title}");
        }

        text.Append($"\n\n> {item.Text}\n\n");
        if (swot is null)
        {
            return text.ToString().TrimEnd();
        }

        if (item.IsAction)
        {
            var paired = swot.Paired(item).ToList();
            text.Append(paired.Count == 0 ? "Pairs nothing yet." : "Pairs: " + string.Join(", ", paired.Select(p => $"{p.Keyword} `{p.Id}` ({Entry.Shorten(p.Text, 50)})")));
        }
        else
        {
            var actions = swot.Actions.Where(a => swot.Paired(a).Contains(item)).ToList();
            text.Append(actions.Count == 0 ? "No action pairs it yet." : "Paired by: " + string.Join(", ", actions.Select(a => $"action{(a.Id is { } id ? $" `{id}`" : string.Empty)} ({Entry.Shorten(a.Text, 50)})")));
        }

        return text.ToString();
    }

    private static string Singular(string plural) => plural switch
    {
        "opportunities" => "opportunity",
        "weaknesses" => "weakness",
        _ => plural[..^1],
    };

    private static string DescribeEntry(SemanticModel model, Entry entry)
    {
        var text = new StringBuilder();
        text.Append($"**{entry.KindLabel} `{entry.Id}`**");
        if (entry.LevelAttribute is { } level)
        {
            text.Append($" · {level.Keyword.Text} {level.Value?.Text} (rank {entry.Level})");
        }
        else if (entry.IsProfileEntry)
        {
            text.Append(" · unranked");
        }

        if (entry.Order is { } order)
        {
            text.Append($" · rank {order}");
        }

        text.Append($" · segment `{entry.SegmentName}`\n\n> {entry.Text}\n\n");
        if (entry.IsProfileEntry)
        {
            var addressers = model.AddressersOf(entry);
            var verb = entry.Area switch { CanvasArea.Jobs => "Served", CanvasArea.Pains => "Relieved", _ => "Created" };
            text.Append(addressers.IsEmpty
                ? $"Not {verb.ToLowerInvariant()} by anything in the value map."
                : $"{verb} by: " + string.Join(", ", addressers.Select(a => $"{a.KindLabel} `{a.Id}` ({Entry.Shorten(a.Text, 50)})")));
        }
        else
        {
            var targets = model.TargetsOf(entry);
            text.Append(targets.IsEmpty
                ? "Addresses nothing in the profile yet."
                : "Addresses: " + string.Join(", ", targets.Select(t => $"{t.KindLabel} `{t.Id}` ({Entry.Shorten(t.Text, 50)})")));
        }

        return text.ToString();
    }

    private static string DescribeSegment(SemanticModel model, Segment segment)
    {
        var text = new StringBuilder($"**segment `{segment.Name}`**");
        if (segment.Description is { } description)
        {
            text.Append($"\n\n{description}");
        }

        if (!segment.Aliases.IsEmpty)
        {
            text.Append($"\n\n*aka* {string.Join(", ", segment.Aliases.Select(a => $"\"{a}\""))}");
        }

        var profile = model.ProfileOf(segment.Name);
        if (profile is not null)
        {
            text.Append($"\n\nProfile: {profile.Jobs.Count()} jobs, {profile.Pains.Count()} pains, {profile.Gains.Count()} gains");
        }

        text.Append($"\n\n**Fit:** {FitSummary.Of(model, segment.Name).Text}");
        var tests = model.TestsOf(segment.Name).Count();
        if (tests > 0)
        {
            text.Append($"\n\n{tests} test card{(tests == 1 ? string.Empty : "s")}");
        }

        var personas = model.Personas.Where(p => p.SegmentName == segment.Name).Select(p => $"`{p.Name}`").ToList();
        if (personas.Count > 0)
        {
            text.Append($"\n\npersona{(personas.Count == 1 ? string.Empty : "s")}: {string.Join(", ", personas)}");
        }

        return text.ToString();
    }

    private static string DescribeAssumption(SemanticModel model, Assumption assumption)
    {
        var text = new StringBuilder($"**assumption `{assumption.Name}`**");
        if (assumption.SegmentName is { } segment)
        {
            text.Append($" for `{segment}`");
        }

        var facts = new[] { assumption.Type, assumption.Syntax.Fields.FirstOrDefault(f => f.Keyword.Text == "importance")?.Value?.Text is { } i ? $"importance {i}" : null,
            assumption.Evidence is { } e ? $"evidence {e}" : null }.OfType<string>().ToList();
        if (facts.Count > 0)
        {
            text.Append(" · ").Append(string.Join(" · ", facts));
        }

        if (assumption.Belief is { } belief)
        {
            text.Append($"\n\n*belief:* {belief}");
        }

        var tests = model.Tests.Where(t => t.Tests.Any(n => n.Text == assumption.Name)).Select(t => $"`{t.Name}`").ToList();
        text.Append(tests.Count > 0 ? $"\n\ntested by {string.Join(", ", tests)}" : "\n\nno test yet");
        return text.ToString();
    }

    private static string DescribeInterview(SemanticModel model, Interview interview)
    {
        var text = new StringBuilder($"**interview `{interview.Name}`**");
        if (interview.SegmentName is { } segment)
        {
            text.Append($" for `{segment}`");
        }

        if (interview.Date is { } date)
        {
            text.Append($" · {date:yyyy-MM-dd}");
        }

        if (interview.Who is { } who)
        {
            text.Append($"\n\n{who}");
        }

        foreach (var (kind, heard) in interview.Heard)
        {
            text.Append($"\n\n*heard {kind}:* {heard}");
        }

        var cited = model.Profiles.Values.SelectMany(p => p.Entries).Count(e => e.HeardIn.Any(n => n.Text == interview.Name));
        text.Append($"\n\ncited by {cited} profile entr{(cited == 1 ? "y" : "ies")}");
        return text.ToString();
    }

    private static string DescribeEmpathyMap(EmpathyMap map)
    {
        var text = new StringBuilder($"**empathy map `{map.Name}`**");
        if (map.ForName is { } who)
        {
            text.Append($" for `{who}`");
        }

        text.Append(map.Goal?.Text?.Value is { } goal ? $"\n\n*goal:* {goal}" : "\n\nno goal yet");
        var counts = EmpathyMap.Outside.Concat(EmpathyMap.Inside).Select(s => (Section: s, Count: map.Items(s).Count())).ToList();
        text.Append("\n\n").Append(string.Join(" · ", counts.Select(c => $"{c.Section} {c.Count}")));
        return text.ToString();
    }

    private static string DescribePersona(Persona persona)
    {
        var text = new StringBuilder($"**persona `{persona.Name}`**");
        if (persona.SegmentName is { } segment)
        {
            text.Append($" for `{segment}`");
        }

        if (persona.Texts("trait").FirstOrDefault() is { } trait)
        {
            text.Append($" · {trait}");
        }

        foreach (var field in new[] { "goal", "frustration", "behaviour", "quote" })
        {
            foreach (var value in persona.Texts(field))
            {
                text.Append($"\n\n*{field}:* {value}");
            }
        }

        var basedOn = persona.BasedOn.Select(n => $"`{n.Text}`").ToList();
        text.Append(basedOn.Count > 0 ? $"\n\nbased on {string.Join(", ", basedOn)}" : "\n\nbased on no evidence yet");
        return text.ToString();
    }

    private static string DescribeTest(SemanticModel model, TestCard test)
    {
        var text = new StringBuilder($"**test card `{test.Name}`**");
        if (test.SegmentName is { } segment)
        {
            text.Append($" for `{segment}`");
        }

        if (test.Status is { } status)
        {
            text.Append($" · {status}");
        }

        foreach (var field in new[] { "hypothesis", "experiment", "metric", "criteria" })
        {
            if (test.Field(field)?.Text?.Value is { } value)
            {
                text.Append($"\n\n*{field}:* {value}");
            }
        }

        var learnings = model.Learnings.Where(l => l.TestName == test.Name).Select(l => $"`{l.Name}`").ToList();
        if (learnings.Count > 0)
        {
            text.Append($"\n\nLearning cards: {string.Join(", ", learnings)}");
        }

        return text.ToString();
    }
}
