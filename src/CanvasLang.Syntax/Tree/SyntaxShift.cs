using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Syntax.Tree;

/// <summary>
/// Moves nodes by a number of characters: after an edit, everything behind the reparsed piece keeps
/// its shape and only its position changes. Spans are absolute, so this is a copy, not a mutation.
/// </summary>
internal static class SyntaxShift
{
    public static DeclarationSyntax Shift(DeclarationSyntax node, int delta) => delta == 0 ? node : node switch
    {
        TitleSyntax t => new TitleSyntax(Shift(t.Keyword, delta), Shift(t.Text, delta), Shift(t.Span, delta)),
        ImportSyntax i => new ImportSyntax(Shift(i.Keyword, delta), Shift(i.Path, delta), Shift(i.Span, delta)),
        SegmentSyntax s => new SegmentSyntax(Shift(s.Keyword, delta), Shift(s.Name, delta), Shift(s.Description, delta),
            ShiftAll(s.Aliases, delta, Shift), Shift(s.Span, delta)),
        ProfileSyntax p => new ProfileSyntax(Shift(p.Keyword, delta), Shift(p.Segment, delta), Shift(p.OpenBrace, delta),
            ShiftAll(p.Entries, delta, Shift), Shift(p.CloseBrace, delta), Shift(p.Span, delta)),
        ValueMapSyntax v => new ValueMapSyntax(Shift(v.Keyword, delta), Shift(v.Segment, delta), Shift(v.OpenBrace, delta),
            ShiftAll(v.Entries, delta, Shift), Shift(v.CloseBrace, delta), Shift(v.Span, delta)),
        StatementSyntax s => new StatementSyntax(Shift(s.Keyword, delta), Shift(s.Segment, delta), Shift(s.Text, delta), Shift(s.Span, delta)),
        TestSyntax t => new TestSyntax(Shift(t.Keyword, delta), Shift(t.Name, delta), Shift(t.Segment, delta), Shift(t.OpenBrace, delta),
            ShiftAll(t.Fields, delta, Shift), Shift(t.CloseBrace, delta), Shift(t.Span, delta)),
        LearningSyntax l => new LearningSyntax(Shift(l.Keyword, delta), Shift(l.Name, delta), Shift(l.Test, delta), Shift(l.OpenBrace, delta),
            ShiftAll(l.Fields, delta, Shift), Shift(l.CloseBrace, delta), Shift(l.Span, delta)),
        PurposeSyntax p => new PurposeSyntax(Shift(p.Keyword, delta), Shift(p.Level, delta), Shift(p.Segment, delta), Shift(p.Text, delta),
            Shift(p.Span, delta)),
        BusinessModelSyntax b => new BusinessModelSyntax(Shift(b.Keyword, delta), Shift(b.Name, delta), Shift(b.OpenBrace, delta),
            ShiftAll(b.Blocks, delta, Shift), Shift(b.CloseBrace, delta), Shift(b.Span, delta)),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "a declaration kind the shift does not know"),
    };

    public static EntrySyntax Shift(EntrySyntax e, int delta) => delta == 0 ? e : new EntrySyntax(
        e.Kind, Shift(e.Qualifier, delta), Shift(e.Keyword, delta), Shift(e.Id, delta), Shift(e.Text, delta),
        ShiftAll(e.Attributes, delta, Shift), Shift(e.Span, delta));

    public static CommentSyntax Shift(CommentSyntax c, int delta) => delta == 0 ? c : c with { Span = Shift(c.Span, delta) };

    private static AttributeSyntax Shift(AttributeSyntax a, int delta) =>
        new(Shift(a.Keyword, delta), Shift(a.Value, delta), ShiftAll(a.References, delta, Shift), Shift(a.Span, delta));

    private static FieldSyntax Shift(FieldSyntax f, int delta) =>
        new(Shift(f.Keyword, delta), Shift(f.Text, delta), Shift(f.Value, delta), Shift(f.Span, delta));

    private static BusinessModelBlockSyntax Shift(BusinessModelBlockSyntax b, int delta) =>
        new(Shift(b.Keyword, delta), ShiftAll(b.References, delta, Shift), ShiftAll(b.Items, delta, Shift), Shift(b.Span, delta));

    private static TextSpan Shift(TextSpan span, int delta) => new(span.Start + delta, span.Length);

    [return: NotNullIfNotNull(nameof(token))]
    internal static SyntaxToken? Shift(SyntaxToken? token, int delta) => token is null ? null : new(token.Text, Shift(token.Span, delta));

    [return: NotNullIfNotNull(nameof(name))]
    internal static NameSyntax? Shift(NameSyntax? name, int delta) => name is null ? null : new(name.Text, Shift(name.Span, delta));

    [return: NotNullIfNotNull(nameof(s))]
    private static StringSyntax? Shift(StringSyntax? s, int delta) => s is null ? null : new(s.Value, Shift(s.Span, delta));

    internal static ImmutableArray<T> ShiftAll<T>(ImmutableArray<T> items, int delta, Func<T, int, T> shift)
    {
        if (items.IsDefaultOrEmpty)
        {
            return items;
        }

        var result = ImmutableArray.CreateBuilder<T>(items.Length);
        foreach (var item in items)
        {
            result.Add(shift(item, delta));
        }

        return result.MoveToImmutable();
    }
}
