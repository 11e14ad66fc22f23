using System.Text;
using CanvasLang.LanguageServer.Tests.Client;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Tests;

/// <summary>
/// Bad input of every kind: after each case the server must have answered per JSON-RPC/LSP, leaked
/// no .NET internals, and still serve a normal request on a canary document.
/// </summary>
public sealed partial class RobustnessTests
{
    public static TheoryData<string> Cases => [.. AllCases.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Server_answers_and_keeps_serving(string name)
    {
        await using var session = await ServerSession.StartAsync();
        var canary = await session.OpenAsync("canary.canvas", Samples.Coffee);
        await AllCases[name](session);
        await StillServingAsync(session, canary);
        foreach (var message in session.Client.OrphanResponses)
        {
            NoInternals(message);
        }
    }

    private static async Task StillServingAsync(ServerSession session, string canary)
    {
        var symbols = await session.Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = canary } });
        symbols["error"].ShouldBeNull(symbols.ToString());
        ((JArray)symbols["result"]!).Count.ShouldBeGreaterThan(0);
    }

    /// <summary>No stack trace, exception type or file path in an error.</summary>
    private static void NoInternals(JObject response)
    {
        if (response["error"] is JObject error)
        {
            error["data"].ShouldBeNull();
            var message = error["message"]!.ToString();
            message.ShouldNotContain(" at ");
            message.ShouldNotContain("Exception");
            message.ShouldNotContain(".cs:line");
        }
    }

    private static async Task<JObject> ExpectError(ServerSession session, string method, object? parameters, params int[] codes)
    {
        var response = await session.Client.RequestAsync(method, parameters);
        response["error"].ShouldNotBeNull(response.ToString());
        codes.ShouldContain(response["error"]!["code"]!.Value<int>());
        NoInternals(response);
        return response;
    }

    private static async Task<JObject> ExpectResult(ServerSession session, string method, object? parameters)
    {
        var response = await session.Client.RequestAsync(method, parameters);
        response["error"].ShouldBeNull(response.ToString());
        return response;
    }

    private static async Task<JObject> SendRawExpectingOrphan(ServerSession session, byte[] bytes, params int[] codes)
    {
        var before = session.Client.OrphanResponses.Count;
        await session.Client.WriteRawAsync(bytes);
        for (var i = 0; i < 200 && session.Client.OrphanResponses.Count == before; i++)
        {
            await Task.Delay(10);
        }

        var response = session.Client.OrphanResponses.Last();
        response["id"]!.Type.ShouldBe(JTokenType.Null);
        codes.ShouldContain(response["error"]!["code"]!.Value<int>());
        return response;
    }

    private static byte[] Raw(string json) => LspClient.Frame(json);

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static object Position(string uri, int line, int character) => new { textDocument = new { uri }, position = new { line, character } };
}
