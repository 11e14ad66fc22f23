using System.Collections.Immutable;
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
    public static (SemanticModel Model, ImmutableArray<Diagnostic> Diagnostics) Bind(SyntaxTree root, IDocumentSource source)
    {
        var diagnostics = new BinderDiagnostics();
        var trees = root.IsForeignFormat ? [root] : ImportResolver.Resolve(root, source, diagnostics);
        var state = new BindingState(root, diagnostics);

        // Sized once: a 10,000-entry file would otherwise grow its tables a dozen times per keystroke.
        var names = 0;
        foreach (var tree in trees)
        {
            names += tree.Declarations.Length;
            foreach (var declaration in tree.Declarations)
            {
                names += declaration is BlockSyntax block ? block.Entries.Length : 0;
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
            TreesInScope = [.. trees],
            Segments = state.Segments.AsReadOnly(),
            Profiles = state.Profiles.AsReadOnly(),
            ValueMaps = state.ValueMaps.AsReadOnly(),
            Statements = [.. state.Statements],
            Tests = [.. state.Tests],
            Learnings = [.. state.Learnings],
            Purposes = [.. state.Purposes],
            BusinessModels = [.. state.BusinessModels],
            Symbols = state.Symbols.AsReadOnly(),
            Targets = references.Targets.AsReadOnly(),
            AddressedBy = references.AddressedBy().AsReadOnly(),
            ResolvedNames = references.ResolvedNames.AsReadOnly(),
        };
        return (model, [.. diagnostics.Items]);
    }
}

/// <summary>The mutable tables a bind fills before they are frozen into the model.</summary>
internal sealed class BindingState(SyntaxTree root, BinderDiagnostics diagnostics)
{
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

    public Dictionary<string, Symbol> Symbols { get; } = new(StringComparer.Ordinal);

    /// <summary>How many entries have been bound: the next entry's <see cref="Entry.Ordinal"/>.</summary>
    public int EntryCount { get; private set; }

    public bool IsRoot(SyntaxTree tree) => ReferenceEquals(tree, Root);

    public void Declare(SyntaxTree tree)
    {
        var own = IsRoot(tree);
        foreach (var declaration in tree.Declarations)
        {
            switch (declaration)
            {
                case SegmentSyntax s when s.Name is { } name:
                    var segment = new Segment(s, Loc(tree, s.Span));
                    if (Define(tree, name, SymbolKind.Segment, segment))
                    {
                        Segments[name.Text] = segment;
                    }

                    break;
                case ProfileSyntax p when p.Segment is { } segmentName:
                    var profile = new Profile(p, segmentName.Text, Loc(tree, p.Span), BindEntries(tree, p, segmentName.Text, own));
                    AddBlock(tree, Profiles, profile.SegmentName, profile, p, "profile");
                    break;
                case ValueMapSyntax v when v.Segment is { } segmentName:
                    var valueMap = new ValueMap(v, segmentName.Text, Loc(tree, v.Span), BindEntries(tree, v, segmentName.Text, own));
                    AddBlock(tree, ValueMaps, valueMap.SegmentName, valueMap, v, "value map");
                    break;
                case StatementSyntax s:
                    Statements.Add(new Statement(s, Loc(tree, s.Span)));
                    break;
                case TestSyntax t:
                    var test = new TestCard(t, Loc(tree, t.Span));
                    if (own)
                    {
                        CardChecks.CheckTest(test, Diagnostics);
                    }

                    if (t.Name is null || Define(tree, t.Name, SymbolKind.Test, test))
                    {
                        Tests.Add(test);
                    }

                    break;
                case LearningSyntax l:
                    var learning = new LearningCard(l, Loc(tree, l.Span));
                    if (own)
                    {
                        CardChecks.CheckLearning(learning, Diagnostics);
                    }

                    if (l.Name is null || Define(tree, l.Name, SymbolKind.Learning, learning))
                    {
                        Learnings.Add(learning);
                    }

                    break;
                case PurposeSyntax p:
                    Purposes.Add(new Purpose(p, Loc(tree, p.Span)));
                    break;
                case BusinessModelSyntax b:
                    var model = new BusinessModel(b, Loc(tree, b.Span));
                    if (b.Name is null || Define(tree, b.Name, SymbolKind.BusinessModel, model))
                    {
                        BusinessModels.Add(model);
                    }

                    break;
            }
        }
    }

    public static DocumentLocation Loc(SyntaxTree tree, Syntax.Text.TextSpan span) => new(tree.Path, tree.Text, span);

    private ImmutableArray<Entry> BindEntries(SyntaxTree tree, BlockSyntax block, string segment, bool own)
    {
        var entries = ImmutableArray.CreateBuilder<Entry>(block.Entries.Length);
        foreach (var syntax in block.Entries)
        {
            var entry = EntryBinder.Bind(syntax, segment, Loc(tree, syntax.Span), EntryCount++, own ? Diagnostics : null);
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
        _ => "something else",
    };

    private static string KindWord(SymbolKind kind, object target) => target switch
    {
        Entry e => e.Syntax.Keyword.Text,
        _ => kind switch
        {
            SymbolKind.Segment => "segment",
            SymbolKind.Test => "test card",
            SymbolKind.Learning => "learning card",
            _ => "business model",
        },
    };
}
