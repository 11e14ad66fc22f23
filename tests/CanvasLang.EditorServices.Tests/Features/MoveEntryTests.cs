using CanvasLang.EditorServices.CodeActions;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.EditorServices.Tests.Features;

/// <summary>"Move entry to another block": one change over every file concerned that leaves the canvas consistent.</summary>
public sealed class MoveEntryTests
{
    private const string Segments = """
        segment a "Alpha people who commute to the city"
        segment b "Beta people who run a small shop"

        """;

    private static readonly string[] BrokenReferences = ["CV002", "CV003", "CV004"];

    [Fact]
    public void Moving_a_pain_removes_the_references_of_its_old_value_map()
    {
        using var workspace = new MultiFileWorkspace();
        workspace.Open("main.canvas", Segments + """
            profile a {
              pain p1 "Waiting 10 minutes at the counter" severity high
              pain p2 "Paying 5 euros for every delivery" severity high
            }

            profile b {
              pain q1 "Losing 2 hours a week on paperwork" severity high
            }

            valuemap a {
              reliever r1 "Order ahead from the app before leaving home" relieves p1, p2
              reliever r2 "A pick-up counter without a queue at the station" relieves p1 relevance high
            }

            valuemap b {
              reliever s1 "Digital forms filled in 5 minutes" relieves q1
            }

            """);

        var move = Single(workspace.ActionsAt("main.canvas", "p1 \"Waiting"), "Move pain `p1` to the profile of `b` (removes 2 references)");
        move.Kind.ShouldBe(ActionKind.Refactor);
        var after = workspace.Apply(move.Change);

        after["main.canvas"].ShouldBe(Segments + """
            profile a {
              pain p2 "Paying 5 euros for every delivery" severity high
            }

            profile b {
              pain q1 "Losing 2 hours a week on paperwork" severity high
              pain p1 "Waiting 10 minutes at the counter" severity high
            }

            valuemap a {
              reliever r1 "Order ahead from the app before leaving home" relieves p2
              reliever r2 "A pick-up counter without a queue at the station" relevance high
            }

            valuemap b {
              reliever s1 "Digital forms filled in 5 minutes" relieves q1
            }

            """);
        Errors(workspace, "main.canvas").ShouldBeEmpty();
    }

    [Fact]
    public void A_reference_attribute_on_its_own_line_goes_with_its_line_and_other_names_keep_their_commas()
    {
        using var workspace = new MultiFileWorkspace();
        workspace.Open("main.canvas", Segments + """
            profile a {
              functional job j0 "Get to the office by 9:00 on weekdays"
              functional job j1 "Buy lunch for under 8 euros near the office"
              functional job j2 "Book a desk for Thursday before Wednesday noon"
            }

            profile b {
              functional job k1 "Restock the shelves before 8:00 every morning"
            }

            valuemap a {
              digital product app "Commuter app with saved routes"
                serves j1
                relevance high
              service desk "Desk booking service" serves j0, j1, j2 // the three of them
              service lunch "Lunch vouchers" serves j1, j2
            }

            """);

        var move = Single(workspace.ActionsAt("main.canvas", "j1 \"Buy"), "Move job `j1` to the profile of `b` (removes 3 references)");
        var after = workspace.Apply(move.Change)["main.canvas"];

        after.ShouldContain("""
              digital product app "Commuter app with saved routes"
                relevance high
              service desk "Desk booking service" serves j0, j2 // the three of them
              service lunch "Lunch vouchers" serves j2
            """);
        after.ShouldContain("""
              functional job k1 "Restock the shelves before 8:00 every morning"
              functional job j1 "Buy lunch for under 8 euros near the office"
            """);
        Errors(workspace, "main.canvas").ShouldBeEmpty();
    }

    [Fact]
    public void References_in_importers_on_disk_are_removed_in_the_same_change()
    {
        using var workspace = new MultiFileWorkspace();
        workspace.Open("main.canvas", Segments + """
            profile a {
              pain p1 "Waiting 10 minutes at the counter" severity high
            }

            profile b {
              pain q1 "Losing 2 hours a week on paperwork" severity high
            }

            """);

        // Two canvases each give `a` a value map (they do not see each other, so neither is a duplicate).
        workspace.Write("offer.canvas", """
            import "main.canvas"

            valuemap a {
              reliever r1 "Order ahead from the app before leaving home" relieves p1
              creator c1 "A seat on the shuttle"
            }

            """);
        workspace.Write("pilot.canvas", """
            import "main.canvas"

            valuemap a {
              reliever r9 "A second counter at rush hour" relieves p1 relevance high
            }

            """);

        // Sees p1 through offer.canvas, from a value map of another segment: wrong before, left alone.
        workspace.Write("deeper.canvas", """
            import "offer.canvas"

            segment d "Delta people"
            valuemap d {
              reliever t1 "Delivery lockers for parcels" relieves p1
            }

            """);
        workspace.Write("elsewhere.canvas", """
            // Names p1 in a comment and imports nothing: untouched.
            segment e "Epsilon people"

            """);

        var move = Single(workspace.ActionsAt("main.canvas", "p1 \"Waiting"), "Move pain `p1` to the profile of `b` (removes 2 references in 2 files)");
        move.Change.Documents.Select(d => Path.GetFileName(d.Path)).ShouldBe(["main.canvas", "offer.canvas", "pilot.canvas"]);
        var after = workspace.Apply(move.Change);
        after["offer.canvas"].ShouldContain("  reliever r1 \"Order ahead from the app before leaving home\"\n  creator c1");
        after["pilot.canvas"].ShouldContain("  reliever r9 \"A second counter at rush hour\" relevance high\n");
        workspace.Text("deeper.canvas").ShouldContain("relieves p1");
        Errors(workspace, "main.canvas").ShouldBeEmpty();
        Errors(workspace, "offer.canvas").ShouldBeEmpty();
        Errors(workspace, "pilot.canvas").ShouldBeEmpty();
        Errors(workspace, "deeper.canvas").Select(d => d.Code).ShouldBe(["CV004"]);
    }

    [Fact]
    public void A_reference_that_the_move_makes_right_is_kept()
    {
        using var workspace = new MultiFileWorkspace();
        workspace.Open("main.canvas", Segments + """
            profile a {
              pain p1 "Waiting 10 minutes at the counter" severity high
            }

            profile b {
              pain q1 "Losing 2 hours a week on paperwork" severity high
            }

            valuemap a {
              reliever r1 "Order ahead from the app before leaving home" relieves p1
            }

            """);

        // A value map of `b` naming p1 is wrong today (CV004) and right after the move.
        workspace.Write("offer.canvas", """
            import "main.canvas"

            valuemap b {
              reliever s1 "Digital forms filled in 5 minutes" relieves q1, p1
            }

            """);
        Errors(workspace, "offer.canvas").Select(d => d.Code).ShouldBe(["CV004"]);
        var move = Single(workspace.ActionsAt("main.canvas", "p1 \"Waiting"), "Move pain `p1` to the profile of `b` (removes 1 reference)");
        move.Change.Documents.Select(d => Path.GetFileName(d.Path)).ShouldBe(["main.canvas"]);
        workspace.Apply(move.Change);
        Errors(workspace, "main.canvas").ShouldBeEmpty();
        Errors(workspace, "offer.canvas").ShouldBeEmpty();
        workspace.Text("offer.canvas").ShouldContain("relieves q1, p1");
    }

    [Fact]
    public void A_moved_reliever_drops_the_pains_of_its_old_segment_and_keeps_those_of_the_new_one()
    {
        using var workspace = new MultiFileWorkspace();
        workspace.Open("main.canvas", Segments + """
            profile a {
              pain p1 "Waiting 10 minutes at the counter" severity high
            }

            profile b {
              pain q1 "Losing 2 hours a week on paperwork" severity high
            }

            valuemap a {
              reliever r1 "Forms filled in for you in 5 minutes" relieves p1, q1 relevance high
              reliever r2 "Order ahead from the app before leaving home" relieves p1
            }

            valuemap b {
              product forms "Digital forms"
            }

            """);

        var move = Single(workspace.ActionsAt("main.canvas", "r1 \"Forms"), "Move reliever `r1` to the value map of `b` (removes 1 reference)");
        var after = workspace.Apply(move.Change)["main.canvas"];
        after.ShouldContain("""
            valuemap b {
              product forms "Digital forms"
              reliever r1 "Forms filled in for you in 5 minutes" relieves q1 relevance high
            }
            """);
        after.ShouldContain("reliever r2 \"Order ahead from the app before leaving home\" relieves p1");
        Errors(workspace, "main.canvas").ShouldBeEmpty();
    }

    [Fact]
    public void A_target_block_in_an_imported_file_gets_the_entry_in_a_two_file_change()
    {
        using var workspace = new MultiFileWorkspace();
        workspace.Write("shared.canvas", """
            segment b "Beta people who run a small shop"

            profile b {
              pain q1 "Losing 2 hours a week on paperwork" severity high

              gain g1 "Paperwork done before the shop opens" relevance high
            }

            """);
        workspace.Open("main.canvas", """
            import "shared.canvas"

            segment a "Alpha people who commute to the city"

            profile a {
              // Measured at the station in March.
              pain p1 "Waiting 10 minutes at the counter" severity high
            }

            valuemap a {
              reliever r1 "Order ahead from the app before leaving home" relieves p1
            }

            """);

        var move = Single(workspace.ActionsAt("main.canvas", "p1 \"Waiting"), "Move pain `p1` to the profile of `b` in shared.canvas (removes 1 reference)");
        move.Change.Documents.Select(d => Path.GetFileName(d.Path)).ShouldBe(["main.canvas", "shared.canvas"]);
        var after = workspace.Apply(move.Change);
        after["shared.canvas"].ShouldBe("""
            segment b "Beta people who run a small shop"

            profile b {
              pain q1 "Losing 2 hours a week on paperwork" severity high
              // Measured at the station in March.
              pain p1 "Waiting 10 minutes at the counter" severity high

              gain g1 "Paperwork done before the shop opens" relevance high
            }

            """);
        after["main.canvas"].ShouldContain("profile a {\n}");
        after["main.canvas"].ShouldContain("reliever r1 \"Order ahead from the app before leaving home\"\n");
        Errors(workspace, "main.canvas").ShouldBeEmpty();
        Errors(workspace, "shared.canvas").ShouldBeEmpty();
    }

    [Fact]
    public void An_id_taken_where_the_entry_goes_is_renamed_with_the_references_that_stay()
    {
        using var workspace = new MultiFileWorkspace();
        workspace.Write("shared.canvas", """
            segment b "Beta people who run a small shop"

            profile b {
              pain q1 "Losing 2 hours a week on paperwork" severity high
            }

            """);

        // Another canvas on the shared file already has a `p1`: after the move it would see two.
        workspace.Write("third.canvas", """
            import "shared.canvas"

            segment c "Gamma people"
            profile c {
              pain p1 "Parking costs 12 euros a day" severity high
              pain p1_2 "Parking is full by 8:30" severity high
            }

            """);
        workspace.Open("main.canvas", """
            import "shared.canvas"

            segment a "Alpha people who commute to the city"

            profile a {
              pain p1 "Waiting 10 minutes at the counter" severity high
            }

            valuemap a {
              reliever r1 "Order ahead from the app before leaving home" relieves p1
            }

            valuemap b {
              reliever s1 "Digital forms filled in 5 minutes" relieves q1, p1
            }

            """);

        var move = Single(workspace.ActionsAt("main.canvas", "p1 \"Waiting"),
            "Move pain `p1` to the profile of `b` in shared.canvas (renamed `p1_3`: `p1` is taken there; removes 1 reference)");
        var after = workspace.Apply(move.Change);
        after["shared.canvas"].ShouldContain("  pain p1_3 \"Waiting 10 minutes at the counter\" severity high\n");
        after["main.canvas"].ShouldContain("relieves q1, p1_3");
        after.ShouldNotContainKey("third.canvas");
        Errors(workspace, "main.canvas").ShouldBeEmpty();
        Errors(workspace, "shared.canvas").ShouldBeEmpty();
        Errors(workspace, "third.canvas").ShouldBeEmpty();

        // Within one file, the scope does not change: no rename.
        workspace.Open("solo.canvas", Segments + "profile a {\n  pain p9 \"Waiting 10 minutes\"\n}\nprofile b {\n}\n");
        Single(workspace.ActionsAt("solo.canvas", "p9"), "Move pain `p9` to the profile of `b`");
    }

    [Fact]
    public void Comments_directly_above_move_with_the_entry_but_region_comments_and_detached_ones_stay()
    {
        using var workspace = new MultiFileWorkspace();
        workspace.Open("main.canvas", Segments + """
            profile a {
              // Pains we heard in the March interviews.

              // Heard from 7 of 12 people.
              // canvaslang-disable-next-line CV101
              pain p1 "Too slow" severity high // 10 minutes on average
              // canvaslang-disable vague-entry
              pain p2 "Too costly" severity high
              // canvaslang-enable vague-entry
              gain g1 "Coffee ready at 8:10 on the platform" relevance high
            }

            profile b { pain q1 "Losing 2 hours a week on paperwork" gain h1 "Paperwork done by 9:00" }

            """);

        var first = Single(workspace.ActionsAt("main.canvas", "p1 \"Too"), "Move pain `p1` to the profile of `b`");
        var after = workspace.Apply(first.Change)["main.canvas"];
        after.ShouldBe(Segments + """
            profile a {
              // Pains we heard in the March interviews.

              // canvaslang-disable vague-entry
              pain p2 "Too costly" severity high
              // canvaslang-enable vague-entry
              gain g1 "Coffee ready at 8:10 on the platform" relevance high
            }

            profile b { pain q1 "Losing 2 hours a week on paperwork" gain h1 "Paperwork done by 9:00"
              // Heard from 7 of 12 people.
              // canvaslang-disable-next-line CV101
              pain p1 "Too slow" severity high // 10 minutes on average
            }

            """);

        var second = Single(workspace.ActionsAt("main.canvas", "p2 \"Too"), "Move pain `p2` to the profile of `b`");
        after = workspace.Apply(second.Change)["main.canvas"];
        after.ShouldContain("""
              // canvaslang-disable vague-entry
              // canvaslang-enable vague-entry
              gain g1
            """);
        after.ShouldContain("""
              pain p1 "Too slow" severity high // 10 minutes on average
              pain p2 "Too costly" severity high
            }
            """);
    }

    [Fact]
    public void An_entry_sharing_its_line_moves_alone_and_comments_inside_a_reference_list_are_kept()
    {
        using var workspace = new MultiFileWorkspace();
        workspace.Open("main.canvas", Segments + """
            profile a { pain p1 "Waiting 10 minutes at the counter" pain p2 "Paying 5 euros for delivery" pain p3 "Carrying 4 bags home" }
            profile b {
              gain h1 "Paperwork done by 9:00"
            }
            valuemap a {
              reliever r1 "Order ahead from the app" relieves p2, /* the worst one */ p1, p3
            }

            """);

        var move = Single(workspace.ActionsAt("main.canvas", "p1 \"Waiting"), "Move pain `p1` to the profile of `b` (removes 1 reference)");
        var after = workspace.Apply(move.Change)["main.canvas"];
        after.ShouldContain("profile a { pain p2 \"Paying 5 euros for delivery\" pain p3 \"Carrying 4 bags home\" }");
        after.ShouldContain("profile b {\n  pain p1 \"Waiting 10 minutes at the counter\"\n  gain h1");
        after.ShouldContain("/* the worst one */");
        after.ShouldNotContain("p1, p3");
        Errors(workspace, "main.canvas").ShouldBeEmpty();
    }

    [Fact]
    public void Every_move_in_an_example_keeps_all_text_and_adds_no_error()
    {
        var examples = Path.Combine(Formatting.SampleCanvases.RepoRoot, "examples");
        var grocery = string.Concat(new[] { "segments", "families", "students" }.Select(f =>
            string.Join('\n', File.ReadAllLines(Path.Combine(examples, "grocery", f + ".canvas")).Where(l => !l.StartsWith("import", StringComparison.Ordinal) && !l.StartsWith("title", StringComparison.Ordinal))) + "\n"));
        foreach (var (name, text) in new[] { ("language-school.canvas", File.ReadAllText(Path.Combine(examples, "language-school.canvas"))), ("grocery.canvas", grocery) })
        {
            using var workspace = new MultiFileWorkspace();
            workspace.Open(name, text);
            MovesKeepEverything(workspace, name, [name]).ShouldBeGreaterThan(10, name);
        }
    }

    [Fact]
    public void Every_move_to_an_imported_file_keeps_all_text_and_adds_no_error()
    {
        var grocery = Path.Combine(Formatting.SampleCanvases.RepoRoot, "examples", "grocery");
        using var workspace = new MultiFileWorkspace();
        foreach (var file in new[] { "segments", "families", "businessmodel" })
        {
            workspace.Write(file + ".canvas", File.ReadAllText(Path.Combine(grocery, file + ".canvas")));
        }

        // The students' canvas imports the families' one, so the families' blocks are targets too.
        workspace.Open("students.canvas", File.ReadAllText(Path.Combine(grocery, "students.canvas")).Replace("import \"segments.canvas\"", "import \"families.canvas\"", StringComparison.Ordinal));
        MovesKeepEverything(workspace, "students.canvas", ["students.canvas", "families.canvas", "businessmodel.canvas"]).ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Windows_line_ends_stay_windows_line_ends()
    {
        using var workspace = new MultiFileWorkspace();
        var text = (Segments + """
            profile a {
              // From the March interviews.
              pain p1 "Waiting 10 minutes at the counter" severity high
              pain p2 "Paying 5 euros for every delivery" severity high
            }

            profile b {
              pain q1 "Losing 2 hours a week on paperwork" severity high
            }

            valuemap a {
              reliever r1 "Order ahead from the app before leaving home"
                relieves p1
            }

            """).ReplaceLineEndings("\r\n");
        workspace.Open("main.canvas", text);
        var move = Single(workspace.ActionsAt("main.canvas", "p1 \"Waiting"), "Move pain `p1` to the profile of `b` (removes 1 reference)");
        var after = workspace.Apply(move.Change)["main.canvas"];
        after.Replace("\r\n", string.Empty, StringComparison.Ordinal).ShouldNotContain('\n');
        after.ShouldBe(text
            .Replace("  // From the March interviews.\r\n  pain p1 \"Waiting 10 minutes at the counter\" severity high\r\n", string.Empty, StringComparison.Ordinal)
            .Replace("paperwork\" severity high\r\n", "paperwork\" severity high\r\n  // From the March interviews.\r\n  pain p1 \"Waiting 10 minutes at the counter\" severity high\r\n", StringComparison.Ordinal)
            .Replace("\r\n    relieves p1", string.Empty, StringComparison.Ordinal));
        Errors(workspace, "main.canvas").ShouldBeEmpty();
    }

    [Fact]
    public void Snippet_fixes_keep_their_placeholders_only_when_asked()
    {
        using var workspace = new MultiFileWorkspace();
        workspace.Open("main.canvas", Segments + "profile a {\n  functional job j1 \"Get to the office by 9:00\"\n}\nvaluemap a {\n  product app \"Commuter app with saved routes\"\n}\n");
        var plain = workspace.ActionsAt("main.canvas", "app").Single(a => a.Title.StartsWith("Add `serves`", StringComparison.Ordinal));
        plain.Change.Documents.Single().Edits.ShouldAllBe(e => !e.IsSnippet && !e.NewText.Contains('$'));
        var snippet = workspace.ActionsAt("main.canvas", "app", snippets: true).Single(a => a.Title.StartsWith("Add `serves`", StringComparison.Ordinal));
        snippet.Change.Documents.Single().Edits.ShouldContain(e => e.IsSnippet && e.NewText.Contains("${1"));
    }

    /// <summary>
    /// Applies, one at a time, every move offered on every entry of <paramref name="name"/>: no syntax
    /// error and no broken reference appears in <paramref name="files"/>, every entry text and comment
    /// is still there exactly as often. Returns how many moves were checked.
    /// </summary>
    private static int MovesKeepEverything(MultiFileWorkspace workspace, string name, string[] files)
    {
        var originals = files.ToDictionary(f => f, workspace.Text);
        var before = files.ToDictionary(f => f, f => workspace.Analyze(f).Result.Diagnostics);
        var analysis = workspace.Analyze(name);
        var quoted = files.SelectMany(f => Syntax.Tree.SyntaxTree.Parse(originals[f]).AllEntries().Select(e => e.Text is { } t ? originals[f].Substring(t.Span.Start, t.Span.Length) : null)).OfType<string>().Distinct().ToList();
        var comments = files.SelectMany(f => Syntax.Tree.SyntaxTree.Parse(originals[f]).Comments.Select(c => c.Text)).Distinct().ToList();
        var moves = 0;
        foreach (var entry in analysis.Result.Model.OwnEntries.ToList())
        {
            var actions = new CodeActionService(workspace.Workspace.Current).Actions(analysis, new Syntax.Text.TextSpan(entry.Span.Start, 0))
                .Where(a => a.Kind == ActionKind.Refactor && a.Title.StartsWith("Move ", StringComparison.Ordinal));
            foreach (var action in actions)
            {
                moves++;
                workspace.Apply(action.Change);
                var all = string.Concat(files.Select(workspace.Text));
                var original = string.Concat(files.Select(f => originals[f]));
                foreach (var text in quoted)
                {
                    Count(all, text).ShouldBe(Count(original, text), $"{action.Title} lost or doubled {text}");
                }

                foreach (var comment in comments)
                {
                    Count(all, comment).ShouldBe(Count(original, comment), $"{action.Title} lost or doubled {comment}");
                }

                foreach (var file in files)
                {
                    var after = workspace.Analyze(file).Result.Diagnostics;
                    after.Count(d => d.Code == "CV001").ShouldBe(before[file].Count(d => d.Code == "CV001"), $"{action.Title} in {file}");
                    CountBroken(after).ShouldBeLessThanOrEqualTo(CountBroken(before[file]),
                        $"{action.Title} in {file}:\n{string.Join("\n", after.Where(d => BrokenReferences.Contains(d.Code)).Select(d => d.Message))}\n{workspace.Text(file)}");
                }

                foreach (var file in files)
                {
                    workspace.Write(file, originals[file]);
                    if (workspace.Workspace.Get(workspace.PathOf(file)) is not null)
                    {
                        workspace.Open(file, originals[file]);
                    }
                }

                workspace.Workspace.FilesChanged(files.Select(workspace.PathOf));
            }
        }

        return moves;
    }

    private static CanvasAction Single(IReadOnlyList<CanvasAction> actions, string title)
    {
        var moves = actions.Where(a => a.Kind == ActionKind.Refactor && a.Title.StartsWith("Move ", StringComparison.Ordinal)).ToList();
        moves.Select(a => a.Title).ShouldContain(title);
        return moves.Single(a => a.Title == title);
    }

    private static List<Diagnostic> Errors(MultiFileWorkspace workspace, string name) =>
        [.. workspace.Analyze(name).Result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];

    private static int CountBroken(IEnumerable<Diagnostic> diagnostics) => diagnostics.Count(d => BrokenReferences.Contains(d.Code));

    private static int Count(string text, string needle)
    {
        var count = 0;
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
