using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Tests.Meta;

/// <summary>
/// Every quick fix, applied to the rule's Bad examples and to every labelled positive, leaves a file
/// that parses as well as before and keeps every entry's text (CV110 removes a duplicate by design).
/// </summary>
public class FixTests
{
    public static TheoryData<string> RulesWithFixes => [.. RuleCatalog.Rules.Where(r => r.Descriptor.Fix is not null).Select(r => r.Descriptor.Id)];

    [Theory]
    [MemberData(nameof(RulesWithFixes))]
    public void Fixes_keep_the_file_valid_and_its_entries(string id)
    {
        var inputs = RuleDocument.Read(id).Bad.Select(b => (Text: b, Lines: (HashSet<int>?)null)).ToList();
        // Every labelled set that marks a line positive for this rule: its own file or a shared one (personas.canvas).
        foreach (var set in Quality.LabelledSetTests.Sets().Where(s => s.Rules.Contains(id)))
        {
            var text = File.ReadAllText(set.Path);
            var positives = Rules.RuleTestHarness.Markers(text).Where(m => m.Rule == id && m.Expected).Select(m => m.Line + 1).ToHashSet();
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
}
