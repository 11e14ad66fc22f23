using System.Text;
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

    /// <summary>
    /// A Content-Length one byte too large, and the next header arriving in two writes (as when it
    /// crosses the pipe's 4 KiB segment): the body was taken with the `C` of the next header, so the
    /// next request read as `ontent-Length:` and was lost.
    /// </summary>
    [Fact]
    public async Task A_header_that_arrives_in_pieces_after_a_body_one_byte_short_is_still_read()
    {
        await using var session = await ServerSession.StartAsync();
        var canary = await session.OpenAsync("canary.canvas", Samples.Coffee);
        var body = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/definition\",\"params\":{\"textDocument\":{\"uri\":\"file:///x.canvas\"},\"position\":\"/* c\"}}";
        var request = JObject.FromObject(new { jsonrpc = "2.0", id = 7301, method = "textDocument/documentSymbol", @params = new { textDocument = new { uri = canary } } }).ToString(Newtonsoft.Json.Formatting.None);
        var answer = session.Client.ExpectResponse("7301");
        await session.Client.WriteRawAsync(Encoding.UTF8.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(body) + 1}\r\n\r\n{body}C"));

        // Long enough for the server to read the lone `C`; the assertion below does not depend on it.
        await Task.Delay(300);
        await session.Client.WriteRawAsync(Encoding.UTF8.GetBytes($"ontent-Length: {Encoding.UTF8.GetByteCount(request)}\r\n\r\n{request}"));
        var symbols = await answer;
        symbols["error"].ShouldBeNull(symbols.ToString());
        ((JArray)symbols["result"]!).Count.ShouldBeGreaterThan(0);
    }
}
