using System.Collections.Immutable;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Suppression;

/// <summary>
/// The declaration or entry that starts on the line a <c>disable-next-line</c> comment covers. Users
/// put the comment above the thing they mean, so it also covers the findings about that thing,
/// wherever inside it they point: anything in an entry; in a declaration, its own rules' findings
/// and anything outside its entries (the entries' findings are theirs, not the block's).
/// </summary>
public sealed record SuppressionSubject(TextSpan Span, ImmutableArray<EntrySyntax> Entries)
{
    public bool Covers(string ruleId, int offset)
    {
        if (offset < Span.Start || offset >= Span.End)
        {
            return false;
        }

        return RuleCatalog.AboutDeclaration.Contains(ruleId) || !Entries.Any(e => offset >= e.Span.Start && offset < e.Span.End);
    }

    /// <summary>The node starting on each of <paramref name="lines"/>, when one does.</summary>
    public static Dictionary<int, SuppressionSubject> Find(SyntaxTree tree, IReadOnlySet<int> lines)
    {
        var result = new Dictionary<int, SuppressionSubject>();
        if (lines.Count == 0)
        {
            return result;
        }

        foreach (var declaration in tree.Declarations)
        {
            var entries = declaration switch
            {
                BlockSyntax block => block.Entries,
                SwotSyntax swot => swot.Items,
                MetricsSyntax metrics => metrics.Items,
                _ => [],
            };
            Add(tree, lines, result, declaration.Span, entries);
            foreach (var entry in entries)
            {
                Add(tree, lines, result, entry.Span, []);
            }
        }

        return result;
    }

    private static void Add(SyntaxTree tree, IReadOnlySet<int> lines, Dictionary<int, SuppressionSubject> result, TextSpan span, ImmutableArray<EntrySyntax> entries)
    {
        var line = tree.Text.LineOf(span.Start);
        if (lines.Contains(line))
        {
            result.TryAdd(line, new SuppressionSubject(span, entries));
        }
    }
}
