using System.Collections.Frozen;
using System.Collections.Immutable;
using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Binding;

/// <summary>
/// Syntax trees in scope → <see cref="SemanticModel"/> plus the error diagnostics CV002–CV008 of
/// the file being bound. One pass over the declarations, then one over the references: linear in
/// the size of the scope.
/// </summary>
public static class Binder
{
    /// <summary>Binds <paramref name="root"/> with its imports; texts are read through <paramref name="readings"/> (a new store when null).</summary>
    public static (SemanticModel Model, ImmutableArray<Diagnostic> Diagnostics) Bind(SyntaxTree root, IDocumentSource source, ReadingStore? readings = null)
    {
        var diagnostics = new BinderDiagnostics();
        var trees = root.IsForeignFormat ? [root] : ImportResolver.Resolve(root, source, diagnostics);
        var state = new BindingState(root, diagnostics, readings ?? new ReadingStore());

        // Sized once: a 10,000-entry file would otherwise grow its tables a dozen times per keystroke.
        var names = 0;
        foreach (var tree in trees)
        {
            names += tree.Declarations.Length;
            foreach (var declaration in tree.Declarations)
            {
                names += declaration switch
                {
                    BlockSyntax block => block.Entries.Length,
                    SwotSyntax swot => swot.Items.Length,
                    MetricsSyntax metrics => metrics.Items.Length,
                    _ => 0,
                };
            }
        }

        state.Symbols.EnsureCapacity(names);
        foreach (var tree in trees)
        {
            state.Declare(tree);
        }

        var references = new ReferenceBinder(state);
        references.BindAll();

        var model = new SemanticModel
        {
            Path = root.Path,
            Tree = root,
            Readings = state.Readings,
            TreesInScope = [.. trees],
            Segments = state.Segments.AsReadOnly(),
            Profiles = state.Profiles.AsReadOnly(),
            ValueMaps = state.ValueMaps.AsReadOnly(),
            Statements = [.. state.Statements],
            Tests = [.. state.Tests],
            Learnings = [.. state.Learnings],
            Purposes = [.. state.Purposes],
            BusinessModels = [.. state.BusinessModels],
            Personas = [.. state.Personas],
            Interviews = [.. state.Interviews],
            Assumptions = [.. state.Assumptions],
            Positionings = [.. state.Positionings],
            EmpathyMaps = [.. state.EmpathyMaps],
            FitStages = state.FitStages.ToFrozenDictionary(StringComparer.Ordinal),
            Swots = [.. state.Swots],
            Metrics = [.. state.Metrics],
            Symbols = state.Symbols.AsReadOnly(),
            Targets = references.Targets.AsReadOnly(),
            AddressedBy = references.AddressedBy().AsReadOnly(),
            ResolvedNames = references.ResolvedNames.AsReadOnly(),
        };
        return (model, [.. diagnostics.Items]);
    }
}

/// <summary>The mutable tables a bind fills before they are frozen into the model.</summary>
internal sealed class BindingState(SyntaxTree root, BinderDiagnostics diagnostics, ReadingStore readings)
{
    public ReadingStore Readings { get; } = readings;

    public SyntaxTree Root { get; } = root;

    public BinderDiagnostics Diagnostics { get; } = diagnostics;

    public Dictionary<string, Segment> Segments { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Profile> Profiles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ValueMap> ValueMaps { get; } = new(StringComparer.Ordinal);

    public List<Statement> Statements { get; } = [];

    public List<TestCard> Tests { get; } = [];

    public List<LearningCard> Learnings { get; } = [];

    public List<Purpose> Purposes { get; } = [];

    public List<BusinessModel> BusinessModels { get; } = [];

    public List<Persona> Personas { get; } = [];

    public List<Interview> Interviews { get; } = [];

    public List<Assumption> Assumptions { get; } = [];

    public List<Positioning> Positionings { get; } = [];

    public List<EmpathyMap> EmpathyMaps { get; } = [];

    /// <summary>Each segment's claimed fit stage, by segment name: one per segment, like a profile.</summary>
    public Dictionary<string, FitStage> FitStages { get; } = new(StringComparer.Ordinal);
    public List<Swot> Swots { get; } = [];

    public List<MetricsBlock> Metrics { get; } = [];

    public Dictionary<string, Symbol> Symbols { get; } = new(StringComparer.Ordinal);

    /// <summary>How many entries have been bound: the next entry's <see cref="Entry.Ordinal"/>.</summary>
    public int EntryCount { get; private set; }

    public bool IsRoot(SyntaxTree tree) => ReferenceEquals(tree, Root);

    public void Declare(SyntaxTree tree) => new Declarer(this, tree, IsRoot(tree)).VisitAll(tree.Declarations);

    /// <summary>Declares one file's names and builds its model objects, each kind of declaration in its own method.</summary>
    private sealed class Declarer(BindingState state, SyntaxTree tree, bool own) : DeclarationWalker
    {
        // The title names the file, not a symbol; imports were resolved before binding (ImportResolver).
        public override void VisitTitle(TitleSyntax title)
        {
        }

        public override void VisitImport(ImportSyntax import)
        {
        }

        public override void VisitSegment(SegmentSyntax s)
        {
            if (s.Name is { } name)
            {
                var segment = new Segment(s, Loc(tree, s.Span));
                if (state.Define(tree, name, SymbolKind.Segment, segment))
                {
                    state.Segments[name.Text] = segment;
                }
            }
        }

        public override void VisitProfile(ProfileSyntax p)
        {
            if (p.Segment is { } segmentName)
            {
                var profile = new Profile(p, segmentName.Text, Loc(tree, p.Span), state.BindEntries(tree, p, segmentName.Text, own));
                state.AddBlock(tree, state.Profiles, profile.SegmentName, profile, p, "profile");
            }
        }

        public override void VisitValueMap(ValueMapSyntax v)
        {
            if (v.Segment is { } segmentName)
            {
                var valueMap = new ValueMap(v, segmentName.Text, Loc(tree, v.Span), state.BindEntries(tree, v, segmentName.Text, own));
                state.AddBlock(tree, state.ValueMaps, valueMap.SegmentName, valueMap, v, "value map");
            }
        }

        public override void VisitStatement(StatementSyntax s) => state.Statements.Add(new Statement(s, Loc(tree, s.Span)));

        public override void VisitTest(TestSyntax t) =>
            Declare(t.Name, SymbolKind.Test, new TestCard(t, Loc(tree, t.Span)), state.Tests, CardChecks.CheckTest);

        public override void VisitLearning(LearningSyntax l) =>
            Declare(l.Name, SymbolKind.Learning, new LearningCard(l, Loc(tree, l.Span)), state.Learnings, CardChecks.CheckLearning);

        public override void VisitPurpose(PurposeSyntax p) => state.Purposes.Add(new Purpose(p, Loc(tree, p.Span)));

        public override void VisitBusinessModel(BusinessModelSyntax b) =>
            Declare(b.Name, SymbolKind.BusinessModel, new BusinessModel(b, Loc(tree, b.Span)), state.BusinessModels);

        // Every field of a persona may repeat: there is nothing for the card checks to find.
        public override void VisitPersona(PersonaSyntax p) =>
            Declare(p.Name, SymbolKind.Persona, new Persona(p, Loc(tree, p.Span)), state.Personas);

        public override void VisitAssumption(AssumptionSyntax a) =>
            Declare(a.Name, SymbolKind.Assumption, new Assumption(a, Loc(tree, a.Span)), state.Assumptions, CardChecks.CheckAssumption);

        public override void VisitPositioning(PositioningSyntax p) =>
            Declare(p.Name, SymbolKind.Positioning, new Positioning(p, Loc(tree, p.Span)), state.Positionings, CardChecks.CheckPositioning);

        public override void VisitEmpathyMap(EmpathyMapSyntax m) =>
            Declare(m.Name, SymbolKind.EmpathyMap, new EmpathyMap(m, Loc(tree, m.Span)), state.EmpathyMaps, CardChecks.CheckEmpathyMap);

        // `fit X` names a segment, as `profile X` does: nothing is declared; one claim per segment.
        public override void VisitFitStage(FitStageSyntax f)
        {
            var fit = new FitStage(f, Loc(tree, f.Span));
            if (own)
            {
                CardChecks.CheckFitStage(fit, state.Diagnostics);
            }

            if (f.Name is not { } segment)
            {
                return;
            }

            if (state.FitStages.TryGetValue(segment.Text, out var first))
            {
                if (own)
                {
                    state.Diagnostics.DuplicateBlock(f.Keyword.Span.Cover(segment.Span), $"segment `{segment.Text}` already claims a fit stage: keep one",
                        [new RelatedInformation(first.Location, $"the first fit stage of `{segment.Text}`")]);
                }

                return;
            }

            state.FitStages[segment.Text] = fit;
        }

        public override void VisitInterview(InterviewSyntax i) =>
            Declare(i.Name, SymbolKind.Interview, new Interview(i, Loc(tree, i.Span)), state.Interviews, CardChecks.CheckInterview);

        // The SWOT's name first, then its items' ids: all share the one scope.
        public override void VisitSwot(SwotSyntax s)
        {
            var swot = new Swot(s, Loc(tree, s.Span), [.. s.Items.Select(i => SwotBinder.Bind(i, s, Loc(tree, i.Span), state.Readings, own ? state.Diagnostics : null))]);
            Declare(s.Name, SymbolKind.Swot, swot, state.Swots);
            foreach (var item in swot.Items)
            {
                if (item.Syntax.Id is { } id)
                {
                    state.Define(tree, id, SymbolKind.SwotItem, item);
                }
            }
        }

        // The block's name first, then its metrics' ids: all share the one scope.
        public override void VisitMetrics(MetricsSyntax m)
        {
            var metrics = new MetricsBlock(m, Loc(tree, m.Span), [.. m.Items.Select(i => MetricsBinder.Bind(i, m, Loc(tree, i.Span), state.Readings, own ? state.Diagnostics : null))]);
            Declare(m.Name, SymbolKind.Metrics, metrics, state.Metrics);
            foreach (var metric in metrics.Items)
            {
                if (metric.Syntax.Id is { } id)
                {
                    state.Define(tree, id, SymbolKind.Metric, metric);
                }
            }
        }

        /// <summary>Checks the file's own declaration (CV008), then adds it to the scope and its table, unless its name is taken (CV003).</summary>
        private void Declare<T>(NameSyntax? name, SymbolKind kind, T target, List<T> table, Action<T, BinderDiagnostics>? check = null)
            where T : class
        {
            if (own)
            {
                check?.Invoke(target, state.Diagnostics);
            }

            if (name is null || state.Define(tree, name, kind, target))
            {
                table.Add(target);
            }
        }
    }

    public static DocumentLocation Loc(SyntaxTree tree, Syntax.Text.TextSpan span) => new(tree.Path, tree.Text, span);

    private ImmutableArray<Entry> BindEntries(SyntaxTree tree, BlockSyntax block, string segment, bool own)
    {
        var entries = ImmutableArray.CreateBuilder<Entry>(block.Entries.Length);
        foreach (var syntax in block.Entries)
        {
            var entry = EntryBinder.Bind(syntax, segment, Loc(tree, syntax.Span), EntryCount++, Readings, own ? Diagnostics : null);
            entries.Add(entry);
            if (syntax.Id is { } id)
            {
                Define(tree, id, SymbolKind.Entry, entry);
            }
        }

        return entries.MoveToImmutable();
    }

    private void AddBlock<T>(SyntaxTree tree, Dictionary<string, T> table, string segment, T block, BlockSyntax syntax, string what)
        where T : class
    {
        if (table.TryGetValue(segment, out var existing))
        {
            if (IsRoot(tree))
            {
                var first = existing switch { Profile p => p.Location, ValueMap v => v.Location, _ => null };
                Diagnostics.DuplicateBlock(syntax.Keyword.Span.Cover(syntax.Segment!.Span),
                    $"segment `{segment}` already has {Article.With(what)}: merge the two into one",
                    first is null ? [] : [new RelatedInformation(first, $"the first {what} of `{segment}`")]);
            }

            return;
        }

        table[segment] = block;
    }

    /// <summary>Adds a name to the one scope; a second declaration is CV003 when it is in this file.</summary>
    private bool Define(SyntaxTree tree, NameSyntax name, SymbolKind kind, object target)
    {
        var location = Loc(tree, name.Span);
        if (Symbols.TryGetValue(name.Text, out var existing))
        {
            if (IsRoot(tree))
            {
                var where = existing.Location.Path == Root.Path ? string.Empty : $" in {Path.GetFileName(existing.Location.Path)}";
                Diagnostics.DuplicateName(name.Span,
                    $"`{name.Text}` is already declared{where} as {Describe(existing)}: give this {KindWord(kind, target)} another name",
                    [new RelatedInformation(existing.Location, $"first declaration of `{name.Text}`")]);
            }

            return false;
        }

        Symbols[name.Text] = new Symbol(name.Text, kind, location, target);
        return true;
    }

    public static string Describe(Symbol symbol) => symbol.Target switch
    {
        Entry e => Article.With(e.KindLabel),
        Segment => "a segment",
        TestCard => "a test card",
        LearningCard => "a learning card",
        BusinessModel => "a business model",
        Persona => "a persona",
        Interview => "an interview",
        Assumption => "an assumption",
        Positioning => "a positioning statement",
        EmpathyMap => "an empathy map",
        FitStage => "a fit stage",
        Swot => "a SWOT analysis",
        SwotItem i => Article.With(i.Keyword),
        MetricsBlock => "a metrics block",
        Metric => "a metric",
        _ => "something else",
    };

    private static string KindWord(SymbolKind kind, object target) => target switch
    {
        Entry e => e.Syntax.Keyword.Text,
        SwotItem i => i.Keyword,
        Metric => "metric",
        _ => kind switch
        {
            SymbolKind.Segment => "segment",
            SymbolKind.Test => "test card",
            SymbolKind.Learning => "learning card",
            SymbolKind.Persona => "persona",
            SymbolKind.Interview => "interview",
            SymbolKind.Assumption => "assumption",
            SymbolKind.Positioning => "positioning statement",
            SymbolKind.EmpathyMap => "empathy map",
            SymbolKind.Swot => "SWOT analysis",
            SymbolKind.Metrics => "metrics block",
            _ => "business model",
        },
    };
}
