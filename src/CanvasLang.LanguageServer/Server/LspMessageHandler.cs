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
/// on at the next message. A wrong Content-Length or stray bytes cost one message, not the session:
/// like vscode-jsonrpc, reading resynchronises on the next <c>Content-Length:</c> header, and header
/// lines ended by a bare LF are read too. Every outgoing error loses its <c>data</c>, so no .NET type
/// or stack trace ever reaches the client. Writing is StreamJsonRpc's own.
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
                log($"ignored a malformed header: {problem}");
                await ReplyAsync(RequestId.Null, JsonRpcErrorCode.InvalidRequest, $"Invalid request: {problem}", cancellationToken).ConfigureAwait(false);
                continue;
            }

            long scanned = 0;
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;

                // A header inside the declared body means the length was wrong: the body ends there. The
                // body is whole only once its every byte is scanned: a header cut short by the pipe's
                // segment (`C` arrived, `ontent-Length` not yet) would otherwise be swallowed with it.
                var cut = FrameScanner.FindHeader(buffer, scanned, length, out scanned);
                if (cut >= 0 || (buffer.Length >= length && (scanned >= length || result.IsCompleted)))
                {
                    var body = buffer.Slice(0, cut >= 0 ? cut : length);
                    if (cut >= 0)
                    {
                        log($"the Content-Length of a message ({length} bytes) ran into the next header after {cut} bytes");
                    }

                    var message = await DeserializeAsync(body, cancellationToken).ConfigureAwait(false);
                    reader.AdvanceTo(body.End);
                    if (message is not null)
                    {
                        return message;
                    }

                    break;
                }

                if (result.IsCompleted)
                {
                    reader.AdvanceTo(buffer.End);
                    return null;
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
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

    /// <summary>The message in <paramref name="body"/>, or null once a bad one has been answered.</summary>
    private async ValueTask<JsonRpcMessage?> DeserializeAsync(ReadOnlySequence<byte> body, CancellationToken cancellationToken)
    {
        if (FrameScanner.TooDeep(body))
        {
            var (id, hasMethod) = FrameScanner.Envelope(body);
            log($"ignored a message nested deeper than {FrameScanner.MaxDepth} levels");
            if (hasMethod && id is { } requestId)
            {
                await ReplyAsync(requestId, JsonRpcErrorCode.InvalidParams, $"Invalid params: arrays and objects nest deeper than {FrameScanner.MaxDepth} levels", cancellationToken).ConfigureAwait(false);
            }
            else if (!hasMethod)
            {
                await ReplyAsync(RequestId.Null, JsonRpcErrorCode.InvalidRequest, $"Invalid request: arrays and objects nest deeper than {FrameScanner.MaxDepth} levels", cancellationToken).ConfigureAwait(false);
            }

            return null;
        }

        Exception? error = null;
        try
        {
            var message = Formatter.Deserialize(body);
            if (message is JsonRpcRequest { Method: null } request)
            {
                // StreamJsonRpc reads `"method": null` as a request and then ends the whole connection on it.
                log("ignored a request whose method is null");
                await ReplyAsync(request.IsNotification ? RequestId.Null : request.RequestId, JsonRpcErrorCode.InvalidRequest, "Invalid request: the method must be a string", cancellationToken).ConfigureAwait(false);
                return null;
            }

            return message;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = e;
        }

        var parse = error is JsonReaderException or DecoderFallbackException;
        log($"ignored a malformed message ({(parse ? "invalid JSON" : "not a JSON-RPC message")}): {error.Message}");
        await ReplyAsync(
            RequestId.Null,
            parse ? JsonRpcErrorCode.ParseError : JsonRpcErrorCode.InvalidRequest,
            parse ? "Parse error: the message is not valid JSON" : "Invalid request: the message is not a JSON-RPC 2.0 request, response or notification",
            cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Reads one header block, skipping stray bytes before it (the rest of a body whose length was
    /// wrong) up to the next <c>Content-Length:</c> line. Lines may end in CRLF or a bare LF.
    /// </summary>
    private async Task<(int Length, string? Problem, bool Ended)> ReadHeaderAsync(System.IO.Pipelines.PipeReader reader, CancellationToken cancellationToken)
    {
        var junk = false;
        long skipped = 0;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;

            // Blank lines between messages are harmless; anything else before a header is junk.
            buffer = buffer.Slice(new SequenceReader<byte>(buffer).AdvancePastAny("\r\n \t"u8));
            var shape = junk ? FrameScanner.Match.NotHeader : FrameScanner.StartsHeaderLine(buffer);
            if (shape == FrameScanner.Match.NotHeader)
            {
                var at = FrameScanner.FindHeader(buffer, 0, long.MaxValue, out var resume);
                skipped += at >= 0 ? at : resume;
                buffer = buffer.Slice(at >= 0 ? at : resume);
                junk = at < 0;
                if (at >= 0)
                {
                    log($"skipped {skipped} bytes that were not part of any message");
                    skipped = 0;
                    shape = FrameScanner.Match.Header;
                }
            }

            if (shape == FrameScanner.Match.Header)
            {
                if (FindBlankLine(buffer) is { } end)
                {
                    var text = Encoding.ASCII.GetString(buffer.Slice(0, end.Header).ToArray());
                    reader.AdvanceTo(buffer.GetPosition(end.Next));
                    return Parse(text);
                }

                if (buffer.Length > MaxHeaderBytes)
                {
                    // Not a header after all: look for the next one from the following byte.
                    log("skipped a header block longer than 8 KB, with no blank line to end it");
                    reader.AdvanceTo(buffer.GetPosition(1));
                    junk = true;
                    continue;
                }
            }

            if (result.IsCompleted)
            {
                reader.AdvanceTo(result.Buffer.End);
                return (0, null, true);
            }

            reader.AdvanceTo(buffer.Start, result.Buffer.End);
        }
    }

    /// <summary>The length of the header lines and the offset after the blank line that ends them (CRLF or bare LF), if it has arrived.</summary>
    private static (long Header, long Next)? FindBlankLine(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        while (reader.TryAdvanceTo((byte)'\n'))
        {
            var lineStart = reader.Consumed;
            if (reader.IsNext((byte)'\n'))
            {
                return (lineStart, lineStart + 1);
            }

            if (reader.IsNext("\r\n"u8))
            {
                return (lineStart, lineStart + 2);
            }
        }

        return null;
    }

    private static (int Length, string? Problem, bool Ended) Parse(string header)
    {
        int? length = null;
        foreach (var line in header.Split('\n'))
        {
            // Stray bytes may precede the name on the same line (the tail of a body that was cut short).
            var name = line.IndexOf("Content-Length:", StringComparison.OrdinalIgnoreCase);
            if (name >= 0)
            {
                if (!int.TryParse(line[(name + "Content-Length:".Length)..].Trim(), NumberStyles.None | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value))
                {
                    return (0, "the Content-Length header is not a number of bytes", false);
                }

                length = value;
            }
        }

        return length is { } l ? (l, null, false) : (0, "the message has no Content-Length header", false);
    }

    private ValueTask ReplyAsync(RequestId id, JsonRpcErrorCode code, string message, CancellationToken cancellationToken) =>
        WriteAsync(new JsonRpcError { RequestId = id, Error = new JsonRpcError.ErrorDetail { Code = code, Message = message } }, cancellationToken);
}
