using CanvasLang.LanguageServer.Tests.Client;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Tests;

/// <summary>The lifecycle as LSP 3.17 specifies it: -32002 before initialize, -32600 after shutdown, exit codes 0 and 1.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task A_request_before_initialize_is_refused_with_server_not_initialized()
    {
        await using var session = await ServerSession.StartAsync(initialize: false);
        var response = await session.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///x.canvas" }, position = new { line = 0, character = 0 } });
        response["error"]!["code"]!.Value<int>().ShouldBe(-32002);
        (await session.Client.CallAsync("initialize", new { capabilities = new { } }))["capabilities"].ShouldNotBeNull();
    }

    [Fact]
    public async Task A_notification_before_initialize_is_dropped()
    {
        await using var session = await ServerSession.StartAsync(initialize: false);
        await session.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = "file:///early.canvas", languageId = "canvaslang", version = 1, text = "segment a \"A\"" } });
        await session.Client.CallAsync("initialize", new { capabilities = new { } });
        session.Server.Host.Current.OpenDocuments.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_second_initialize_is_an_invalid_request()
    {
        await using var session = await ServerSession.StartAsync();
        (await session.Client.RequestAsync("initialize", new { capabilities = new { } }))["error"]!["code"]!.Value<int>().ShouldBe(-32600);
    }

    [Fact]
    public async Task Requests_after_shutdown_are_invalid_requests_and_exit_then_returns_0()
    {
        await using var session = await ServerSession.StartAsync();
        (await session.Client.RequestAsync("shutdown"))["error"].ShouldBeNull();
        (await session.Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = "file:///x.canvas" } }))["error"]!["code"]!.Value<int>().ShouldBe(-32600);
        await session.Client.NotifyAsync("exit");
        (await session.Run.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(0);
    }

    [Fact]
    public async Task Exit_without_shutdown_returns_1()
    {
        await using var session = await ServerSession.StartAsync();
        await session.Client.NotifyAsync("exit");
        (await session.Run.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(1);
    }

    [Fact]
    public async Task The_real_process_exits_with_1_without_shutdown()
    {
        await using var server = ServerProcess.Start(null, Path.GetTempPath());
        await server.Client.CallAsync("initialize", new { capabilities = new { } });
        await server.Client.NotifyAsync("exit");
        (await server.WaitForExitAsync(TimeSpan.FromSeconds(20))).ShouldBe(1);
    }

    [Fact]
    public async Task Pull_diagnostics_replace_push_for_clients_that_support_them()
    {
        await using var session = await ServerSession.StartAsync(capabilities: JObject.Parse("{\"textDocument\":{\"diagnostic\":{}}}"));
        var uri = await session.OpenAsync("pull.canvas", Samples.Coffee);
        var report = await session.Client.CallAsync("textDocument/diagnostic", new { textDocument = new { uri } });
        report["kind"]!.ToString().ShouldBe("full");
        session.Client.Notifications.ShouldNotContain(n => n.Value<string>("method") == "textDocument/publishDiagnostics");
    }

    [Fact]
    public async Task A_client_that_can_pull_may_ask_for_pushed_diagnostics()
    {
        // Chosen by what the client says, never by its name: the VS Code extension asks for push (its focus mode filters them).
        await using var session = await ServerSession.StartAsync(
            capabilities: JObject.Parse("{\"textDocument\":{\"diagnostic\":{}}}"), initializationOptions: new { diagnostics = "push" });
        await session.OpenAsync("push.canvas", Samples.Coffee);
        await session.Client.WaitForNotificationAsync("textDocument/publishDiagnostics");
    }

    [Fact]
    public async Task Diagnostics_carry_code_link_and_version()
    {
        await using var session = await ServerSession.StartAsync();
        var uri = await session.OpenAsync("linked.canvas", "profile nobody {\n  pain \"Waiting\"\n}\n");
        var published = await session.DiagnosticsAsync(uri, 1);
        var diagnostic = published["params"]!["diagnostics"]!.First(d => d["code"]!.ToString() == "CV007");
        diagnostic["codeDescription"]!["href"]!.ToString().ShouldEndWith("docs/rules/CV007.md");
        diagnostic["source"]!.ToString().ShouldBe("canvaslang");
    }
}
