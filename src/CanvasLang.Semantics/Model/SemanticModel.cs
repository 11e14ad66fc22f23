using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using CanvasLang.Semantics.Language;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Model;

/// <summary>
/// Everything known about one file and the files it imports: declarations by kind, the symbol
/// table, and references in both directions. Immutable; rules read it, never change it.
/// Things declared in <see cref="Path"/> are the file's own: rules report only on those.
/// The tables are read-only views over dictionaries the binder fills once and never touches again:
/// built in linear time (a keystroke rebuilds the model of a 10,000-entry file), enumerated in declaration order.
/// </summary>
public sealed class SemanticModel
{
    public required string Path { get; init; }

    public required SyntaxTree Tree { get; init; }

    /// <summary>The readings of texts this model's entries and rules share (the host's or the run's store).</summary>
    internal ReadingStore Readings { get; init; } = null!;

    /// <summary>The trees of every file in scope, this one first, then imports in discovery order.</summary>
    public required ImmutableArray<SyntaxTree> TreesInScope { get; init; }

    public required ReadOnlyDictionary<string, Segment> Segments { get; init; }

    public required ReadOnlyDictionary<string, Profile> Profiles { get; init; }

    public required ReadOnlyDictionary<string, ValueMap> ValueMaps { get; init; }

    public required ImmutableArray<Statement> Statements { get; init; }

    public required ImmutableArray<TestCard> Tests { get; init; }

    public required ImmutableArray<LearningCard> Learnings { get; init; }

    public required ImmutableArray<Purpose> Purposes { get; init; }

    public required ImmutableArray<BusinessModel> BusinessModels { get; init; }

    public required ImmutableArray<Persona> Personas { get; init; }

    public required ImmutableArray<Interview> Interviews { get; init; }

    public required ImmutableArray<Assumption> Assumptions { get; init; }

    public required ImmutableArray<Positioning> Positionings { get; init; }

    public required ImmutableArray<EmpathyMap> EmpathyMaps { get; init; }

    /// <summary>The fit stage each segment claims (1.1), by segment name.</summary>
    public required FrozenDictionary<string, FitStage> FitStages { get; init; }
    public required ImmutableArray<Swot> Swots { get; init; }

    /// <summary>The metrics blocks (1.1), in declaration order.</summary>
    public required ImmutableArray<MetricsBlock> Metrics { get; init; }

    /// <summary>First declaration of each name in scope.</summary>
    public required ReadOnlyDictionary<string, Symbol> Symbols { get; init; }

    /// <summary>Resolved targets of each value-map entry's serves/relieves/creates, valid ones only.</summary>
    public required ReadOnlyDictionary<Entry, ImmutableArray<Entry>> Targets { get; init; }

    /// <summary>Who addresses each profile entry: the products, relievers, creators that reference it.</summary>
    public required ReadOnlyDictionary<Entry, ImmutableArray<Entry>> AddressedBy { get; init; }

    /// <summary>Each name reference in this file resolved to its symbol (for definition, references, rename).</summary>
    public required ReadOnlyDictionary<NameSyntax, Symbol> ResolvedNames { get; init; }

    public IEnumerable<Profile> OwnProfiles => Profiles.Values.Where(IsOwn).OrderBy(p => p.Syntax.Span.Start);

    public IEnumerable<ValueMap> OwnValueMaps => ValueMaps.Values.Where(IsOwn).OrderBy(v => v.Syntax.Span.Start);

    public IEnumerable<Entry> OwnEntries =>
        OwnProfiles.SelectMany(p => p.Entries).Concat(OwnValueMaps.SelectMany(v => v.Entries)).OrderBy(e => e.Span.Start);

    public IEnumerable<TestCard> OwnTests => Tests.Where(t => IsOwnPath(t.Location.Path));

    public IEnumerable<LearningCard> OwnLearnings => Learnings.Where(l => IsOwnPath(l.Location.Path));

    public IEnumerable<Statement> OwnStatements => Statements.Where(s => IsOwnPath(s.Location.Path));

    public IEnumerable<Purpose> OwnPurposes => Purposes.Where(p => IsOwnPath(p.Location.Path));

    public IEnumerable<BusinessModel> OwnBusinessModels => BusinessModels.Where(b => IsOwnPath(b.Location.Path));

    public IEnumerable<Persona> OwnPersonas => Personas.Where(p => IsOwnPath(p.Location.Path));

    public IEnumerable<Interview> OwnInterviews => Interviews.Where(i => IsOwnPath(i.Location.Path));

    public IEnumerable<Positioning> OwnPositionings => Positionings.Where(p => IsOwnPath(p.Location.Path));

    public IEnumerable<EmpathyMap> OwnEmpathyMaps => EmpathyMaps.Where(m => IsOwnPath(m.Location.Path));

    public IEnumerable<Assumption> OwnAssumptions => Assumptions.Where(a => IsOwnPath(a.Location.Path));

    public IEnumerable<Swot> OwnSwots => Swots.Where(s => IsOwnPath(s.Location.Path));

    public IEnumerable<MetricsBlock> OwnMetrics => Metrics.Where(m => IsOwnPath(m.Location.Path));

    public IEnumerable<Segment> OwnSegments => Segments.Values.Where(s => IsOwnPath(s.Location.Path)).OrderBy(s => s.Syntax.Span.Start);

    public bool IsOwnPath(string path) => string.Equals(path, Path, StringComparison.Ordinal);

    public Profile? ProfileOf(string segment) => Profiles.GetValueOrDefault(segment);

    public ValueMap? ValueMapOf(string segment) => ValueMaps.GetValueOrDefault(segment);

    public ImmutableArray<Entry> AddressersOf(Entry entry) => AddressedBy.GetValueOrDefault(entry, []);

    public ImmutableArray<Entry> TargetsOf(Entry entry) => Targets.GetValueOrDefault(entry, []);

    public IEnumerable<TestCard> TestsOf(string segment) => Tests.Where(t => t.SegmentName == segment);

    /// <summary>The interviews held with members of a segment, in this file and its imports.</summary>
    public IEnumerable<Interview> InterviewsOf(string segment) => Interviews.Where(i => i.SegmentName == segment);

    public Symbol? Lookup(string name) => Symbols.GetValueOrDefault(name);

    private bool IsOwn(Profile p) => IsOwnPath(p.Location.Path);

    private bool IsOwn(ValueMap v) => IsOwnPath(v.Location.Path);

    /// <summary>A fact about the whole model (the file's language), computed once by whoever asks first.</summary>
    internal T Remember<T>(ModelMemo<T> memo, Func<SemanticModel, T> compute)
        where T : class
    {
        foreach (var (key, value) in Volatile.Read(ref memos) ?? [])
        {
            if (ReferenceEquals(key, memo))
            {
                return (T)value;
            }
        }

        var computed = compute(this);
        lock (memoGate)
        {
            memos = [.. memos ?? [], (memo, computed)];
        }

        return computed;
    }

    private readonly object memoGate = new();
    private (object Key, object Value)[]? memos;
}

/// <summary>A named fact remembered on each <see cref="SemanticModel"/>; declare one as a static readonly field.</summary>
internal sealed class ModelMemo<T>
    where T : class;
