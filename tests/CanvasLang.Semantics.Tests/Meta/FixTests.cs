using System.Text.RegularExpressions;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Tests.Meta;

/// <summary>
/// Every quick fix, applied to the rule's Bad examples and to every labelled positive, leaves a file
/// that parses as well as before and keeps every entry's text (CV110 removes a duplicate by design).
/// </summary>
public partial class FixTests
{
    public static TheoryData<string> RulesWithFixes => [.. RuleCatalog.Rules.Where(r => r.Descriptor.Fix is not null).Select(r => r.Descriptor.Id)];

    [Theory]
    [MemberData(nameof(RulesWithFixes))]
    public void Fixes_keep_the_file_valid_and_its_entries(string id)
    {
        var inputs = RuleDocument.Read(id).Bad.Select(b => (Text: b, Lines: (HashSet<int>?)null)).ToList();
        var labelled = Path.Combine(RepoRoot.Path, "tests", "CanvasLang.Semantics.Tests", "Labelled", id + ".canvas");
        if (File.Exists(labelled))
        {
            var text = File.ReadAllText(labelled);
            var positives = text.Split('\n').Select((l, i) => (l, i)).Where(p => Positive().IsMatch(p.l) && p.l.TrimEnd().EndsWith(id, StringComparison.Ordinal)).Select(p => p.i + 1).ToHashSet();
            inputs.Add((text, positives));
        }

        var applied = 0;
        foreach (var (text, lines) in inputs)
        {
            var before = Lint.Run(text);
            var errorsBefore = before.Diagnostics.Count(d => d.Code == "CV001");
            foreach (var diagnostic in before.Diagnostics.Where(d => d.Code == id && (lines is null || lines.Contains(Lint.LineOf(text, d.Span.Start)))))
            {
                foreach (var fix in diagnostic.Fixes)
                {
                    var after = Lint.Apply(text, fix);
                    var tree = SyntaxTree.Parse(after, Lint.PathOf("main.canvas"));
                    tree.Diagnostics.Count(d => d.Code == "CV001").ShouldBeLessThanOrEqualTo(errorsBefore, $"'{fix.Title}' broke the syntax:\n{after}");
                    if (id != "CV110")
                    {
                        var missing = Texts(before.Tree).Except(Texts(tree)).ToList();
                        missing.ShouldBeEmpty($"'{fix.Title}' lost entry text");
                    }

                    applied++;
                }
            }
        }

        applied.ShouldBeGreaterThan(0, $"no fix of {id} was exercised");
    }

    private static IEnumerable<string> Texts(SyntaxTree tree) => tree.AllEntries().Select(e => e.Text?.Value ?? string.Empty);

    [GeneratedRegex(@"//\s*\+\s*CV\d{3}\s*$")]
    private static partial Regex Positive();
}
