using System.Text;
using CanvasLang.LanguageServer.Tests.Client;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Tests;

/// <summary>
/// One bad frame must cost one message, never the session: after it, the server finds the next
/// `Content-Length:` header and answers the valid requests that follow, each with its own id.
/// Deeply nested params are refused with an error instead of overflowing the stack.
/// </summary>
public sealed class FramingRecoveryTests
{
    private const string Request = "{\"jsonrpc\":\"2.0\",\"id\":41,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"\"}}";

    public static TheoryData<string> BadFrames => [.. Frames.Keys.Order(StringComparer.Ordinal)];

    private static Dictionary<string, byte[]> Frames { get; } = new(StringComparer.Ordinal)
    {
        ["Content-Length too large by 40"] = Framed(Request, Encoding.UTF8.GetByteCount(Request) + 40),
        ["Content-Length too large by 100,000"] = Framed(Request, Encoding.UTF8.GetByteCount(Request) + 100_000),
        ["Content-Length too small by 10"] = Framed(Request, Encoding.UTF8.GetByteCount(Request) - 10),
        ["Content-Length 0"] = Framed(Request, 0),
        ["header ended by a bare LF LF"] = Encoding.UTF8.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(Request)}\n\n{Request}"),
        ["header lines ended by bare LF"] = Encoding.UTF8.GetBytes($"Content-Type: application/vscode-jsonrpc; charset=utf-8\nContent-Length: {Encoding.UTF8.GetByteCount(Request)}\n\n{Request}"),
        ["garbage between frames"] = Encoding.UTF8.GetBytes("}]} not a header at all, \"quoted\": 5\r\n"),
        ["garbage with a blank line"] = Encoding.UTF8.GetBytes("}]}\r\n\r\n"),
        ["truncated pretty-printed body"] = Framed("{\n  \"jsonrpc\": \"2.0\",\n  \"id\": 41,\n\n  \"method\": \"workspace/symbol\"\n}", 30),
    };

    [Theory]
    [MemberData(nameof(BadFrames))]
    public async Task Valid_requests_after_a_bad_frame_get_their_answers(string name)
    {
        await using var session = await ServerSession.StartAsync();
        var canary = await session.OpenAsync("canary.canvas", Samples.Coffee);
        await session.Client.WriteRawAsync(Frames[name]);

        // Written as separate frames, as a client would, right after the bad one.
        var first = session.Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = canary } }, id: 7001);
        var second = session.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = canary }, position = new { line = 4, character = 12 } }, id: 7002);
        var symbols = await first;
        symbols["error"].ShouldBeNull(symbols.ToString());
        ((JArray)symbols["result"]!).Count.ShouldBeGreaterThan(0);
        var hover = await second;
        hover["error"].ShouldBeNull(hover.ToString());
        hover["id"]!.Value<int>().ShouldBe(7002);

        // A session that lost its framing answers everything with id null; this one answered nothing so.
        (await session.Client.RequestAsync("workspace/symbol", new { query = "commuters" }, id: 7003))["error"].ShouldBeNull();
    }

    [Fact]
    public async Task A_header_ended_by_bare_LF_LF_is_read_as_a_frame()
    {
        await using var session = await ServerSession.StartAsync();
        var body = "{\"jsonrpc\":\"2.0\",\"id\":7100,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"\"}}";
        var answer = session.Client.ExpectResponse("7100");
        await session.Client.WriteRawAsync(Encoding.UTF8.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(body)}\n\n{body}"));
        (await answer)["error"].ShouldBeNull();
    }

    [Fact]
    public async Task A_too_large_Content_Length_before_the_next_header_still_serves_its_own_message()
    {
        await using var session = await ServerSession.StartAsync();
        var body = "{\"jsonrpc\":\"2.0\",\"id\":7200,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"\"}}";
        var pending = session.Client.ExpectResponse("7200");
        await session.Client.WriteRawAsync(Framed(body, Encoding.UTF8.GetByteCount(body) + 500));
        (await session.Client.RequestAsync("workspace/symbol", new { query = string.Empty }, id: 7201))["error"].ShouldBeNull();
        (await pending)["error"].ShouldBeNull();
    }

    [Fact]
    public async Task A_body_whose_text_mentions_Content_Length_is_read_whole()
    {
        await using var session = await ServerSession.StartAsync();
        var text = "segment headers \"Content-Length: 12 and a newline are only words here\"\n";
        var uri = await session.OpenAsync("mentions.canvas", text);
        var symbols = (JArray)(await session.Client.CallAsync("textDocument/documentSymbol", new { textDocument = new { uri } }));
        symbols.Count.ShouldBe(1);
        session.Client.OrphanResponses.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_real_process_refuses_params_nested_30000_deep_and_keeps_serving()
    {
        await using var server = ServerProcess.Start(null, Path.GetTempPath());
        await server.Client.CallAsync("initialize", new { capabilities = new { } });
        await server.Client.NotifyAsync("initialized", new { });
        var deep = new StringBuilder("{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":");
        deep.Append('[', 30_000).Append(']', 30_000).Append("}}");
        var answer = await server.Client.SendRawRequestAsync("77", deep.ToString());
        answer["error"]!["code"]!.Value<int>().ShouldBe(-32602);
        answer["id"]!.Value<int>().ShouldBe(77);
        answer["error"]!["data"].ShouldBeNull();

        // Deep in a notification: nothing to answer, and the server goes on.
        var note = new StringBuilder("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":");
        await server.Client.WriteAsync(note.Append('{', 1).Append("\"a\":").Append('[', 30_000).Append(']', 30_000).Append("}}").ToString());
        (await server.Client.RequestAsync("workspace/symbol", new { query = string.Empty }))["error"].ShouldBeNull();
    }

    [Fact]
    public async Task Params_nested_deeper_than_the_limit_are_invalid_params_with_the_request_id()
    {
        await using var session = await ServerSession.StartAsync();
        var deep = "{\"jsonrpc\":\"2.0\",\"id\":\"deep\",\"method\":\"textDocument/hover\",\"params\":{\"x\":" + new string('[', 5_000) + new string(']', 5_000) + "}}";
        var answer = await session.Client.SendRawRequestAsync("deep", deep);
        answer["error"]!["code"]!.Value<int>().ShouldBe(-32602);
        answer["id"]!.ToString().ShouldBe("deep");
        (await session.Client.RequestAsync("workspace/symbol", new { query = string.Empty }))["error"].ShouldBeNull();
    }

    private static byte[] Framed(string json, int declaredLength) =>
        [.. Encoding.ASCII.GetBytes($"Content-Length: {declaredLength}\r\n\r\n"), .. Encoding.UTF8.GetBytes(json)];
}
