using CanvasLang.LanguageServer.Tests.Client;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Tests;

/// <summary>CV900 on canvaslang.json's own URI, and canvaslang.json never treated as a canvas.</summary>
public sealed class ConfigurationDiagnosticsTests
{
    private static readonly JObject Capabilities = JObject.Parse("""
        { "workspace": { "configuration": true, "didChangeWatchedFiles": { "dynamicRegistration": true }, "workspaceFolders": true },
          "textDocument": { "publishDiagnostics": { "relatedInformation": true, "versionSupport": true, "codeDescriptionSupport": true } } }
        """);

    [Fact]
    public async Task The_configuration_session_runs_in_process()
    {
        await using var session = await ServerSession.StartAsync(capabilities: Capabilities);
        await ConfigurationSession.RunAsync(session.Client, session.Folder);
        await session.Client.CallAsync("textDocument/hover", new { textDocument = new { uri = session.Uri("canvaslang.json") }, position = new { line = 0, character = 0 } });
        session.Server.Host.Current.OpenDocuments.ShouldBeEmpty();
        session.Server.Host.Current.OpenConfigurations.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_configuration_session_through_lsp_validate_has_zero_errors()
    {
        var folder = Directory.CreateTempSubdirectory("canvaslang-config-e2e-").FullName;
        var report = Path.Combine(folder, "report.json");
        var exitCode = -1;
        await using (var server = ServerProcess.Start(report, folder))
        {
            await server.Client.CallAsync("initialize", new
            {
                processId = Environment.ProcessId,
                rootUri = new Uri(folder).AbsoluteUri,
                workspaceFolders = new[] { new { uri = new Uri(folder).AbsoluteUri, name = "config" } },
                capabilities = Capabilities,
            });
            await server.Client.NotifyAsync("initialized", new { });
            await ConfigurationSession.RunAsync(server.Client, folder);
            await server.Client.CallAsync("shutdown");
            await server.Client.NotifyAsync("exit");
            exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(20));
        }

        exitCode.ShouldBe(0);
        var json = JObject.Parse(await File.ReadAllTextAsync(report));
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "canvaslang-last-config-e2e-report.json"), json.ToString());
        EndToEndTests.ErrorsOf(json).ShouldBe(0, json.ToString());

        // The new messages were there to be checked: CV900 publications, null answers, the configure action.
        var counts = json["summary"]!["messagesByMethod"]!;
        counts["server:notification:textDocument/publishDiagnostics"]!.Value<int>().ShouldBeGreaterThanOrEqualTo(9);
        counts["server:response:textDocument/codeAction"]!.Value<int>().ShouldBe(2);
        counts["server:response:textDocument/hover"]!.Value<int>().ShouldBe(1);
        counts["server:response:textDocument/diagnostic"]!.Value<int>().ShouldBe(1);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Canvases_follow_the_saved_configuration_not_the_unsaved_buffer()
    {
        await using var session = await ServerSession.StartAsync(capabilities: Capabilities);
        var config = Path.Combine(session.Folder, "canvaslang.json");
        File.WriteAllText(config, "{}\n");
        var canvas = await session.OpenAsync("coffee.canvas", Samples.Coffee);
        (await session.DiagnosticsAsync(canvas, 1))["params"]!["diagnostics"]!.ShouldContain(d => d["code"]!.ToString() == "CV301");

        // The buffer turns CV301 off, unsaved: canvases keep the saved settings.
        var configUri = session.Uri("canvaslang.json");
        const string off = "{ \"rules\": { \"CV301\": \"off\" } }\n";
        await session.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = configUri, languageId = "json", version = 1, text = off } });
        await session.Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = canvas, version = 2 }, contentChanges = new[] { new { text = Samples.Coffee + "\n" } } });
        (await session.DiagnosticsAsync(canvas, 2))["params"]!["diagnostics"]!.ShouldContain(d => d["code"]!.ToString() == "CV301");
        session.Server.Host.Current.OpenDocuments.Select(d => d.Path).ShouldBe([Path.Combine(session.Folder, "coffee.canvas")]);

        // Saved: every open canvas is analyzed again with it.
        File.WriteAllText(config, off);
        var seen = ConfigurationSession.Seen(session.Client);
        await session.Client.NotifyAsync("textDocument/didSave", new { textDocument = new { uri = configUri } });
        await ConfigurationSession.Next(session.Client, seen, canvas, d => d.All(x => x["code"]!.ToString() != "CV301"));

        // The file's own (unchanged, empty) diagnostics are published again on save, for clients that hold them back while it is dirty.
        (await ConfigurationSession.Next(session.Client, seen, configUri, d => d.Count == 0))["version"]!.Value<int>().ShouldBe(1);
    }

    [Fact]
    public async Task A_configuration_problem_is_published_once_not_on_every_keystroke()
    {
        await using var session = await ServerSession.StartAsync(capabilities: Capabilities);
        File.WriteAllText(Path.Combine(session.Folder, "canvaslang.json"), ConfigurationSession.Broken);
        var configUri = session.Uri("canvaslang.json");
        var canvas = await session.OpenAsync("coffee.canvas", Samples.Coffee);
        for (var version = 2; version <= 5; version++)
        {
            await session.Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = canvas, version }, contentChanges = new[] { new { text = Samples.Coffee + new string('\n', version) } } });
        }

        await session.DiagnosticsAsync(canvas, 5);
        await session.Client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => n["params"]!["uri"]!.ToString() == configUri);
        await session.Client.CallAsync("textDocument/documentSymbol", new { textDocument = new { uri = canvas } });
        session.Client.Notifications.Count(n => n["method"]!.ToString() == "textDocument/publishDiagnostics" && n["params"]!["uri"]!.ToString() == configUri).ShouldBe(1);
    }

    [Fact]
    public async Task A_pulling_client_still_gets_the_configuration_pushed()
    {
        var pulling = (JObject)Capabilities.DeepClone();
        pulling["textDocument"]!["diagnostic"] = new JObject { ["dynamicRegistration"] = false };
        await using var session = await ServerSession.StartAsync(capabilities: pulling);
        File.WriteAllText(Path.Combine(session.Folder, "canvaslang.json"), ConfigurationSession.Broken);
        var canvas = await session.OpenAsync("coffee.canvas", Samples.Coffee);
        var published = await session.Client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => n["params"]!["uri"]!.ToString() == session.Uri("canvaslang.json"));
        ConfigurationSession.Range(published["params"]!["diagnostics"]![0]!).ShouldBe((3, 4, 3, 17));
        session.Client.Notifications.ShouldNotContain(n => n["method"]!.ToString() == "textDocument/publishDiagnostics" && n["params"]!["uri"]!.ToString() == canvas);
    }
}
