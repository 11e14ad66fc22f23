using System.Text;
using CanvasLang.LanguageServer.Tests.Client;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Tests;

public sealed partial class RobustnessTests
{
    private const int ParseError = -32700, InvalidRequest = -32600, MethodNotFound = -32601, InvalidParams = -32602, RequestCancelled = -32800, RequestFailed = -32803;

    private static readonly Dictionary<string, Func<ServerSession, Task>> AllCases = new(StringComparer.Ordinal)
    {
        // Framing and JSON
        ["json: not JSON"] = s => SendRawExpectingOrphan(s, Raw("{not json"), ParseError),
        ["json: truncated object"] = s => SendRawExpectingOrphan(s, Raw("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"textDocument/hover\",\"params\":{"), ParseError),
        ["json: a bare string"] = s => SendRawExpectingOrphan(s, Raw("\"hello\""), ParseError, InvalidRequest),
        ["json: null"] = s => SendRawExpectingOrphan(s, Raw("null"), ParseError, InvalidRequest),
        ["json: a batch array"] = s => SendRawExpectingOrphan(s, Raw("[1,2,3]"), ParseError, InvalidRequest),
        ["json: empty object"] = s => SendRawExpectingOrphan(s, Raw("{}"), ParseError, InvalidRequest),
        ["json: id without method"] = s => s.Client.WriteRawAsync(Raw("{\"jsonrpc\":\"2.0\",\"id\":77}")),
        ["json: invalid UTF-8 body"] = s => SendRawExpectingOrphan(s, [.. Encoding.ASCII.GetBytes("Content-Length: 4\r\n\r\n"), 0xff, 0xfe, 0xfd, 0xfc], ParseError, InvalidRequest),
        ["json: trailing garbage after the object"] = s => s.Client.WriteRawAsync(Raw("{\"jsonrpc\":\"2.0\",\"method\":\"x\"} garbage")),
        ["header: Content-Length not a number"] = s => SendRawExpectingOrphan(s, Bytes("Content-Length: abc\r\n\r\n"), ParseError, InvalidRequest),
        ["header: negative Content-Length"] = s => SendRawExpectingOrphan(s, Bytes("Content-Length: -5\r\n\r\n"), ParseError, InvalidRequest),
        ["header: Content-Length overflowing"] = s => SendRawExpectingOrphan(s, Bytes("Content-Length: 99999999999999\r\n\r\n"), ParseError, InvalidRequest),
        ["header: no Content-Length"] = s => SendRawExpectingOrphan(s, Bytes("Content-Type: application/vscode-jsonrpc\r\n\r\n"), ParseError, InvalidRequest),
        ["header: unknown header is ignored"] = async s =>
        {
            var body = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":900,\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":{\"uri\":\"file:///nowhere.canvas\"}}}");
            await s.Client.WriteRawAsync([.. Encoding.ASCII.GetBytes($"X-Custom: 1\r\nContent-Length: {body.Length}\r\n\r\n"), .. body]);
        },

        // Methods and ids
        ["method: unknown request"] = s => ExpectError(s, "textDocument/teleport", new { }, MethodNotFound),
        ["method: unknown $/ request"] = s => ExpectError(s, "$/somethingNew", new { }, MethodNotFound),
        ["method: unknown notification is ignored"] = s => s.Client.NotifyAsync("$/somethingNew", new { }),
        ["method: cancel of an unknown id"] = s => s.Client.NotifyAsync("$/cancelRequest", new { id = 424242 }),
        ["method: setTrace"] = s => s.Client.NotifyAsync("$/setTrace", new { value = "verbose" }),
        ["id: string id"] = async s => (await s.Client.SendRequestAsync("abc", JObject.Parse("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"workspace/symbol\",\"params\":{\"query\":\"q\"}}")))["error"].ShouldBeNull(),
        ["id: zero"] = async s => (await s.Client.SendRequestAsync("0", JObject.Parse("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"\"}}")))["error"].ShouldBeNull(),

        // Parameters of the wrong shape
        ["params: array instead of object"] = s => ExpectError(s, "textDocument/hover", new object[] { 1, 2 }, InvalidParams),
        ["params: a string"] = s => ExpectError(s, "textDocument/hover", "hello", InvalidParams, InvalidRequest),
        ["params: missing on hover"] = s => ExpectError(s, "textDocument/hover", null, InvalidParams),
        ["params: position is a string"] = s => ExpectError(s, "textDocument/hover", new { textDocument = new { uri = s.Uri("canary.canvas") }, position = "top" }, InvalidParams),
        ["params: line is a string"] = s => ExpectError(s, "textDocument/completion", new { textDocument = new { uri = s.Uri("canary.canvas") }, position = new { line = "one", character = 0 } }, InvalidParams),
        ["params: textDocument is a number"] = s => ExpectError(s, "textDocument/documentSymbol", new { textDocument = 5 }, InvalidParams),
        ["params: didChange with contentChanges an object"] = s => s.Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = s.Uri("canary.canvas"), version = 9 }, contentChanges = new { text = "x" } }),
        ["params: didOpen without text"] = s => s.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = s.Uri("empty.canvas"), languageId = "canvaslang", version = 1 } }),
        ["params: uri that is not a URI"] = s => ExpectResult(s, "textDocument/hover", new { textDocument = new { uri = "not a uri at all" }, position = new { line = 0, character = 0 } }),
        ["params: uri of a missing file"] = s => ExpectResult(s, "textDocument/documentSymbol", new { textDocument = new { uri = s.Uri("missing.canvas") } }),
        ["params: rename to an invalid name"] = s => ExpectError(s, "textDocument/rename", new { textDocument = new { uri = s.Uri("canary.canvas") }, position = new { line = 9, character = 8 }, newName = "two words" }, RequestFailed),
        ["params: rename where there is no name"] = s => ExpectError(s, "textDocument/rename", new { textDocument = new { uri = s.Uri("canary.canvas") }, position = new { line = 1, character = 0 }, newName = "x" }, RequestFailed),
        ["params: render in an unknown format"] = s => ExpectError(s, "canvaslang/render", new { uri = s.Uri("canary.canvas"), format = "pdf" }, InvalidParams),
        ["params: export without format"] = s => ExpectError(s, "canvaslang/export", new { uri = s.Uri("canary.canvas") }, InvalidParams),
        ["params: fitSummary without uri"] = s => ExpectError(s, "canvaslang/fitSummary", new { }, InvalidParams),

        // Positions outside the document
        ["position: line far past the end"] = s => ExpectResult(s, "textDocument/hover", Position(s.Uri("canary.canvas"), 100000, 0)),
        ["position: negative line"] = s => ExpectResult(s, "textDocument/completion", Position(s.Uri("canary.canvas"), -4, -7)),
        ["position: int max"] = s => ExpectResult(s, "textDocument/definition", Position(s.Uri("canary.canvas"), int.MaxValue, int.MaxValue)),
        ["position: character past the line end"] = s => ExpectResult(s, "textDocument/references", new { textDocument = new { uri = s.Uri("canary.canvas") }, position = new { line = 3, character = 5000 }, context = new { includeDeclaration = true } }),
        ["position: reversed range for code actions"] = s => ExpectResult(s, "textDocument/codeAction", new { textDocument = new { uri = s.Uri("canary.canvas") }, range = new { start = new { line = 20, character = 0 }, end = new { line = 2, character = 0 } }, context = new { diagnostics = Array.Empty<object>() } }),
        ["position: inlay hints over a range past the end"] = s => ExpectResult(s, "textDocument/inlayHint", new { textDocument = new { uri = s.Uri("canary.canvas") }, range = new { start = new { line = 500, character = 0 }, end = new { line = 900, character = 0 } } }),
        ["position: range formatting past the end"] = s => ExpectResult(s, "textDocument/rangeFormatting", new { textDocument = new { uri = s.Uri("canary.canvas") }, range = new { start = new { line = 0, character = 0 }, end = new { line = 900, character = 0 } }, options = new { tabSize = 2, insertSpaces = true } }),
        ["position: inside a surrogate pair"] = async s =>
        {
            var uri = await s.OpenAsync("emoji.canvas", "segment x \"Riders 🚲 who commute\"\n");
            await ExpectResult(s, "textDocument/hover", Position(uri, 0, 19));
            await ExpectResult(s, "textDocument/completion", Position(uri, 0, 19));
        },

        // Text synchronization
        ["sync: incremental edit to an unopened document"] = s => s.Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = s.Uri("ghost.canvas"), version = 2 }, contentChanges = new[] { new { range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } }, text = "x" } } }),
        ["sync: full edit to an unopened document opens it"] = async s =>
        {
            var uri = s.Uri("late.canvas");
            await s.Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 2 }, contentChanges = new[] { new { text = "segment late \"Opened by a change\"\n" } } });
            await s.DiagnosticsAsync(uri, 2);
        },
        ["sync: out-of-order version is ignored"] = async s =>
        {
            var uri = await s.OpenAsync("order.canvas", "segment a \"A\"\n", version: 5);
            await s.Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 3 }, contentChanges = new[] { new { text = "garbage {{{" } } });
            var symbols = (JArray)(await ExpectResult(s, "textDocument/documentSymbol", new { textDocument = new { uri } }))["result"]!;
            symbols[0]["name"]!.ToString().ShouldBe("a");
        },
        ["sync: edit range past the end is clamped"] = s => s.Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = s.Uri("canary.canvas"), version = 2 }, contentChanges = new[] { new { range = new { start = new { line = 999, character = 0 }, end = new { line = 1000, character = 5 } }, text = "\n// appended" } } }),
        ["sync: close of a document never opened"] = s => s.Client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = s.Uri("never.canvas") } }),
        ["sync: double open"] = async s =>
        {
            await s.OpenAsync("twice.canvas", "segment a \"A\"\n");
            await s.OpenAsync("twice.canvas", "segment b \"B\"\n");
        },
        ["sync: 200 keystrokes in order"] = async s =>
        {
            var uri = await s.OpenAsync("typing.canvas", string.Empty);
            const string text = "segment typed \"Typed one character at a time\"\n";
            for (var i = 0; i < 200; i++)
            {
                var c = text[i % text.Length].ToString();
                var offset = i % text.Length;
                if (offset == 0 && i > 0)
                {
                    await s.Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = i + 1 }, contentChanges = new[] { new { text = string.Empty } } });
                }

                await s.Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = i + 2 }, contentChanges = new[] { new { range = new { start = new { line = 0, character = offset }, end = new { line = 0, character = offset } }, text = c } } });
            }

            await s.DiagnosticsAsync(uri, 201);
        },
        ["sync: a JSON Canvas file is left alone"] = async s =>
        {
            var uri = await s.OpenAsync("board.canvas", "{ \"nodes\": [], \"edges\": [] }");
            var published = await s.DiagnosticsAsync(uri, 1);
            published["params"]!["diagnostics"]!.All(d => d["severity"]!.Value<int>() > 1).ShouldBeTrue();
        },
        ["sync: CRLF line endings"] = async s =>
        {
            var uri = await s.OpenAsync("crlf.canvas", Samples.Coffee.Replace("\n", "\r\n", StringComparison.Ordinal));
            await ExpectResult(s, "textDocument/hover", Position(uri, 9, 10));
        },

        // Size and volume
        ["size: a 4 MB message"] = async s =>
        {
            // Mostly a comment: the test is about the message's size, not the rules' cost on 50,000 entries.
            var text = new StringBuilder(Samples.Coffee).Append("\n/*\n");
            while (text.Length < 4_000_000)
            {
                text.Append("  pain \"Waiting more than 5 minutes in the queue before the 8:10 train\" severity low\n");
            }

            var uri = await s.OpenAsync("big.canvas", text.Append("*/\n").ToString());
            await s.Client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => n["params"]!["uri"]!.ToString() == uri, TimeSpan.FromSeconds(60));
        },
        ["size: a 1 MB string in a hover request"] = s => ExpectResult(s, "textDocument/hover", new { textDocument = new { uri = s.Uri("canary.canvas") }, position = new { line = 0, character = 0 }, padding = new string('x', 1_000_000) }),
        ["cancel: a storm of 200 cancelled requests"] = async s =>
        {
            var requests = Enumerable.Range(0, 200).Select(i => s.Client.RequestAsync("textDocument/references", new { textDocument = new { uri = s.Uri("canary.canvas") }, position = new { line = 9, character = 8 }, context = new { includeDeclaration = true } }, id: 5000 + i)).ToList();
            foreach (var i in Enumerable.Range(0, 200))
            {
                await s.Client.NotifyAsync("$/cancelRequest", new { id = 5000 + i });
            }

            foreach (var response in await Task.WhenAll(requests))
            {
                if (response["error"] is JObject error)
                {
                    error["code"]!.Value<int>().ShouldBe(RequestCancelled);
                    NoInternals(response);
                }
            }
        },
        ["cancel: edits while completion runs"] = async s =>
        {
            var uri = s.Uri("canary.canvas");
            var pending = Enumerable.Range(0, 20).Select(_ => s.Client.RequestAsync("textDocument/completion", Position(uri, 20, 10))).ToList();
            for (var v = 2; v < 12; v++)
            {
                await s.Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = v }, contentChanges = new[] { new { text = Samples.Coffee + new string('\n', v) } } });
            }

            (await Task.WhenAll(pending)).ShouldAllBe(r => r["error"] == null);
        },
    };
}
