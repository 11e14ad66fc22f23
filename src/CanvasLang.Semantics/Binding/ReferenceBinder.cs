using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Binding;

/// <summary>
/// Resolves every name reference of the scope: entry links (serves/relieves/creates) in both
/// directions, and segment/test references of the file's own declarations (CV002, CV004, CV007).
/// </summary>
internal sealed class ReferenceBinder(BindingState state)
{
    public Dictionary<Entry, ImmutableArray<Entry>> Targets { get; } = [];

    // Every valid link (target, source) in the order sources are bound; AddressedBy is grouped from it.
    private readonly List<(Entry Target, Entry Source)> links = [];
    private readonly List<Entry> targetsOfSource = [];

    // Keyed by the name's text and span (record equality), so a name from another parse of the same text finds its symbol.
    public Dictionary<NameSyntax, Symbol> ResolvedNames { get; } = [];

    private BinderDiagnostics Diagnostics => state.Diagnostics;

    public void BindAll()
    {
        // Sized once for the references of value-map entries plus one name per declaration.
        var names = state.Root.Declarations.Length;
        foreach (var valueMap in state.ValueMaps.Values)
        {
            foreach (var entry in valueMap.Entries)
            {
                names += entry.References.Length;
            }
        }

        ResolvedNames.EnsureCapacity(names);
        Targets.EnsureCapacity(names);
        foreach (var valueMap in state.ValueMaps.Values)
        {
            foreach (var entry in valueMap.Entries)
            {
                BindEntryReferences(entry);
            }
        }

        new DeclarationResolver(this).VisitAll(state.Root.Declarations);
    }

    /// <summary>Resolves the segment and test names of this file's declarations (entry references are bound above).</summary>
    private sealed class DeclarationResolver(ReferenceBinder binder) : DeclarationWalker
    {
        public override void VisitTitle(TitleSyntax title)
        {
        }

        public override void VisitImport(ImportSyntax import)
        {
        }

        // The segment declares its own name (Binder); there is nothing to resolve.
        public override void VisitSegment(SegmentSyntax segment)
        {
        }

        // A profile or value map shadowed by a duplicate still has its references checked in this file.
        public override void VisitProfile(ProfileSyntax profile)
        {
            Segment(profile.Segment, "profile");
            foreach (var attribute in profile.Entries.SelectMany(e => e.Attributes).Where(a => a.Keyword.Text == "heard"))
            {
                foreach (var name in attribute.References)
                {
                    binder.ResolveEvidence(name, "heard", interviewsOnly: true);
                }
            }
        }

        public override void VisitValueMap(ValueMapSyntax valueMap) => Segment(valueMap.Segment, "valuemap");

        public override void VisitStatement(StatementSyntax statement) => Segment(statement.Segment, "statement");

        public override void VisitTest(TestSyntax test)
        {
            Segment(test.Segment, "test … for");
            foreach (var name in test.Fields.SelectMany(f => f.References))
            {
                binder.ResolveAssumption(name);
            }
        }

        public override void VisitPositioning(PositioningSyntax positioning) => Segment(positioning.Segment, "positioning … for");

        public override void VisitAssumption(AssumptionSyntax assumption) => Segment(assumption.Segment, "assumption … for");

        public override void VisitFitStage(FitStageSyntax fit)
        {
            Segment(fit.Name, "fit");
            foreach (var name in fit.Fields.SelectMany(f => f.References))
            {
                binder.ResolveFitEvidence(name);
            }
        }

        public override void VisitEmpathyMap(EmpathyMapSyntax map)
        {
            if (map.Segment is { } name)
            {
                binder.ResolvePersonaOrSegment(name);
            }
        }

        public override void VisitPurpose(PurposeSyntax purpose) => Segment(purpose.Segment, "purpose customer");

        public override void VisitLearning(LearningSyntax learning)
        {
            if (learning.Test is { } test)
            {
                binder.ResolveTest(test);
            }
        }

        public override void VisitBusinessModel(BusinessModelSyntax model)
        {
            foreach (var block in model.Blocks)
            {
                foreach (var name in block.References)
                {
                    binder.ResolveSegment(name, $"businessmodel {block.Keyword.Text}");
                }
            }
        }

        public override void VisitInterview(InterviewSyntax interview) => Segment(interview.Segment, "interview … for");

        public override void VisitSwot(SwotSyntax swot)
        {
            Segment(swot.Segment, "swot … for");
            foreach (var attribute in swot.Items.SelectMany(i => i.Attributes).Where(a => a.Keyword.Text == "pairs"))
            {
                foreach (var name in attribute.References)
                {
                    binder.ResolvePair(name, swot);
                }
            }
        }

        public override void VisitMetrics(MetricsSyntax metrics)
        {
            Segment(metrics.Segment, "metrics … for");
            foreach (var attribute in metrics.Items.SelectMany(i => i.Attributes).Where(a => a.Keyword.Text == "tracks"))
            {
                foreach (var name in attribute.References)
                {
                    binder.ResolveTracked(name);
                }
            }
        }

        public override void VisitPersona(PersonaSyntax persona)
        {
            Segment(persona.Segment, "persona … for");
            foreach (var name in persona.Fields.SelectMany(f => f.References))
            {
                binder.ResolveEvidence(name, "basedon");
            }
        }

        private void Segment(NameSyntax? name, string context)
        {
            if (name is not null)
            {
                binder.ResolveSegment(name, context);
            }
        }
    }

    private bool IsOwn(Entry entry) => state.Root.Path == entry.Location.Path;

    private void BindEntryReferences(Entry source)
    {
        var link = LanguageTable.Entry(source.Kind).ReferenceAttribute!;
        var (expected, verb) = (Entry.AreaOf(link.Targets[0]), link.Keyword);
        var own = IsOwn(source);
        targetsOfSource.Clear();
        foreach (var name in source.References)
        {
            if (!state.Symbols.TryGetValue(name.Text, out var symbol))
            {
                if (own)
                {
                    ReportUnknownEntry(source, name, expected, verb);
                }

                continue;
            }

            if (own)
            {
                ResolvedNames[name] = symbol;
            }

            if (symbol.Target is not Entry target || target.Area != expected)
            {
                if (own)
                {
                    Diagnostics.WrongKind(name.Span,
                        $"`{verb}` expects {Article.With(AreaWord(expected))}, but `{name.Text}` is {BindingState.Describe(symbol)}",
                        [new RelatedInformation(symbol.Location, $"`{name.Text}` is declared here")]);
                }

                continue;
            }

            if (target.SegmentName != source.SegmentName)
            {
                if (own)
                {
                    Diagnostics.WrongKind(name.Span,
                        $"`{name.Text}` is {Article.With(AreaWord(expected))} of segment `{target.SegmentName}`, not of `{source.SegmentName}`: a value map addresses only its own segment's profile",
                        [new RelatedInformation(symbol.Location, $"`{name.Text}` is declared here")]);
                }

                continue;
            }

            if (!targetsOfSource.Contains(target))
            {
                targetsOfSource.Add(target);
            }
        }

        if (targetsOfSource.Count > 0)
        {
            Targets[source] = [.. targetsOfSource];
            foreach (var target in targetsOfSource)
            {
                links.Add((target, source));
            }
        }
    }

    /// <summary>Who addresses each profile entry, in binding order: grouped by entry ordinal in two passes, no list per entry.</summary>
    public Dictionary<Entry, ImmutableArray<Entry>> AddressedBy()
    {
        var counts = new int[state.EntryCount];
        foreach (var (target, _) in links)
        {
            counts[target.Ordinal]++;
        }

        var groups = new Entry[]?[state.EntryCount];
        var filled = new int[state.EntryCount];
        var table = new Dictionary<Entry, ImmutableArray<Entry>>();
        foreach (var (target, source) in links)
        {
            var group = groups[target.Ordinal];
            if (group is null)
            {
                groups[target.Ordinal] = group = new Entry[counts[target.Ordinal]];
                table.Add(target, ImmutableCollectionsMarshal.AsImmutableArray(group));
            }

            group[filled[target.Ordinal]++] = source;
        }

        return table;
    }

    private void ReportUnknownEntry(Entry source, NameSyntax name, CanvasArea expected, string verb)
    {
        var candidates = state.Profiles.GetValueOrDefault(source.SegmentName)?.Entries
            .Where(e => e.Area == expected && e.Id is not null)
            .Select(e => e.Id!)
            .ToList() ?? [];
        var suggestions = Closest(name.Text, candidates);
        var fixes = ImmutableArray.CreateBuilder<CodeFix>();
        foreach (var suggestion in suggestions)
        {
            fixes.Add(new CodeFix($"Change to `{suggestion}`", [new TextEdit(name.Span, suggestion)]) { IsMechanical = suggestions.Count == 1 });
        }

        if (DeclareStubFix(source.SegmentName, expected, name.Text) is { } declare)
        {
            fixes.Add(declare);
        }

        var hint = suggestions.Count > 0 ? $"did you mean {string.Join(" or ", suggestions.Select(s => $"`{s}`"))}?"
            : $"declare it in the profile of `{source.SegmentName}` or fix the name";
        Diagnostics.UnknownReference(name.Span, $"`{verb} {name.Text}`: no {AreaWord(expected)} named `{name.Text}` in segment `{source.SegmentName}`; {hint}", fixes.ToImmutable(), name.Text);
    }

    /// <summary>"declare pain `queu`": a stub after the profile's last entry of that area, when the profile is in this file.</summary>
    private CodeFix? DeclareStubFix(string segment, CanvasArea area, string id)
    {
        if (!state.Profiles.TryGetValue(segment, out var profile) || profile.Location.Path != state.Root.Path
            || profile.Syntax.CloseBrace is not { } closeBrace || !SyntaxFacts.IsIdentifier(id))
        {
            return null;
        }

        var keyword = AreaWord(area);
        var text = state.Root.Text;
        var anchor = profile.Entries.LastOrDefault(e => e.Area == area) ?? profile.Entries.LastOrDefault();
        string indent;
        int at;
        if (anchor is not null)
        {
            var line = text.LineOf(anchor.Span.End);
            at = text.LineEnd(line);
            // The profile's closing brace on the same line ("gain x \"…\" }"): the stub goes before it.
            if (closeBrace.Span.Start >= anchor.Span.End && closeBrace.Span.Start < at)
            {
                at = anchor.Span.End;
            }

            var lineText = text.LineText(text.LineOf(anchor.Span.Start));
            indent = lineText[..(lineText.Length - lineText.TrimStart().Length)];
        }
        else
        {
            at = profile.Syntax.OpenBrace?.Span.End ?? closeBrace.Span.Start;
            indent = "  ";
        }

        var stub = $"\n{indent}{keyword} {id} \"Describe this {keyword} in the customer's words\"";
        return new CodeFix($"Declare {keyword} `{id}` in the profile of `{segment}`", [new TextEdit(new TextSpan(at, 0), stub)]) { IsMechanical = false };
    }

    private void ResolveSegment(NameSyntax name, string where)
    {
        if (state.Symbols.TryGetValue(name.Text, out var symbol))
        {
            ResolvedNames[name] = symbol;
            if (symbol.Target is not Segment)
            {
                Diagnostics.WrongKind(name.Span, $"`{where}` expects a segment, but `{name.Text}` is {BindingState.Describe(symbol)}",
                    [new RelatedInformation(symbol.Location, $"`{name.Text}` is declared here")]);
            }

            return;
        }

        // A segment declared after a syntax error may carry a string as its name: no reference can be changed to it.
        var suggestions = Closest(name.Text, state.Segments.Keys.Where(SyntaxFacts.IsIdentifier));
        var fixes = ImmutableArray.CreateBuilder<CodeFix>();
        foreach (var suggestion in suggestions)
        {
            fixes.Add(new CodeFix($"Change to `{suggestion}`", [new TextEdit(name.Span, suggestion)]) { IsMechanical = suggestions.Count == 1 });
        }

        if (SyntaxFacts.IsIdentifier(name.Text))
        {
            fixes.Add(new CodeFix($"Declare segment `{name.Text}`",
                [new TextEdit(new TextSpan(SegmentInsertionPoint(), 0), $"segment {name.Text} \"Describe who these customers are\"\n\n")]) { IsMechanical = false });
        }

        var hint = suggestions.Count > 0 ? $"did you mean {string.Join(" or ", suggestions.Select(s => $"`{s}`"))}?" : "declare it with `segment " + name.Text + " \"…\"` or import the file that does";
        Diagnostics.UndeclaredSegment(name.Span, $"segment `{name.Text}` is not declared; {hint}", fixes.ToImmutable());
    }

    /// <summary>Before the first declaration that is not a title or an import.</summary>
    private int SegmentInsertionPoint()
    {
        var declarations = state.Root.Declarations;
        var index = declarations.Select((d, i) => d is TitleSyntax or ImportSyntax or SegmentSyntax ? -1 : i).FirstOrDefault(i => i >= 0, -1);
        if (index < 0)
        {
            return state.Root.Text.Length;
        }

        // The line may begin with the end of the declaration before (a description on a line of its own): not there.
        var first = declarations[index];
        var lineStart = state.Root.Text.LineStart(state.Root.Text.LineOf(first.Span.Start));
        return index > 0 && declarations[index - 1].Span.End > lineStart ? first.Span.Start : lineStart;
    }

    private void ResolveTest(NameSyntax name)
    {
        if (!state.Symbols.TryGetValue(name.Text, out var symbol))
        {
            var suggestions = Closest(name.Text, state.Tests.Select(t => t.Name));
            var fixes = suggestions.Select(s => new CodeFix($"Change to `{s}`", [new TextEdit(name.Span, s)])).ToImmutableArray();
            var hint = suggestions.Count > 0 ? $"did you mean {string.Join(" or ", suggestions.Select(s => $"`{s}`"))}?" : "name a declared test card";
            Diagnostics.UnknownReference(name.Span, $"`from {name.Text}`: no test named `{name.Text}`; {hint}", fixes, name.Text);
            return;
        }

        ResolvedNames[name] = symbol;
        if (symbol.Target is not TestCard)
        {
            Diagnostics.WrongKind(name.Span, $"a learning card comes from a test, but `{name.Text}` is {BindingState.Describe(symbol)}",
                [new RelatedInformation(symbol.Location, $"`{name.Text}` is declared here")]);
        }
    }

    /// <summary>Evidence named by `basedon` (interviews or test cards) or by an entry's `heard` (interviews only).</summary>
    private void ResolveEvidence(NameSyntax name, string verb, bool interviewsOnly = false)
    {
        var what = interviewsOnly ? "interview" : "interview or test card";
        if (!state.Symbols.TryGetValue(name.Text, out var symbol))
        {
            var candidates = state.Interviews.Select(i => i.Name).Concat(interviewsOnly ? [] : state.Tests.Select(t => t.Name));
            var suggestions = Closest(name.Text, candidates.Where(SyntaxFacts.IsIdentifier));
            var fixes = suggestions.Select(s => new CodeFix($"Change to `{s}`", [new TextEdit(name.Span, s)]) { IsMechanical = suggestions.Count == 1 }).ToImmutableArray();
            var hint = suggestions.Count > 0 ? $"did you mean {string.Join(" or ", suggestions.Select(s => $"`{s}`"))}?" : $"name a declared {what}";
            Diagnostics.UnknownReference(name.Span, $"`{verb} {name.Text}`: no {what} named `{name.Text}`; {hint}", fixes, name.Text);
            return;
        }

        ResolvedNames[name] = symbol;
        if (symbol.Target is not (Interview or TestCard) || (interviewsOnly && symbol.Target is TestCard))
        {
            Diagnostics.WrongKind(name.Span, $"`{verb}` names evidence ({Article.With(what)}), but `{name.Text}` is {BindingState.Describe(symbol)}",
                [new RelatedInformation(symbol.Location, $"`{name.Text}` is declared here")]);
        }
    }

    /// <summary>A name after a fit stage's `basedon`: a test card, a learning card or an interview.</summary>
    private void ResolveFitEvidence(NameSyntax name)
    {
        if (!state.Symbols.TryGetValue(name.Text, out var symbol))
        {
            var candidates = state.Tests.Select(t => t.Name).Concat(state.Learnings.Select(l => l.Name)).Concat(state.Interviews.Select(i => i.Name));
            var suggestions = Closest(name.Text, candidates.Where(SyntaxFacts.IsIdentifier));
            var fixes = suggestions.Select(s => new CodeFix($"Change to `{s}`", [new TextEdit(name.Span, s)]) { IsMechanical = suggestions.Count == 1 }).ToImmutableArray();
            var hint = suggestions.Count > 0 ? $"did you mean {string.Join(" or ", suggestions.Select(s => $"`{s}`"))}?" : "name a declared test card, learning card or interview";
            Diagnostics.UnknownReference(name.Span, $"`basedon {name.Text}`: no test, learning or interview named `{name.Text}`; {hint}", fixes, name.Text);
            return;
        }

        ResolvedNames[name] = symbol;
        if (symbol.Target is not (TestCard or LearningCard or Interview))
        {
            Diagnostics.WrongKind(name.Span, $"a fit stage rests on tests, learnings or interviews, but `{name.Text}` is {BindingState.Describe(symbol)}",
                [new RelatedInformation(symbol.Location, $"`{name.Text}` is declared here")]);
        }
    }

    /// <summary>The name after an empathy map's `for`: a persona or a segment (CV002 unknown, CV004 something else).</summary>
    private void ResolvePersonaOrSegment(NameSyntax name)
    {
        if (!state.Symbols.TryGetValue(name.Text, out var symbol))
        {
            var candidates = state.Personas.Select(p => p.Name).Concat(state.Segments.Keys).Where(SyntaxFacts.IsIdentifier);
            var suggestions = Closest(name.Text, candidates);
            var fixes = suggestions.Select(s => new CodeFix($"Change to `{s}`", [new TextEdit(name.Span, s)]) { IsMechanical = suggestions.Count == 1 }).ToImmutableArray();
            var hint = suggestions.Count > 0 ? $"did you mean {string.Join(" or ", suggestions.Select(s => $"`{s}`"))}?" : "name a declared persona or segment";
            Diagnostics.UnknownReference(name.Span, $"`empathymap … for {name.Text}`: no persona or segment named `{name.Text}`; {hint}", fixes, name.Text);
            return;
        }

        ResolvedNames[name] = symbol;
        if (symbol.Target is not (Persona or Segment))
        {
            Diagnostics.WrongKind(name.Span, $"an empathy map is for a persona or a segment, but `{name.Text}` is {BindingState.Describe(symbol)}",
                [new RelatedInformation(symbol.Location, $"`{name.Text}` is declared here")]);
        }
    }

    /// <summary>A name after a metric's `tracks`: a positioning statement, a test card, a segment or an assumption.</summary>
    private void ResolveTracked(NameSyntax name)
    {
        if (!state.Symbols.TryGetValue(name.Text, out var symbol))
        {
            var candidates = state.Positionings.Select(p => p.Name).Concat(state.Tests.Select(t => t.Name)).Concat(state.Segments.Keys).Concat(state.Assumptions.Select(a => a.Name));
            var suggestions = Closest(name.Text, candidates.Where(SyntaxFacts.IsIdentifier));
            var fixes = suggestions.Select(s => new CodeFix($"Change to `{s}`", [new TextEdit(name.Span, s)]) { IsMechanical = suggestions.Count == 1 }).ToImmutableArray();
            var hint = suggestions.Count > 0 ? $"did you mean {string.Join(" or ", suggestions.Select(s => $"`{s}`"))}?" : "name a declared positioning statement, test card, segment or assumption";
            Diagnostics.UnknownReference(name.Span, $"`tracks {name.Text}`: no positioning statement, test, segment or assumption named `{name.Text}`; {hint}", fixes, name.Text);
            return;
        }

        ResolvedNames[name] = symbol;
        if (symbol.Target is not (Positioning or TestCard or Segment or Assumption))
        {
            Diagnostics.WrongKind(name.Span, $"a metric tracks a positioning statement, a test, a segment or an assumption, but `{name.Text}` is {BindingState.Describe(symbol)}",
                [new RelatedInformation(symbol.Location, $"`{name.Text}` is declared here")]);
        }
    }

    /// <summary>A name after a test's `tests`: an assumption.</summary>
    private void ResolveAssumption(NameSyntax name)
    {
        if (!state.Symbols.TryGetValue(name.Text, out var symbol))
        {
            var suggestions = Closest(name.Text, state.Assumptions.Select(a => a.Name).Where(SyntaxFacts.IsIdentifier));
            var fixes = suggestions.Select(s => new CodeFix($"Change to `{s}`", [new TextEdit(name.Span, s)]) { IsMechanical = suggestions.Count == 1 }).ToImmutableArray();
            var hint = suggestions.Count > 0 ? $"did you mean {string.Join(" or ", suggestions.Select(s => $"`{s}`"))}?" : "declare it with `assumption " + name.Text + " { … }` or fix the name";
            Diagnostics.UnknownReference(name.Span, $"`tests {name.Text}`: no assumption named `{name.Text}`; {hint}", fixes, name.Text);
            return;
        }

        ResolvedNames[name] = symbol;
        if (symbol.Target is not Assumption)
        {
            Diagnostics.WrongKind(name.Span, $"`tests` names the assumptions a test checks, but `{name.Text}` is {BindingState.Describe(symbol)}",
                [new RelatedInformation(symbol.Location, $"`{name.Text}` is declared here")]);
        }
    }

    /// <summary>A name after an action's `pairs`: a strength, weakness, opportunity or threat of the same SWOT.</summary>
    private void ResolvePair(NameSyntax name, SwotSyntax swot)
    {
        var title = swot.Name is { } swotName ? $"SWOT `{swotName.Text}`" : "this SWOT";
        if (!state.Symbols.TryGetValue(name.Text, out var symbol))
        {
            var candidates = swot.Items.Where(i => i.Kind != EntryKind.Action && i.Id is not null).Select(i => i.Id!.Text);
            var suggestions = Closest(name.Text, candidates.Where(SyntaxFacts.IsIdentifier));
            var fixes = suggestions.Select(s => new CodeFix($"Change to `{s}`", [new TextEdit(name.Span, s)]) { IsMechanical = suggestions.Count == 1 }).ToImmutableArray();
            var hint = suggestions.Count > 0 ? $"did you mean {string.Join(" or ", suggestions.Select(s => $"`{s}`"))}?" : "give the item an id (`threat t1 \"…\"`) and name it here";
            Diagnostics.UnknownReference(name.Span, $"`pairs {name.Text}`: no strength, weakness, opportunity or threat named `{name.Text}` in {title}; {hint}", fixes, name.Text);
            return;
        }

        ResolvedNames[name] = symbol;
        var declared = new RelatedInformation(symbol.Location, $"`{name.Text}` is declared here");
        if (symbol.Target is not SwotItem item || item.IsAction)
        {
            Diagnostics.WrongKind(name.Span, $"`pairs` names strengths, weaknesses, opportunities or threats of {title}, but `{name.Text}` is {BindingState.Describe(symbol)}", [declared]);
        }
        else if (!ReferenceEquals(item.Swot, swot))
        {
            var other = item.Swot.Name is { } otherName ? $"SWOT `{otherName.Text}`" : "another SWOT";
            Diagnostics.WrongKind(name.Span, $"`{name.Text}` is {Article.With(item.Keyword)} of {other}, not of {title}: an action pairs items of its own SWOT", [declared]);
        }
    }

    private static List<string> Closest(string name, IEnumerable<string> candidates)
    {
        var limit = Math.Max(1, Math.Min(3, name.Length / 3));
        return candidates
            .Distinct()
            .Select(c => (Name: c, Distance: EditDistance.Compute(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= limit || c.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase) && name.Length >= 3)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(c => c.Name)
            .ToList();
    }

    private static string AreaWord(CanvasArea area) => area switch
    {
        CanvasArea.Jobs => "job",
        CanvasArea.Pains => "pain",
        _ => "gain",
    };
}
