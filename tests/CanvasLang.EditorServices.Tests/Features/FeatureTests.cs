using CanvasLang.EditorServices.CodeActions;
using CanvasLang.EditorServices.CodeLens;
using CanvasLang.EditorServices.Fit;
using CanvasLang.EditorServices.Folding;
using CanvasLang.EditorServices.Hover;
using CanvasLang.EditorServices.InlayHints;
using CanvasLang.EditorServices.Navigation;
using CanvasLang.EditorServices.SemanticTokens;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Tests.Features;

public sealed class FeatureTests
{
    [Fact]
    public void Fit_summary_counts_what_matters()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(FeatureWorkspace.Coffee);
        FitSummary.Of(analysis.Result.Model, "commuters").Text
            .ShouldBe("relieves 1 of 2 severe pains · creates 1 of 1 essential gain · serves 1 of 1 important job");
    }

    [Fact]
    public void Hover_on_a_reference_shows_the_entry_and_who_addresses_it()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(FeatureWorkspace.Coffee.Replace("relieves queue", "relieves qu|eue", StringComparison.Ordinal));
        var hover = HoverService.Hover(analysis, offset)!;
        hover.Markdown.ShouldContain("Waiting more than 5 minutes");
        hover.Markdown.ShouldContain("Relieved by");
    }

    [Fact]
    public void Hover_on_a_keyword_explains_the_term()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(FeatureWorkspace.Coffee.Replace("obstacle pain", "obsta|cle pain", StringComparison.Ordinal));
        HoverService.Hover(analysis, offset)!.Markdown.Length.ShouldBeGreaterThan(40);
    }

    [Fact]
    public void Hover_on_a_segment_shows_its_fit()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(FeatureWorkspace.Coffee.Replace("segment commuters", "segment commu|ters", StringComparison.Ordinal));
        HoverService.Hover(analysis, offset)!.Markdown.ShouldContain("relieves 1 of 2 severe pains");
    }

    [Fact]
    public void Rename_changes_declaration_and_references()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(FeatureWorkspace.Coffee.Replace("pain queue", "pain qu|eue", StringComparison.Ordinal));
        var (change, error) = new NavigationService(workspace.Workspace.Current).Rename(analysis, offset, "long_queue", CancellationToken.None);
        error.ShouldBeNull();
        var edited = TextEdit.Apply(analysis.Text.Text, change!.Documents.Single().Edits);
        edited.ShouldContain("pain long_queue");
        edited.ShouldContain("relieves long_queue");
    }

    [Fact]
    public void Rename_refuses_a_name_already_taken()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(FeatureWorkspace.Coffee.Replace("pain queue", "pain qu|eue", StringComparison.Ordinal));
        new NavigationService(workspace.Workspace.Current).Rename(analysis, offset, "cash", CancellationToken.None).Error!.ShouldContain("already declared");
    }

    [Fact]
    public void Rename_reaches_importing_files()
    {
        using var workspace = new FeatureWorkspace();
        File.WriteAllText(workspace.PathOf("segments.canvas"), "segment riders \"People who ride to work\"\n");
        File.WriteAllText(workspace.PathOf("other.canvas"), "import \"segments.canvas\"\nstatement riders \"Our app helps riders get to work by 8:45\"\n");
        var (analysis, offset) = workspace.Open("import \"segments.canvas\"\nprofile ri|ders {\n}\n");
        var (change, _) = new NavigationService(workspace.Workspace.Current).Rename(analysis, offset, "cyclists", CancellationToken.None);
        change!.Documents.Select(d => Path.GetFileName(d.Path)).ShouldBe(["coffee.canvas", "segments.canvas", "other.canvas"], ignoreOrder: true);
    }

    [Fact]
    public void Outline_nests_blocks_under_their_segment()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(FeatureWorkspace.Coffee);
        var outline = OutlineService.Outline(analysis.Snapshot.Tree);
        outline.Single().Children.Select(c => c.Kind).ShouldBe([OutlineKind.Profile, OutlineKind.ValueMap]);
        outline.Single().Children[0].Children.Length.ShouldBe(5);
    }

    private const string Persona = "\ntest survey for commuters {\n  status running\n}\npersona maria for commuters {\n  goal \"Catch the 8:10 with a coffee\"\n  goal \"Leave home after 7:40\"\n  trait \"34, accountant\"\n  basedon survey\n}\n";

    [Fact]
    public void Outline_puts_a_persona_under_its_segment()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(FeatureWorkspace.Coffee + Persona);
        var persona = outlineChild(OutlineService.Outline(analysis.Snapshot.Tree).Single(), OutlineKind.Persona);
        persona.Name.ShouldBe("maria");
        persona.Detail.ShouldBe("persona of commuters");

        static OutlineItem outlineChild(OutlineItem segment, OutlineKind kind) => segment.Children.Single(c => c.Kind == kind);
    }

    [Fact]
    public void Hover_on_a_persona_shows_its_goals_and_evidence()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(FeatureWorkspace.Coffee + Persona.Replace("persona maria", "persona ma|ria", StringComparison.Ordinal));
        var markdown = HoverService.Hover(analysis, offset)!.Markdown;
        markdown.ShouldStartWith("**persona `maria`** for `commuters` · 34, accountant");
        markdown.ShouldContain("*goal:* Catch the 8:10 with a coffee");
        markdown.ShouldContain("*goal:* Leave home after 7:40");
        markdown.ShouldContain("based on `survey`");
    }

    [Fact]
    public void Rename_of_a_test_reaches_the_personas_based_on_it()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(FeatureWorkspace.Coffee + Persona.Replace("test survey", "test sur|vey", StringComparison.Ordinal));
        var (change, error) = new NavigationService(workspace.Workspace.Current).Rename(analysis, offset, "diary", CancellationToken.None);
        error.ShouldBeNull();
        var edited = TextEdit.Apply(analysis.Text.Text, change!.Documents.Single().Edits);
        edited.ShouldContain("test diary for commuters");
        edited.ShouldContain("basedon diary");
    }

    [Fact]
    public void A_persona_folds_like_a_test_card()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(FeatureWorkspace.Coffee + Persona);
        FoldingService.Fold(analysis.Snapshot.Tree).Length.ShouldBe(4);
    }

    [Fact]
    public void Hover_on_an_interview_shows_what_was_heard_and_who_cites_it()
    {
        using var workspace = new FeatureWorkspace();
        var text = FeatureWorkspace.Coffee.Replace("severity extreme", "severity extreme heard ana", StringComparison.Ordinal)
            + "\ninterview an|a for commuters {\n  who \"Nurse on nights\"\n  date 2026-11-03\n  heard pain \"The queue made her miss the 8:10 twice\"\n}\n";
        var (analysis, offset) = workspace.Open(text);
        var markdown = HoverService.Hover(analysis, offset)!.Markdown;
        markdown.ShouldStartWith("**interview `ana`** for `commuters` · 2026-11-03");
        markdown.ShouldContain("*heard pain:* The queue made her miss the 8:10 twice");
        markdown.ShouldContain("cited by 2 profile entries");
    }

    [Fact]
    public void Folding_code_lens_inlay_hints_and_tokens()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(FeatureWorkspace.Coffee);
        FoldingService.Fold(analysis.Snapshot.Tree).Length.ShouldBe(2);
        CodeLensService.Lenses(analysis.Result.Model).Single().Title.ShouldContain("severe pains");
        var hints = InlayHintService.Hints(analysis.Result.Model, new TextSpan(0, analysis.Text.Length));
        hints.Length.ShouldBe(3);
        hints.ShouldAllBe(h => h.Label.Length <= InlayHintService.MaxLength + 1);
        SemanticTokenService.Classify(analysis.Snapshot.Tree, analysis.Result.Model).Length.ShouldBeGreaterThan(40);
    }

    [Fact]
    public void Every_warning_gets_suppress_and_configure_actions()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(FeatureWorkspace.Coffee);
        var warning = analysis.Result.Diagnostics.First(d => d.Severity != Syntax.Diagnostics.DiagnosticSeverity.Error);
        var actions = new CodeActionService(workspace.Workspace.Current).Actions(analysis, warning.Span);
        actions.Select(a => a.Title).ShouldContain($"Suppress {warning.Code} ({warning.RuleName}) on this line");
        var configure = actions.First(a => a.Title.StartsWith($"Configure {warning.Code}", StringComparison.Ordinal));
        configure.Change.Documents.Single().CreatesFile.ShouldBeTrue();
        configure.Change.Documents.Single().Edits.Single().NewText.ShouldContain("$schema");
    }

    [Fact]
    public void Suppress_on_line_inserts_a_comment_that_silences_the_rule()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(FeatureWorkspace.Coffee);
        var warning = analysis.Result.Diagnostics.First(d => d.Severity != Syntax.Diagnostics.DiagnosticSeverity.Error);
        var action = new CodeActionService(workspace.Workspace.Current).Actions(analysis, warning.Span).First(a => a.Title.Contains("on this line", StringComparison.Ordinal));
        var edited = TextEdit.Apply(analysis.Text.Text, action.Change.Documents.Single().Edits);
        var (after, _) = workspace.Open(edited);
        var line = analysis.Text.LineOf(warning.Span.Start) + 1;
        after.Result.Diagnostics.ShouldNotContain(d => d.Code == warning.Code && after.Text.LineOf(d.Span.Start) == line);
        after.Result.Diagnostics.ShouldNotContain(d => d.Code == "CV901");
    }

    [Fact]
    public void Refactorings_add_a_missing_value_map_and_move_entries()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open("segment a \"Alpha people\"\nsegment b \"Beta people\"\nprofile a {\n  pain p|x \"Waiting 10 minutes\"\n}\nprofile b {\n}\n");
        var titles = new CodeActionService(workspace.Workspace.Current).Actions(analysis, new TextSpan(offset, 0)).Select(a => a.Title).ToList();
        titles.ShouldContain("Move pain `px` to the profile of `b`");
        var segment = new CodeActionService(workspace.Workspace.Current).Actions(analysis, new TextSpan(9, 0)).Select(a => a.Title);
        segment.ShouldContain("Add a value map for `a`");
    }

    [Fact]
    public void Snippet_text_becomes_plain_text() =>
        SnippetText.ToPlain("job ${1:id} \"${2:text}\" importance ${3|high,low|}$0").ShouldBe("job id \"text\" importance high");

    [Fact]
    public void Late_versions_and_unopened_edits_are_refused()
    {
        using var workspace = new FeatureWorkspace();
        var path = workspace.PathOf("v.canvas");
        workspace.Workspace.Open(path, 5, "segment a \"A\"");
        workspace.Workspace.Change(path, 4, [new TextChange(null, "x")], out _).ShouldBe(ChangeOutcome.StaleVersion);
        workspace.Workspace.Change(workspace.PathOf("none.canvas"), 2, [new TextChange(new LinePositionSpan(default, default), "x")], out _).ShouldBe(ChangeOutcome.NotOpen);
        workspace.Workspace.Change(path, 6, [new TextChange(new LinePositionSpan(new LinePosition(0, 8), new LinePosition(0, 9)), "b")], out var snapshot).ShouldBe(ChangeOutcome.Applied);
        snapshot!.Text.Text.ShouldBe("segment b \"A\"");
    }

    [Fact]
    public async Task Typing_into_an_analyzed_document_gives_what_a_fresh_analysis_gives()
    {
        // Versions made by one range edit are reparsed incrementally from the previous tree.
        using var workspace = new FeatureWorkspace();
        var path = workspace.PathOf("typed.canvas");
        workspace.Workspace.Open(path, 1, FeatureWorkspace.Coffee);
        await workspace.Workspace.AnalyzeAsync(path);
        var typed = " and the bus\n  pain late \"Arriving late\" severity high";
        var line = FeatureWorkspace.Coffee.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains("cash only", StringComparison.Ordinal)).i;
        var column = FeatureWorkspace.Coffee.Split('\n')[line].IndexOf("any\"", StringComparison.Ordinal) + 3;
        for (var i = 0; i < typed.Length; i++)
        {
            var at = new LinePosition(line + typed[..i].Count(c => c == '\n'), i == 0 || !typed[..i].Contains('\n') ? column + i : i - typed[..i].LastIndexOf('\n') - 1);
            workspace.Workspace.Change(path, 2 + i, [new TextChange(new LinePositionSpan(at, at), typed[i].ToString())], out var snapshot).ShouldBe(ChangeOutcome.Applied);
            var analysis = await workspace.Workspace.AnalyzeAsync(path);

            var fresh = new AnalysisHost();
            fresh.Open(path, 1, snapshot!.Text.Text);
            var expected = await fresh.AnalyzeAsync(path);
            analysis.Result.Diagnostics.Select(d => $"{d.Code} {d.Span} {d.Message}")
                .ShouldBe(expected.Result.Diagnostics.Select(d => $"{d.Code} {d.Span} {d.Message}"), $"after typing {typed[..(i + 1)]}");
            analysis.Result.Model.OwnEntries.Select(e => $"{e.Span} {e.Text}").ShouldBe(expected.Result.Model.OwnEntries.Select(e => $"{e.Span} {e.Text}"));
        }

        (await workspace.Workspace.AnalyzeAsync(path)).Snapshot.Text.Text.ShouldContain("any and the bus\n  pain late \"Arriving late\" severity high\"");
    }

    [Fact]
    public async Task Versions_typed_before_any_is_parsed_are_reparsed_incrementally_when_the_last_is()
    {
        using var workspace = new FeatureWorkspace();
        var path = workspace.PathOf("fast.canvas");
        workspace.Workspace.Open(path, 1, FeatureWorkspace.Coffee);
        var first = (await workspace.Workspace.AnalyzeAsync(path)).Snapshot;
        var snapshot = first;
        foreach (var typed in "\npro")
        {
            var end = snapshot.Text.GetPosition(snapshot.Text.Length);
            workspace.Workspace.Change(path, snapshot.Version + 1, [new TextChange(new LinePositionSpan(end, end), typed.ToString())], out var next);
            snapshot = next!;
        }

        // Nobody parsed the versions in between: the last one parses them, each from the one before.
        snapshot.UnparsedDepth.ShouldBe(DocumentSnapshot.MaxUnparsedChain);
        var tree = snapshot.Tree;
        tree.Declarations[0].ShouldBeSameAs(first.Tree.Declarations[0]);
        tree.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("`pro` does not start a declaration");
        var fresh = Syntax.Tree.SyntaxTree.Parse(snapshot.Text, path);
        tree.Declarations.Length.ShouldBe(fresh.Declarations.Length);
        tree.Diagnostics.ShouldBe(fresh.Diagnostics);

        // Beyond that many unparsed versions their texts are let go: the next one parses in full.
        foreach (var typed in "file")
        {
            var end = snapshot.Text.GetPosition(snapshot.Text.Length);
            workspace.Workspace.Change(path, snapshot.Version + 1, [new TextChange(new LinePositionSpan(end, end), typed.ToString())], out var next);
            snapshot = next!;
        }

        snapshot.UnparsedDepth.ShouldBe(DocumentSnapshot.MaxUnparsedChain);
        var end2 = snapshot.Text.GetPosition(snapshot.Text.Length);
        workspace.Workspace.Change(path, snapshot.Version + 1, [new TextChange(new LinePositionSpan(end2, end2), " ")], out var beyond);
        beyond!.UnparsedDepth.ShouldBe(0);
        beyond.Tree.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("expected a segment name after `profile`");
    }

    [Fact]
    public async Task Importers_are_reanalyzed_when_an_import_changes()
    {
        using var workspace = new FeatureWorkspace();
        var segments = workspace.PathOf("segments.canvas");
        workspace.Workspace.Open(segments, 1, "segment a \"A\"\n");
        var (analysis, _) = workspace.Open("import \"segments.canvas\"\nprofile a {\n}\n");
        analysis.Result.Diagnostics.ShouldNotContain(d => d.Code == "CV007");
        workspace.Workspace.OpenImportersOf(segments).ShouldBe([workspace.PathOf("coffee.canvas")]);
        workspace.Workspace.Change(segments, 2, [new TextChange(null, "segment b \"B\"\n")], out _);
        var after = await workspace.Workspace.AnalyzeAsync(workspace.PathOf("coffee.canvas"));
        after.Result.Diagnostics.ShouldContain(d => d.Code == "CV007");
    }
}
