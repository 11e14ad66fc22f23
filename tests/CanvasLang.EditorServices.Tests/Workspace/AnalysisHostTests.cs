using CanvasLang.EditorServices.Tests.Features;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Tests.Workspace;

/// <summary>
/// The host applies changes; a snapshot (<see cref="Analysis"/>) is what features read, and nothing
/// the host does later shows through it: not an edit, not a closed file, not a file changed on disk.
/// </summary>
public sealed class AnalysisHostTests
{
    [Fact]
    public async Task A_snapshot_keeps_its_version_while_the_host_moves_on()
    {
        using var workspace = new FeatureWorkspace();
        var host = workspace.Workspace;
        var path = workspace.PathOf("coffee.canvas");
        var before = host.ApplyChange(new DocumentOpened(path, 1, FeatureWorkspace.Coffee)).Analysis;
        var edit = new TextChange(new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 0)), "% typed after the snapshot\n");
        var after = host.ApplyChange(new DocumentEdited(path, 2, [edit])).Analysis;
        host.ApplyChange(new DocumentClosed(path));

        before.Get(path)!.Version.ShouldBe(1);
        after.Get(path)!.Version.ShouldBe(2);
        host.Current.Get(path).ShouldBeNull();
        after.Generation.ShouldBeGreaterThan(before.Generation);

        // Each answers for its own text, though the host holds neither any more.
        (await before.AnalyzeAsync(path)).Snapshot.Text.Text.ShouldBe(FeatureWorkspace.Coffee);
        (await after.AnalyzeAsync(path)).Snapshot.Text.Text.ShouldStartWith("% typed after the snapshot\n");
    }

    [Fact]
    public async Task An_analysis_replaced_by_a_newer_version_still_answers_the_snapshot_that_asked_for_it()
    {
        using var workspace = new FeatureWorkspace();
        var host = workspace.Workspace;
        var path = workspace.PathOf("coffee.canvas");
        var first = host.ApplyChange(new DocumentOpened(path, 1, FeatureWorkspace.Coffee)).Analysis;
        var pending = first.AnalyzeAsync(path);

        // A newer version starts its own analysis, which cancels the shared one of version 1.
        var edit = new TextChange(new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 0)), "\n");
        var second = host.ApplyChange(new DocumentEdited(path, 2, [edit])).Analysis;
        var newer = second.AnalyzeAsync(path);

        (await pending).Snapshot.Version.ShouldBe(1);
        (await newer).Snapshot.Version.ShouldBe(2);
    }

    [Fact]
    public async Task Imports_are_read_as_the_snapshot_has_them()
    {
        using var workspace = new FeatureWorkspace();
        var host = workspace.Workspace;
        var segments = workspace.PathOf("segments.canvas");
        var canvas = workspace.PathOf("coffee.canvas");
        host.ApplyChange(new DocumentOpened(segments, 1, "segment a \"A\"\n"));
        var declared = host.ApplyChange(new DocumentOpened(canvas, 1, "import \"segments.canvas\"\nprofile a {\n}\n")).Analysis;
        var renamed = host.ApplyChange(new DocumentEdited(segments, 2, [new TextChange(null, "segment b \"B\"\n")])).Analysis;

        (await renamed.AnalyzeAsync(canvas)).Result.Diagnostics.ShouldContain(d => d.Code == "CV007");
        (await declared.AnalyzeAsync(canvas)).Result.Diagnostics.ShouldNotContain(d => d.Code == "CV007");
    }

    [Fact]
    public async Task A_configuration_changed_on_disk_is_read_by_the_snapshots_after_the_change_and_only_by_them()
    {
        using var workspace = new FeatureWorkspace();
        var host = workspace.Workspace;
        var path = workspace.PathOf("coffee.canvas");
        const string Vague = "segment riders \"People who cycle to work\"\nprofile riders {\n  pain p1 \"Better service\"\n}\n";
        var lax = host.ApplyChange(new DocumentOpened(path, 1, Vague)).Analysis;
        (await lax.AnalyzeAsync(path)).Result.Diagnostics.ShouldContain(d => d.Code == "CV101");

        var configuration = workspace.PathOf("canvaslang.json");
        File.WriteAllText(configuration, """{ "rules": { "CV101": "off" } }""");
        var quiet = host.ApplyChange(new FilesChanged([configuration])).Analysis;

        var warm = await quiet.AnalyzeAsync(path);
        warm.Result.Diagnostics.ShouldNotContain(d => d.Code == "CV101");
        var fresh = await new AnalysisHost(workspace.Folder).ApplyChange(new DocumentOpened(path, 1, Vague)).Analysis.AnalyzeAsync(path);
        warm.Result.Diagnostics.Select(d => $"{d.Code} {d.Span} {d.Message}").ShouldBe(fresh.Result.Diagnostics.Select(d => $"{d.Code} {d.Span} {d.Message}"));

        // The snapshot taken before the change still reads the configuration it had.
        (await lax.AnalyzeAsync(path)).Result.Diagnostics.ShouldContain(d => d.Code == "CV101");
    }

    [Fact]
    public void Refused_changes_leave_the_snapshot_as_it_was()
    {
        using var workspace = new FeatureWorkspace();
        var host = workspace.Workspace;
        var path = workspace.PathOf("coffee.canvas");
        var opened = host.ApplyChange(new DocumentOpened(path, 5, FeatureWorkspace.Coffee)).Analysis;

        var late = host.ApplyChange(new DocumentEdited(path, 4, [new TextChange(null, "x")]));
        late.Outcome.ShouldBe(ChangeOutcome.StaleVersion);
        late.Analysis.ShouldBeSameAs(opened);
        var unopened = host.ApplyChange(new DocumentEdited(workspace.PathOf("none.canvas"), 2, [new TextChange(new LinePositionSpan(default, default), "x")]));
        unopened.Outcome.ShouldBe(ChangeOutcome.NotOpen);
        unopened.Analysis.ShouldBeSameAs(opened);
    }

    [Fact]
    public void Configuration_buffers_and_folders_do_not_make_analyses_stale()
    {
        using var workspace = new FeatureWorkspace();
        var host = workspace.Workspace;
        var generation = host.ApplyChange(new DocumentOpened(workspace.PathOf("coffee.canvas"), 1, FeatureWorkspace.Coffee)).Analysis.Generation;
        var configuration = workspace.PathOf("canvaslang.json");
        host.ApplyChange(new ConfigurationOpened(configuration, 1, "{ }")).Analysis.ConfigurationBufferOf(configuration).ShouldNotBeNull();
        host.ApplyChange(new RootsChanged([workspace.Folder, Path.GetTempPath()])).Analysis.Roots.Length.ShouldBe(2);
        host.Current.Generation.ShouldBe(generation);
        host.ApplyChange(new SettingsChanged()).Analysis.Generation.ShouldBe(generation + 1);
    }
}
