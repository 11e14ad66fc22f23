using CanvasLang.LanguageServer.Tests.Client;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Tests;

/// <summary>
/// The user's `canvaslang.lint.run` reaches the server typed, from initialization options (nested in
/// `settings` or flat) and from `workspace/didChangeConfiguration`; settings of any other shape are
/// ignored, never fatal.
/// </summary>
public sealed class SettingsTests
{
    [Theory]
    [InlineData("{\"settings\":{\"lint\":{\"run\":\"onSave\"}}}")]
    [InlineData("{\"lint\":{\"run\":\"onSave\"}}")]
    public async Task Lint_on_save_analyzes_on_saves_and_not_on_edits(string options)
    {
        await using var session = await ServerSession.StartAsync(initializationOptions: JObject.Parse(options));
        var uri = await session.OpenAsync("save.canvas", Samples.Coffee);
        await session.DiagnosticsAsync(uri, 1);

        await Edit(session, uri, 2);
        // An edit is analyzed within milliseconds when linting as you type: half a second of silence says it was not.
        await Task.Delay(500);
        session.Client.Notifications.ShouldNotContain(n => n["params"]!["version"] != null && n["params"]!["version"]!.Value<int>() == 2);
        await session.Client.NotifyAsync("textDocument/didSave", new { textDocument = new { uri } });
        await session.DiagnosticsAsync(uri, 2);
    }

    [Fact]
    public async Task A_settings_change_switches_back_to_linting_as_you_type()
    {
        await using var session = await ServerSession.StartAsync(initializationOptions: JObject.Parse("{\"settings\":{\"lint\":{\"run\":\"onSave\"}}}"));
        var uri = await session.OpenAsync("type.canvas", Samples.Coffee);
        await session.DiagnosticsAsync(uri, 1);

        await session.Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = JObject.Parse("{\"canvaslang\":{\"lint\":{\"run\":\"onType\"}}}") });
        await Edit(session, uri, 2);
        await session.DiagnosticsAsync(uri, 2);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"onSave\"")]
    [InlineData("{\"canvaslang\":[\"lint\"]}")]
    [InlineData("{\"canvaslang\":{\"lint\":{\"run\":5}}}")]
    public async Task Settings_of_another_shape_are_ignored(string settings)
    {
        await using var session = await ServerSession.StartAsync(initializationOptions: JToken.Parse(settings));
        await session.Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = JToken.Parse(settings) });
        var uri = await session.OpenAsync("shape.canvas", Samples.Coffee);
        await session.DiagnosticsAsync(uri, 1);
        await Edit(session, uri, 2);
        await session.DiagnosticsAsync(uri, 2);
    }

    private static Task Edit(ServerSession session, string uri, int version) =>
        session.Client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version },
            contentChanges = new[] { new { range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } }, text = "// edited\n" } },
        });
}
