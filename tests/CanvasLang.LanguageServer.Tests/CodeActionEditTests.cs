using CanvasLang.LanguageServer.Tests.Client;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Tests;

/// <summary>
/// The workspace edits of code actions on the wire: snippet fixes with and without the client's
/// <c>experimental.snippetTextEdit</c> capability, and a move refactoring that edits two files.
/// </summary>
public sealed class CodeActionEditTests
{
    private const string Offer = """
        segment a "Alpha people who commute to the city"

        profile a {
          functional job get_there "Get to the office by 9:00 on weekdays" importance high
          functional job eat "Buy lunch for under 8 euros near the office" importance high
        }

        valuemap a {
          digital product app "Commuter app with saved routes"
        }

        """;

    private static readonly JObject SnippetCapability = JObject.Parse("""{ "experimental": { "snippetTextEdit": true }, "workspace": { "workspaceEdit": { "documentChanges": true } } }""");

    [Fact]
    public async Task Without_the_experimental_capability_a_snippet_fix_is_plain_text_in_changes()
    {
        await using var session = await ServerSession.StartAsync();
        var uri = await session.OpenAsync("offer.canvas", Offer);
        var fix = await ServesFixAsync(session.Client, uri);
        var edits = (JArray)fix["edit"]!["changes"]![uri]!;
        fix["edit"]!["documentChanges"].ShouldBeNull();
        edits.Single()["newText"]!.ToString().ShouldBe(" serves get_there");
        edits.Single()["insertTextFormat"].ShouldBeNull();
    }

    [Fact]
    public async Task With_the_experimental_capability_a_snippet_fix_is_a_snippet_text_edit_in_document_changes()
    {
        await using var session = await ServerSession.StartAsync(capabilities: SnippetCapability);
        var uri = await session.OpenAsync("offer.canvas", Offer);
        var fix = await ServesFixAsync(session.Client, uri);
        fix["edit"]!["changes"].ShouldBeNull();
        var change = (JObject)((JArray)fix["edit"]!["documentChanges"]!).Single();
        change["textDocument"]!["uri"]!.ToString().ShouldBe(uri);
        var edit = change["edits"]!.Single();
        edit["newText"]!.ToString().ShouldBe(" serves ${1|get_there,eat|}");
        edit["insertTextFormat"]!.Value<int>().ShouldBe(2);

        // Fixes without placeholders keep the plain shape, capability or not.
        var actions = (JArray)await session.Client.CallAsync("textDocument/codeAction", new { textDocument = new { uri }, range = LineRange(Offer, "digital product app"), context = new { diagnostics = Array.Empty<object>() } });
        actions.First(a => a["title"]!.ToString().StartsWith("Suppress", StringComparison.Ordinal))["edit"]!["changes"].ShouldNotBeNull();
    }

    /// <summary>
    /// lsp-validate checks against the 3.17 meta model, where a TextEdit has no `insertTextFormat`: it
    /// reports that property as unknown (a warning), never as an error. The full session of
    /// <see cref="EndToEndTests"/> runs without the capability; this one runs with it.
    /// </summary>
    [Fact]
    public async Task Snippet_text_edits_pass_lsp_validate_with_only_an_unknown_property_warning()
    {
        var folder = Directory.CreateTempSubdirectory("canvaslang-snippet-").FullName;
        var report = Path.Combine(folder, "report.json");
        await using (var server = ServerProcess.Start(report, folder))
        {
            await InitializeAsync(server.Client, folder, SnippetCapability);
            var uri = new Uri(Path.Combine(folder, "offer.canvas")).AbsoluteUri;
            await server.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "canvaslang", version = 1, text = Offer } });
            var fix = await ServesFixAsync(server.Client, uri);
            fix["edit"]!["documentChanges"]![0]!["edits"]![0]!["insertTextFormat"]!.Value<int>().ShouldBe(2);
            await ShutDownAsync(server);
        }

        var json = JObject.Parse(await File.ReadAllTextAsync(report));
        EndToEndTests.ErrorsOf(json).ShouldBe(0, json.ToString());
        var warnings = ((JArray)json["findings"]!).Where(f => f["severity"]?.ToString() == "warning").ToList();
        warnings.ShouldNotBeEmpty();
        warnings.ShouldAllBe(w => w["code"]!.ToString() == "unknown-property" && w["path"]!.ToString().EndsWith(".insertTextFormat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Moving_an_entry_to_an_imported_file_edits_both_files_in_one_workspace_edit()
    {
        var folder = Directory.CreateTempSubdirectory("canvaslang-move-").FullName;
        var report = Path.Combine(folder, "report.json");
        var shared = Path.Combine(folder, "shared.canvas");
        File.WriteAllText(shared, "segment b \"Beta people who run a small shop\"\n\nprofile b {\n  pain q1 \"Losing 2 hours a week on paperwork\" severity high\n}\n");
        var main = """
            import "shared.canvas"

            segment a "Alpha people who commute to the city"

            profile a {
              pain p1 "Waiting 10 minutes at the counter" severity high
              pain p2 "Paying 5 euros for every delivery" severity high
            }

            valuemap a {
              reliever r1 "Order ahead from the app before leaving home" relieves p1, p2
            }

            """;
        await using (var server = ServerProcess.Start(report, folder))
        {
            await InitializeAsync(server.Client, folder, new JObject());
            var uri = new Uri(Path.Combine(folder, "main.canvas")).AbsoluteUri;
            var sharedUri = new Uri(shared).AbsoluteUri;
            await server.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "canvaslang", version = 1, text = main } });
            var actions = (JArray)await server.Client.CallAsync("textDocument/codeAction", new { textDocument = new { uri }, range = LineRange(main, "pain p1"), context = new { diagnostics = Array.Empty<object>() } });
            var move = actions.Single(a => a["title"]!.ToString() == "Move pain `p1` to the profile of `b` in shared.canvas (removes 1 reference)");
            move["kind"]!.ToString().ShouldBe("refactor.move");
            var changes = (JObject)move["edit"]!["changes"]!;
            changes.Properties().Select(p => p.Name).ShouldBe([uri, sharedUri], ignoreOrder: true);

            var newMain = ApplyEdits(main, (JArray)changes[uri]!);
            var newShared = ApplyEdits(File.ReadAllText(shared), (JArray)changes[sharedUri]!);
            newMain.ShouldContain("profile a {\n  pain p2 \"Paying 5 euros for every delivery\" severity high\n}");
            newMain.ShouldContain("relieves p2\n");
            newShared.ShouldBe("segment b \"Beta people who run a small shop\"\n\nprofile b {\n  pain q1 \"Losing 2 hours a week on paperwork\" severity high\n  pain p1 \"Waiting 10 minutes at the counter\" severity high\n}\n");

            // The editor saves the imported file and sends the importer's new text: no error is left.
            File.WriteAllText(shared, newShared);
            await server.Client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = sharedUri, type = 2 } } });
            await server.Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 2 }, contentChanges = new[] { new { text = newMain } } });
            var published = await server.Client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => n["params"]!["uri"]!.ToString() == uri && n["params"]!["version"]?.Value<int>() == 2);
            published["params"]!["diagnostics"]!.Where(d => d["severity"]!.Value<int>() == 1).ShouldBeEmpty();
            await ShutDownAsync(server);
        }

        var json = JObject.Parse(await File.ReadAllTextAsync(report));
        EndToEndTests.ErrorsOf(json).ShouldBe(0, json.ToString());
    }

    private static async Task<JToken> ServesFixAsync(LspClient client, string uri)
    {
        var actions = (JArray)await client.CallAsync("textDocument/codeAction", new { textDocument = new { uri }, range = LineRange(Offer, "digital product app"), context = new { diagnostics = Array.Empty<object>() } });
        return actions.Single(a => a["title"]!.ToString() == "Add `serves` to product `app`");
    }

    private static async Task InitializeAsync(LspClient client, string folder, JObject capabilities)
    {
        await client.CallAsync("initialize", new { processId = Environment.ProcessId, rootUri = new Uri(folder).AbsoluteUri, capabilities });
        await client.NotifyAsync("initialized", new { });
    }

    private static async Task ShutDownAsync(ServerProcess server)
    {
        await server.Client.CallAsync("shutdown");
        await server.Client.NotifyAsync("exit");
        (await server.WaitForExitAsync(TimeSpan.FromSeconds(20))).ShouldBe(0);
    }

    /// <summary>The range of the line holding <paramref name="needle"/>, from the needle to the line's end.</summary>
    private static object LineRange(string text, string needle)
    {
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(needle, StringComparison.Ordinal));
        var character = lines[line].IndexOf(needle, StringComparison.Ordinal);
        return new { start = new { line, character }, end = new { line, character = lines[line].Length } };
    }

    /// <summary>Applies LSP text edits (ranges in the original text, any order, not overlapping).</summary>
    private static string ApplyEdits(string text, JArray edits)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        int Offset(JToken position) => starts[position["line"]!.Value<int>()] + position["character"]!.Value<int>();
        var spans = edits.Select(e => (Start: Offset(e["range"]!["start"]!), End: Offset(e["range"]!["end"]!), Text: e["newText"]!.ToString()))
            .OrderByDescending(e => e.Start).ThenByDescending(e => e.End);
        foreach (var (start, end, newText) in spans)
        {
            text = string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
        }

        return text;
    }
}
