using System.Collections.Immutable;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Suppression;

/// <summary>
/// Drops diagnostics that suppression comments cover, then reports the comments (or the rule
/// names in them) that suppressed nothing, so stale ones do not pile up. Errors are never dropped.
/// </summary>
public static class SuppressionFilter
{
    public static ImmutableArray<Diagnostic> Apply(SyntaxTree tree, IReadOnlyList<Diagnostic> diagnostics, CanvasConfiguration configuration)
    {
        var suppressions = SuppressionParser.Parse(tree);
        if (suppressions.IsEmpty)
        {
            return [.. diagnostics];
        }

        var used = new HashSet<(int Comment, string Rule)>();
        var usedAll = new HashSet<int>();
        var kept = new List<Diagnostic>(diagnostics.Count);

        // Next-line comments by the line they cover, regions in a list (few): linear in diagnostics plus comments.
        var byLine = new Dictionary<int, List<int>>();
        var regions = new List<int>();
        for (var i = 0; i < suppressions.Length; i++)
        {
            switch (suppressions[i].Kind)
            {
                case SuppressionKind.NextLine:
                    (byLine.TryGetValue(suppressions[i].FirstLine, out var list) ? list : byLine[suppressions[i].FirstLine] = []).Add(i);
                    break;
                case SuppressionKind.Disable:
                    regions.Add(i);
                    break;
            }
        }

        // A next-line comment directly above a declaration or an entry also covers the findings about it.
        var found = SuppressionSubject.Find(tree, byLine.Keys.ToHashSet());
        var subjects = byLine.Where(kv => found.ContainsKey(kv.Key)).SelectMany(kv => kv.Value.Select(i => (Index: i, Subject: found[kv.Key]))).ToList();

        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                kept.Add(diagnostic);
                continue;
            }

            var line = tree.Text.LineOf(diagnostic.Span.Start);
            var suppressed = false;
            foreach (var i in Covering(byLine, regions, line))
            {
                if (suppressions[i].AppliesTo(diagnostic.Code, line))
                {
                    suppressed = true;
                    MarkUsed(suppressions[i], i, diagnostic.Code, used, usedAll);
                }
            }

            foreach (var (i, subject) in subjects)
            {
                if (suppressions[i].AppliesToRule(diagnostic.Code) && subject.Covers(diagnostic.Code, diagnostic.Span.Start))
                {
                    suppressed = true;
                    MarkUsed(suppressions[i], i, diagnostic.Code, used, usedAll);
                }
            }

            if (!suppressed)
            {
                kept.Add(diagnostic);
            }
        }

        var settings = configuration.SettingsFor(UnusedSuppression);
        if (!settings.IsOff)
        {
            for (var i = 0; i < suppressions.Length; i++)
            {
                ReportUnused(tree, suppressions[i], i, used, usedAll, settings.Severity, kept);
            }
        }

        return [.. kept];
    }

    public static RuleDescriptor UnusedSuppression => RuleCatalog.UnusedSuppression;

    private static void MarkUsed(SuppressionComment s, int index, string ruleId, HashSet<(int, string)> used, HashSet<int> usedAll)
    {
        if (s.CoversAllRules)
        {
            usedAll.Add(index);
        }
        else
        {
            used.Add((index, ruleId));
        }
    }

    /// <summary>The comments that may cover <paramref name="line"/>: its next-line comments, then every region.</summary>
    private static IEnumerable<int> Covering(Dictionary<int, List<int>> byLine, List<int> regions, int line)
    {
        if (byLine.TryGetValue(line, out var onLine))
        {
            foreach (var i in onLine)
            {
                yield return i;
            }
        }

        foreach (var i in regions)
        {
            yield return i;
        }
    }

    private static void ReportUnused(SyntaxTree tree, SuppressionComment s, int index, HashSet<(int, string)> used, HashSet<int> usedAll, DiagnosticSeverity severity, List<Diagnostic> sink)
    {
        foreach (var (name, span) in s.UnknownNames)
        {
            sink.Add(Hint(span, $"`{name}` is not a rule: name a rule by id (CV101) or name (vague-entry)", severity, null));
        }

        if (s.Kind == SuppressionKind.Enable)
        {
            return;
        }

        var removeLine = RemoveCommentFix(tree, s.Comment);
        if (s.CoversAllRules)
        {
            if (!usedAll.Contains(index))
            {
                sink.Add(Hint(s.Comment.Span, "this suppression comment suppresses nothing: remove it", severity, removeLine));
            }

            return;
        }

        var unused = s.RuleIds.Where(id => !used.Contains((index, id))).ToList();
        foreach (var id in unused)
        {
            var rule = RuleCatalog.Find(id)!;
            var message = rule.IsError
                ? $"{id} ({rule.Name}) is an error and cannot be suppressed: fix what it reports"
                : $"nothing here is reported by {id} ({rule.Name}): remove it from this suppression comment";
            sink.Add(Hint(s.Comment.Span, message, severity, unused.Count == s.RuleIds.Length ? removeLine : null));
        }
    }

    private static Diagnostic Hint(TextSpan span, string message, DiagnosticSeverity severity, CodeFix? fix) =>
        new(UnusedSuppression.Id, UnusedSuppression.Name, severity, message, span)
        {
            Tags = [DiagnosticTag.Unnecessary],
            Fixes = fix is null ? [] : [fix],
        };

    private static CodeFix RemoveCommentFix(SyntaxTree tree, CommentSyntax comment)
    {
        var text = tree.Text;
        var line = text.LineOf(comment.Span.Start);
        var before = text.Text[text.LineStart(line)..comment.Span.Start];
        // A comment alone on its line goes with its line; a trailing one goes alone.
        var span = string.IsNullOrWhiteSpace(before)
            ? TextSpan.FromBounds(text.LineStart(line), line + 1 < text.LineCount ? text.LineStart(line + 1) : text.Length)
            : TextSpan.FromBounds(comment.Span.Start - (before.Length - before.TrimEnd().Length), comment.Span.End);
        return new CodeFix("Remove the unused suppression comment", [new TextEdit(span, string.Empty)]);
    }
}
