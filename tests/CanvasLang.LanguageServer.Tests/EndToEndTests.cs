using CanvasLang.LanguageServer.Tests.Client;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Tests;

/// <summary>The real server process, driven through lsp-validate's proxy, which checks every message against the LSP 3.17 meta model.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task A_full_session_through_lsp_validate_has_zero_errors()
    {
        var folder = Directory.CreateTempSubdirectory("canvaslang-e2e-").FullName;
        var report = Path.Combine(folder, "report.json");
        var exitCode = -1;
        await using (var server = ServerProcess.Start(report, folder))
        {
            // No `experimental.snippetTextEdit` here: snippet fixes travel as plain 3.17 text edits.
            // CodeActionEditTests runs the snippet path through lsp-validate too (a warning, no error).
            var capabilities = JObject.Parse("""
                { "workspace": { "configuration": true, "didChangeWatchedFiles": { "dynamicRegistration": true }, "workspaceFolders": true },
                  "window": { "workDoneProgress": true },
                  "textDocument": { "publishDiagnostics": { "relatedInformation": true, "versionSupport": true, "codeDescriptionSupport": true } } }
                """);
            await server.Client.CallAsync("initialize", new
            {
                processId = Environment.ProcessId,
                rootUri = new Uri(folder).AbsoluteUri,
                workspaceFolders = new[] { new { uri = new Uri(folder).AbsoluteUri, name = "e2e" } },
                capabilities,
            });
            await server.Client.NotifyAsync("initialized", new { });
            await FullSession.RunAsync(server.Client, folder, name => new Uri(Path.Combine(folder, name)).AbsoluteUri);
            var coffee = new Uri(Path.Combine(folder, "coffee.canvas")).AbsoluteUri;
            await server.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = coffee, languageId = "canvaslang", version = 1, text = Samples.Coffee } });
            (await server.Client.CallAsync("canvaslang/render", new { uri = coffee, format = "html", theme = "dark" }))["content"]!.ToString().ShouldContain("<html", Case.Insensitive);
            (await server.Client.CallAsync("canvaslang/render", new { uri = coffee, format = "svg", theme = "light" }))["content"]!.ToString().ShouldContain("<svg");
            foreach (var format in new[] { "svg", "html", "markdown", "json" })
            {
                (await server.Client.CallAsync("canvaslang/export", new { uri = coffee, format }))["content"]!.ToString().Length.ShouldBeGreaterThan(50);
            }
            await server.Client.CallAsync("shutdown");
            await server.Client.NotifyAsync("exit");
            exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(20));
        }

        exitCode.ShouldBe(0);
        var json = JObject.Parse(await File.ReadAllTextAsync(report));
        TestContext(json);
        ErrorsOf(json).ShouldBe(0, json.ToString());
    }

    internal static int ErrorsOf(JObject report)
    {
        if (report["summary"]?["errors"] is { } summary)
        {
            return summary.Value<int>();
        }

        if (report["errors"] is JArray array)
        {
            return array.Count;
        }

        return report["findings"] is JArray findings ? findings.Count(f => f["severity"]?.ToString() == "error") : 0;
    }

    private static void TestContext(JObject report) => File.WriteAllText(Path.Combine(Path.GetTempPath(), "canvaslang-last-e2e-report.json"), report.ToString());
}
