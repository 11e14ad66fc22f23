using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Suppression;

public enum SuppressionKind
{
    NextLine,
    Disable,
    Enable,
}

/// <summary>A parsed <c>canvaslang-disable…</c> comment: which rules (empty: all) and which lines it covers.</summary>
public sealed record SuppressionComment(
    SuppressionKind Kind,
    CommentSyntax Comment,
    ImmutableArray<string> RuleIds,
    ImmutableArray<(string Name, TextSpan Span)> UnknownNames,
    int FirstLine,
    int LastLine)
{
    /// <summary>No rule named at all: the comment covers every rule. (Only misspelled names cover none.)</summary>
    public bool CoversAllRules => RuleIds.IsEmpty && UnknownNames.IsEmpty;

    public bool AppliesTo(string ruleId, int line) =>
        line >= FirstLine && line <= LastLine && AppliesToRule(ruleId);

    public bool AppliesToRule(string ruleId) => CoversAllRules || RuleIds.Contains(ruleId);

    public bool Names(string ruleId) => RuleIds.Contains(ruleId);
}

/// <summary>Reads the suppression comments of a tree, pairing regions with their enables.</summary>
public static partial class SuppressionParser
{
    public static ImmutableArray<SuppressionComment> Parse(SyntaxTree tree)
    {
        var result = ImmutableArray.CreateBuilder<SuppressionComment>();
        var open = new List<(SuppressionComment Start, int Index)>();
        foreach (var comment in tree.Comments)
        {
            if (comment.IsBlock)
            {
                continue;
            }

            var match = Directive().Match(comment.Text);
            if (!match.Success)
            {
                continue;
            }

            var kind = match.Groups["kind"].Value switch
            {
                "disable-next-line" => SuppressionKind.NextLine,
                "disable" => SuppressionKind.Disable,
                _ => SuppressionKind.Enable,
            };
            var (ids, unknown) = ReadNames(comment, match.Groups["names"]);
            var line = tree.Text.LineOf(comment.Span.Start);
            switch (kind)
            {
                case SuppressionKind.NextLine:
                    result.Add(new SuppressionComment(kind, comment, ids, unknown, line + 1, line + 1));
                    break;
                case SuppressionKind.Disable:
                    open.Add((new SuppressionComment(kind, comment, ids, unknown, line, int.MaxValue), result.Count));
                    result.Add(open[^1].Start);
                    break;
                case SuppressionKind.Enable:
                    // An enable closes the regions it names (all open ones when it names none).
                    foreach (var region in open.ToList())
                    {
                        var closes = ids.IsEmpty || region.Start.RuleIds.IsEmpty || region.Start.RuleIds.All(ids.Contains);
                        if (closes)
                        {
                            result[region.Index] = region.Start with { LastLine = line };
                            open.Remove(region);
                        }
                    }

                    break;
            }
        }

        return result.ToImmutable();
    }

    private static (ImmutableArray<string> Ids, ImmutableArray<(string, TextSpan)> Unknown) ReadNames(CommentSyntax comment, Group names)
    {
        var ids = ImmutableArray.CreateBuilder<string>();
        var unknown = ImmutableArray.CreateBuilder<(string, TextSpan)>();
        if (!names.Success)
        {
            return (ids.ToImmutable(), unknown.ToImmutable());
        }

        foreach (Match name in RuleName().Matches(names.Value))
        {
            var span = new TextSpan(comment.Span.Start + names.Index + name.Index, name.Length);
            if (RuleCatalog.Find(name.Value) is { } rule)
            {
                // `CV101, vague-entry` names one rule twice: it is one suppression, reported once.
                if (!ids.Contains(rule.Id))
                {
                    ids.Add(rule.Id);
                }
            }
            else
            {
                unknown.Add((name.Value, span));
            }
        }

        return (ids.ToImmutable(), unknown.ToImmutable());
    }

    [GeneratedRegex(@"^//\s*canvaslang-(?<kind>disable-next-line|disable|enable)\b(?<names>[^\r\n]*)$")]
    private static partial Regex Directive();

    [GeneratedRegex(@"[A-Za-z0-9_-]+")]
    private static partial Regex RuleName();
}
