using System.Buffers;
using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CanvasLang.LanguageServer.Server;

/// <summary>
/// LSP framing (Content-Length headers) that survives bad input. StreamJsonRpc drops the connection
/// on a malformed header or body, so reading is done here: a bad header or a body that is not a
/// JSON-RPC message is answered with the JSON-RPC error (-32600 or -32700, id null) and reading goes
/// on at the next message. Every outgoing error loses its <c>data</c>, so no .NET type or stack
/// trace ever reaches the client. Writing is StreamJsonRpc's own.
/// </summary>
internal sealed class LspMessageHandler(Stream sending, Stream receiving, JsonMessageFormatter formatter, Action<string> log)
    : HeaderDelimitedMessageHandler(sending, receiving, formatter)
{
    /// <summary>A header block longer than this is garbage, not LSP.</summary>
    private const int MaxHeaderBytes = 8192;

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        var reader = Reader ?? throw new InvalidOperationException("the handler has no reader");
        while (true)
        {
            var (length, problem, ended) = await ReadHeaderAsync(reader, cancellationToken).ConfigureAwait(false);
            if (ended)
            {
                return null;
            }

            if (problem is not null)
            {
                await ReplyAsync(JsonRpcErrorCode.InvalidRequest, $"Invalid request: {problem}", cancellationToken).ConfigureAwait(false);
                continue;
            }

            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (result.Buffer.Length >= length)
                {
                    var body = result.Buffer.Slice(0, length);
                    JsonRpcMessage? message = null;
                    Exception? error = null;
                    try
                    {
                        message = Formatter.Deserialize(body);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        error = e;
                    }

                    reader.AdvanceTo(body.End);
                    if (message is not null)
                    {
                        return message;
                    }

                    var parse = error is JsonReaderException or DecoderFallbackException;
                    log($"ignored a malformed message ({(parse ? "invalid JSON" : "not a JSON-RPC message")}): {error?.Message}");
                    await ReplyAsync(
                        parse ? JsonRpcErrorCode.ParseError : JsonRpcErrorCode.InvalidRequest,
                        parse ? "Parse error: the message is not valid JSON" : "Invalid request: the message is not a JSON-RPC 2.0 request, response or notification",
                        cancellationToken).ConfigureAwait(false);
                    break;
                }

                if (result.IsCompleted)
                {
                    reader.AdvanceTo(result.Buffer.End);
                    return null;
                }

                reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            }
        }
    }

    protected override void Write(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        if (content is JsonRpcError { Error: { } detail })
        {
            detail.Data = null;
        }

        if (content is JsonRpcRequest { IsNotification: true, Method: { } method, Arguments: PreSerializedParams parameters })
        {
            WritePreSerialized(method, parameters);
            return;
        }

        base.Write(content, cancellationToken);
    }

    /// <summary>Frames a notification around params that are already JSON: header, envelope, the bytes as they are.</summary>
    private void WritePreSerialized(string method, PreSerializedParams parameters)
    {
        var writer = Writer ?? throw new InvalidOperationException("the handler has no writer");
        var head = Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"method\":{JsonConvert.ToString(method)},\"params\":");
        var length = head.Length + parameters.Json.Length + 1;
        writer.Write(Encoding.ASCII.GetBytes($"Content-Length: {length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n"));
        writer.Write(head);
        writer.Write(parameters.Json.Span);
        writer.Write("}"u8);
    }

    private static async Task<(int Length, string? Problem, bool Ended)> ReadHeaderAsync(System.IO.Pipelines.PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var sequence = new SequenceReader<byte>(result.Buffer);
            if (sequence.TryReadTo(out ReadOnlySequence<byte> header, "\r\n\r\n"u8, advancePastDelimiter: true))
            {
                var text = Encoding.ASCII.GetString(header.ToArray());
                reader.AdvanceTo(sequence.Position);
                return Parse(text);
            }

            if (result.IsCompleted)
            {
                reader.AdvanceTo(result.Buffer.End);
                return (0, null, true);
            }

            if (result.Buffer.Length > MaxHeaderBytes)
            {
                reader.AdvanceTo(result.Buffer.End);
                return (0, "a header block longer than 8 KB, with no blank line to end it", false);
            }

            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    private static (int Length, string? Problem, bool Ended) Parse(string header)
    {
        int? length = null;
        foreach (var line in header.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    return (0, "the Content-Length header is not a number of bytes", false);
                }

                length = value;
            }
        }

        return length is { } l ? (l, null, false) : (0, "the message has no Content-Length header", false);
    }

    private ValueTask ReplyAsync(JsonRpcErrorCode code, string message, CancellationToken cancellationToken) =>
        WriteAsync(new JsonRpcError { RequestId = RequestId.Null, Error = new JsonRpcError.ErrorDetail { Code = code, Message = message } }, cancellationToken);
}
