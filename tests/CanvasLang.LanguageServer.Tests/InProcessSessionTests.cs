using CanvasLang.LanguageServer.Tests.Client;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Tests;

public sealed class InProcessSessionTests
{
    private static readonly JObject Capabilities = JObject.Parse("""
        { "workspace": { "configuration": true, "didChangeWatchedFiles": { "dynamicRegistration": true } },
          "window": { "workDoneProgress": true } }
        """);

    [Fact]
    public async Task A_full_session_exercises_every_feature()
    {
        await using var session = await ServerSession.StartAsync(capabilities: Capabilities);
        await FullSession.RunAsync(session.Client, session.Folder, session.Uri);
        await session.Client.CallAsync("shutdown");
        await session.Client.NotifyAsync("exit");
        (await session.Run.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(0);
    }
}
