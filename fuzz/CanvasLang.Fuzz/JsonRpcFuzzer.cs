using System.Diagnostics;
using System.Text;
using CanvasLang.LanguageServer.Server;
using Nerdbank.Streams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Fuzz;

/// <summary>
/// Malformed JSON-RPC through the language server's own message handler, in this process over an
/// in-memory pipe: wrong or missing Content-Length, bare-LF headers, garbage between frames,
/// truncated or invalid JSON, deep nesting, params of the wrong types. After each batch of frames a
/// valid request must still be answered, the server must still run, and no error may carry .NET
/// internals. Bounded in count and time; the same seed sends the same bytes.
/// </summary>
internal sealed class JsonRpcFuzzer(int seed)
{
    private const int FramesPerSession = 20;
    private const string Uri = "file:///canvaslang-fuzz/doc.canvas";

    /// <summary>Long enough for a loaded 2-core machine; a healthy server answers in milliseconds. FUZZ_RPC_TIMEOUT (seconds) for triage.</summary>
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(double.TryParse(Environment.GetEnvironmentVariable("FUZZ_RPC_TIMEOUT"), out var s) ? s : 20);

    private static readonly string Canvas = """
        segment riders "Commuters who cycle to work"
        profile riders {
          functional job commute "Ride 8 km to the office before 9:00" importance high
          pain flat "A flat tyre makes me 30 minutes late" severity high
          gain dry "Arrive dry for a 9:00 meeting"
        }
        valuemap riders {
          product locker "Secure bike lockers" serves commute
          reliever repair "Repair kit in each locker" relieves flat
        }
        """;

    private static readonly (string Method, string Params)[] Messages =
    [
        ("textDocument/hover", $$$"""{"textDocument":{"uri":"{{{Uri}}}"},"position":{"line":3,"character":10}}"""),
        ("textDocument/completion", $$$"""{"textDocument":{"uri":"{{{Uri}}}"},"position":{"line":7,"character":40}}"""),
        ("textDocument/codeAction", $$$"""{"textDocument":{"uri":"{{{Uri}}}"},"range":{"start":{"line":0,"character":0},"end":{"line":9,"character":0}},"context":{"diagnostics":[]}}"""),
        ("textDocument/formatting", $$$"""{"textDocument":{"uri":"{{{Uri}}}"},"options":{"tabSize":2,"insertSpaces":true}}"""),
        ("textDocument/rangeFormatting", $$$"""{"textDocument":{"uri":"{{{Uri}}}"},"range":{"start":{"line":1,"character":0},"end":{"line":2,"character":0}},"options":{"tabSize":2,"insertSpaces":true}}"""),
        ("textDocument/definition", $$$"""{"textDocument":{"uri":"{{{Uri}}}"},"position":{"line":7,"character":44}}"""),
        ("textDocument/references", $$$"""{"textDocument":{"uri":"{{{Uri}}}"},"position":{"line":3,"character":10},"context":{"includeDeclaration":true}}"""),
        ("textDocument/rename", $$$"""{"textDocument":{"uri":"{{{Uri}}}"},"position":{"line":3,"character":10},"newName":"late"}"""),
        ("textDocument/prepareRename", $$$"""{"textDocument":{"uri":"{{{Uri}}}"},"position":{"line":3,"character":10}}"""),
        ("textDocument/documentSymbol", $$$"""{"textDocument":{"uri":"{{{Uri}}}"}}"""),
        ("textDocument/foldingRange", $$$"""{"textDocument":{"uri":"{{{Uri}}}"}}"""),
        ("textDocument/codeLens", $$$"""{"textDocument":{"uri":"{{{Uri}}}"}}"""),
        ("textDocument/inlayHint", $$$$"""{"textDocument":{"uri":"{{{{Uri}}}}"},"range":{"start":{"line":0,"character":0},"end":{"line":9,"character":0}}}"""),
        ("textDocument/documentHighlight", $$$"""{"textDocument":{"uri":"{{{Uri}}}"},"position":{"line":3,"character":10}}"""),
        ("textDocument/diagnostic", $$$"""{"textDocument":{"uri":"{{{Uri}}}"}}"""),
        ("textDocument/semanticTokens/full", $$$"""{"textDocument":{"uri":"{{{Uri}}}"}}"""),
        ("textDocument/didChange", $$$"""{"textDocument":{"uri":"{{{Uri}}}","version":99},"contentChanges":[{"range":{"start":{"line":3,"character":2},"end":{"line":3,"character":6}},"text":"gain"}]}"""),
        ("textDocument/didChange", $$$"""{"textDocument":{"uri":"{{{Uri}}}","version":100},"contentChanges":[{"text":"profile x {"}]}"""),
        ("textDocument/didOpen", """{"textDocument":{"uri":"file:///canvaslang-fuzz/other.canvas","languageId":"canvaslang","version":1,"text":"segment s \"x\""}}"""),
        ("textDocument/didClose", """{"textDocument":{"uri":"file:///canvaslang-fuzz/other.canvas"}}"""),
        ("textDocument/didSave", $$$"""{"textDocument":{"uri":"{{{Uri}}}"}}"""),
        ("workspace/didChangeConfiguration", """{"settings":{"canvaslang":{}}}"""),
        ("workspace/didChangeWatchedFiles", """{"changes":[{"uri":"file:///canvaslang-fuzz/canvaslang.json","type":1}]}"""),
        ("canvaslang/fitSummary", $$$"""{"textDocument":{"uri":"{{{Uri}}}"}}"""),
        ("canvaslang/export", $$$"""{"textDocument":{"uri":"{{{Uri}}}"},"format":"json"}"""),
        ("canvaslang/render", $$$"""{"textDocument":{"uri":"{{{Uri}}}"}}"""),
        ("$/cancelRequest", """{"id":1}"""),
        ("initialize", """{"processId":null,"capabilities":{}}"""),
        ("no/such/method", "{}"),
    ];

    private readonly JsonMutator mutator = new(new Random(seed));
    private readonly FailureLog failures = new("jsonrpc", Encoding.Latin1);
    private int nextId;
    private int responses;
    private int errors;

    private Random Random => mutator.Random;

    public int Run(TimeSpan duration, int count)
    {
        var clock = Stopwatch.StartNew();
        var (frames, sessions) = (0, 0);
        while (frames < count && clock.Elapsed < duration && failures.Distinct == 0)
        {
            var batch = Enumerable.Range(0, FramesPerSession).Select(_ => Frame()).ToList();
            RunSession(batch).GetAwaiter().GetResult();
            frames += batch.Count;
            sessions++;
        }

        Console.WriteLine($"jsonrpc: {frames} mutated frames in {sessions} sessions in {clock.Elapsed.TotalSeconds:F1} s ({frames / clock.Elapsed.TotalSeconds:F0}/s), {responses} responses ({errors} errors), {failures.Distinct} distinct failures");
        failures.Report();
        return failures.Distinct == 0 ? 0 : 1;
    }

    /// <summary>Sends the bytes of a saved failure (frames as they were written) through one session again.</summary>
    public int Replay(string file)
    {
        RunSession([File.ReadAllBytes(file)]).GetAwaiter().GetResult();
        failures.Report();
        Console.WriteLine($"jsonrpc replay: {(failures.Distinct == 0 ? "1 passed, 0 failed" : "0 passed, 1 failed")}");
        return failures.Distinct == 0 ? 0 : 1;
    }

    private async Task RunSession(List<byte[]> frames)
    {
        var (serverSide, clientSide) = FullDuplexStream.CreatePair();
        using var server = new CanvasLanguageServer(serverSide, serverSide, Environment.GetEnvironmentVariable("FUZZ_VERBOSE") is null ? TextWriter.Null : Console.Error, TimeSpan.FromMilliseconds(1));
        var run = server.RunAsync();
        await using var client = new RawClient(clientSide);
        var transcript = Encoding.Latin1.GetString([.. frames.SelectMany(f => f)]);
        try
        {
            await client.Request("initialize", """{"processId":null,"capabilities":{}}""", AnswerTimeout);
            await client.Send(Encode(Message(null, "initialized", "{}")));
            await client.Send(Encode(Message(null, "textDocument/didOpen", $$$"""{"textDocument":{"uri":"{{{Uri}}}","languageId":"canvaslang","version":1,"text":{{{JsonConvert.ToString(Canvas)}}}}}""")));
            foreach (var frame in frames)
            {
                await client.Send(frame);
            }

            if (await client.Request("textDocument/documentSymbol", $$$"""{"textDocument":{"uri":"{{{Uri}}}"}}""", AnswerTimeout) is null)
            {
                failures.Add(run.IsCompleted ? "the server stopped" : "a valid request after these frames went unanswered", transcript, string.Empty);
            }
        }
        catch (IOException e)
        {
            failures.Add($"the connection broke: {e.Message}", transcript, e.ToString());
        }

        responses += client.Received.Count(m => m["id"] is not null && m["method"] is null);
        errors += client.Received.Count(m => m["error"] is JObject);
        if (Environment.GetEnvironmentVariable("FUZZ_VERBOSE") is not null)
        {
            foreach (var m in client.Received)
            {
                Console.WriteLine(m.ToString(Formatting.None)[..Math.Min(200, m.ToString(Formatting.None).Length)]);
            }
        }

        foreach (var message in client.Received.Where(m => m["error"] is JObject))
        {
            var error = (JObject)message["error"]!;
            var text = error["message"]?.ToString() ?? string.Empty;
            if (error["data"] is { Type: not JTokenType.Null } || text.Contains("Exception", StringComparison.Ordinal) || text.Contains(" at ", StringComparison.Ordinal) || text.Contains(".cs:line", StringComparison.Ordinal))
            {
                failures.Add($"an error leaked .NET internals: {text[..Math.Min(80, text.Length)]}", transcript, message.ToString());
            }
        }
    }

    private byte[] Frame()
    {
        var (method, parameters) = Messages[Random.Next(Messages.Length)];
        var id = Random.Next(4) == 0 ? null : (int?)++nextId + 1000;
        var body = Message(id, method, parameters);
        body = Random.Next(5) switch
        {
            0 => body,
            1 => mutator.MutateBytes(body),
            _ => mutator.MutateTree(body),
        };

        var bytes = Encoding.UTF8.GetBytes(body);
        return Random.Next(6) == 0 ? MutateFraming(bytes) : Encode(body);
    }

    private byte[] MutateFraming(byte[] body)
    {
        var length = body.Length;
        var header = Random.Next(9) switch
        {
            0 => $"Content-Length: {length + Random.Next(1, 40)}\r\n\r\n",
            1 => $"Content-Length: {Math.Max(0, length - Random.Next(1, 40))}\r\n\r\n",
            2 => $"Content-Length: {length}\n\n",
            3 => $"Content-Length: -{length}\r\n\r\n",
            4 => "Content-Length: 99999999999\r\n\r\n",
            5 => $"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: {length}\r\n\r\n",
            6 => $"Content-Length: {length}\r\nContent-Length: {length + 1}\r\n\r\n",
            7 => "\r\n\r\n",
            _ => $"X-Garbage\u0001: {new string('h', Random.Next(10_000))}\r\nContent-Length: {length}\r\n\r\n",
        };
        var garbage = Random.Next(4) == 0 ? Encoding.UTF8.GetBytes(mutator.MutateBytes("{\"x\": 1}")) : [];
        return [.. garbage, .. Encoding.ASCII.GetBytes(header), .. body];
    }

    private static string Message(int? id, string method, string parameters) =>
        "{\"jsonrpc\":\"2.0\"," + (id is { } i ? $"\"id\":{i}," : string.Empty) + $"\"method\":\"{method}\",\"params\":{parameters}}}";

    private static byte[] Encode(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"), .. bytes];
    }
}
