using CanvasLang.LanguageServer.Tests.Client;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Tests;

/// <summary>
/// Frames the JSON-RPC fuzzer (`canvaslang-fuzz jsonrpc`) found ending the session, minimized: each
/// must be answered with an error and the server must go on serving.
/// </summary>
public sealed class FuzzFindingsTests
{
    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1199,\"method\":null,\"params\":{}}", 1199)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":null,\"params\":{}}", null)]
    public async Task A_request_whose_method_is_null_is_refused_and_the_session_goes_on(string json, int? id)
    {
        await using var session = await ServerSession.StartAsync();
        var canary = await session.OpenAsync("canary.canvas", Samples.Coffee);
        var answer = id is { } requestId ? session.Client.ExpectResponse(requestId.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
        await session.Client.WriteRawAsync(LspClient.Frame(json));
        if (answer is not null)
        {
            (await answer)["error"]!["code"]!.Value<int>().ShouldBe(-32600);
        }

        var symbols = await session.Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = canary } });
        symbols["error"].ShouldBeNull(symbols.ToString());
        ((JArray)symbols["result"]!).Count.ShouldBeGreaterThan(0);
        session.Run.IsCompleted.ShouldBeFalse();
    }
}
