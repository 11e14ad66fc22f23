using System.Collections.Immutable;
using System.Text;
using CanvasLang.EditorServices.CodeActions;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Tests.Features;

/// <summary>
/// Code actions for any range cost work linear in the file and return a bounded list: a whole-file
/// request on 10,000 entries once offered one "move" per entry (13,388 actions, 12 s), quadratic work.
/// Counts are asserted here, never times (bench: `--quick-actions`).
/// </summary>
public class CodeActionScaleTests
{
    [Fact]
    public void A_whole_file_range_on_10000_entries_gets_a_bounded_list_without_per_entry_moves()
    {
        using var workspace = new FeatureWorkspace();
        var text = Canvas(10_000);
        var (analysis, _) = workspace.Open(text);
        analysis.Result.Model.OwnEntries.Count().ShouldBeGreaterThanOrEqualTo(10_000);
        analysis.Result.Diagnostics.Length.ShouldBeGreaterThan(CodeActionService.MaxDiagnostics);

        var actions = new CodeActionService(workspace.Workspace.Current).Actions(analysis, new TextSpan(0, text.Length));
        actions.Length.ShouldBeLessThanOrEqualTo(CodeActionService.MaxActions);
        actions.ShouldNotContain(a => a.Title.StartsWith("Move ", StringComparison.Ordinal));
        actions.Select(a => a.Diagnostic).OfType<Diagnostic>().Distinct().Count().ShouldBeLessThanOrEqualTo(CodeActionService.MaxDiagnostics);
        Refactorings.CoveringEntry(analysis, new TextSpan(0, text.Length)).ShouldBeNull();
    }

    [Fact]
    public void The_list_does_not_grow_with_the_file()
    {
        int Count(int entries)
        {
            using var workspace = new FeatureWorkspace();
            var text = Canvas(entries);
            var (analysis, _) = workspace.Open(text);
            return new CodeActionService(workspace.Workspace.Current).Actions(analysis, new TextSpan(0, text.Length)).Length;
        }

        Count(10_000).ShouldBeLessThanOrEqualTo(Count(1_000) + 5);
    }

    [Fact]
    public void Moves_are_offered_for_the_entry_under_the_cursor_or_whose_line_is_selected_and_for_no_wider_selection()
    {
        using var workspace = new FeatureWorkspace();
        var text = Canvas(60);
        var (analysis, _) = workspace.Open(text);
        var service = new CodeActionService(workspace.Workspace.Current);
        var start = text.IndexOf("  pain p1 ", StringComparison.Ordinal);
        var lineEnd = text.IndexOf('\n', start) + 1;
        string[] Moves(TextSpan range) => [.. service.Actions(analysis, range).Where(a => a.Title.StartsWith("Move ", StringComparison.Ordinal)).Select(a => a.Title)];

        Moves(new TextSpan(start + 8, 0)).ShouldBe(["Move pain `p1` to the profile of `porters` (removes 1 reference)"]);
        Moves(TextSpan.FromBounds(start, lineEnd)).ShouldBe(["Move pain `p1` to the profile of `porters` (removes 1 reference)"]);
        Moves(TextSpan.FromBounds(start + 12, start + 20)).ShouldBe(["Move pain `p1` to the profile of `porters` (removes 1 reference)"]);
        Moves(TextSpan.FromBounds(start, text.IndexOf('\n', lineEnd))).ShouldBeEmpty();
    }

    [Fact]
    public void Fix_all_over_10000_findings_compares_each_edit_with_its_neighbours_only()
    {
        var diagnostics = Enumerable.Range(0, 10_000).Select(i =>
            new Diagnostic("CV999", "test", DiagnosticSeverity.Warning, "m", new TextSpan(i * 10, 3))
            {
                Fixes = [new CodeFix("fix", [new TextEdit(new TextSpan(i * 10, 3), "x"), new TextEdit(new TextSpan(i * 10 + 5, 0), "y")])],
            }).Append(new Diagnostic("CV999", "test", DiagnosticSeverity.Warning, "m", new TextSpan(15, 1))
            {
                Fixes = [new CodeFix("overlaps the second", [new TextEdit(new TextSpan(11, 1), "z")])],
            });
        var taken = new TakenSpans();
        var edits = CodeActionService.FixAll(diagnostics, taken);
        edits.Count.ShouldBe(20_000);
        taken.Comparisons.ShouldBeLessThan(10 * 20_000);
    }

    /// <summary>One segment with <paramref name="entries"/> entries across profile and value map, and a second, small segment to move them to.</summary>
    private static string Canvas(int entries)
    {
        var perArea = (entries + 5) / 6;
        var text = new StringBuilder("segment nurses \"Night-shift nurses on surgical wards\"\nprofile nurses {\n");
        for (var i = 0; i < perArea; i++)
        {
            text.Append($"  job j{i} \"Update the chart for bed {i} before the handover\" importance high\n");
            text.Append($"  pain p{i} \"Waiting {i % 40 + 5} minutes for the pharmacy on ward {i}\" severity extreme\n");
            text.Append($"  gain g{i} \"The chart for bed {i} is checked in under {i % 9 + 2} minutes\" relevance essential\n");
        }

        text.Append("}\nvaluemap nurses {\n");
        for (var i = 0; i < perArea; i++)
        {
            text.Append($"  product a{i} \"Bedside tablet view of the chart for bed {i}\" serves j{i}\n");
            text.Append($"  reliever r{i} \"Scanning the wristband fills the chart in {i % 5 + 1} taps\" relieves p{i}\n");
            text.Append($"  creator c{i} \"Checks run while the nurse walks to bed {i}\" creates g{i}\n");
        }

        return text.Append("}\nsegment porters \"Hospital porters who move patients between wards\"\n")
            .Append("profile porters {\n  job move \"Move a patient from ward 4 to radiology within 10 minutes\"\n}\n")
            .Append("valuemap porters {\n  product board \"A live board of pending moves\" serves move\n}\n").ToString();
    }
}
