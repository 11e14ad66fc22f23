using Newtonsoft.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CanvasLang.LanguageServer.Server;

/// <summary>
/// LSP framing (Content-Length headers) that survives bad input: StreamJsonRpc drops the connection
/// on a malformed header or JSON body, so this handler answers such a message with the JSON-RPC
/// error (-32700 or -32600, id null) and reads on. It also strips <c>error.data</c> from every
/// outgoing error, so no .NET type or stack trace ever reaches the client.
/// </summary>
internal sealed class LspMessageHandler(Stream sending, Stream receiving, JsonMessageFormatter formatter, Action<string> log)
    : HeaderDelimitedMessageHandler(sending, receiving, formatter)
{
    /// <summary>Bad messages in a row after which the stream is taken to be garbage, not LSP.</summary>
    private const int MaxConsecutiveFailures = 1000;

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        for (var failures = 0; ; failures++)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsBadMessage(e) && failures < MaxConsecutiveFailures)
            {
                var parse = e is JsonReaderException;
                log($"ignored a malformed message ({(parse ? "invalid JSON" : e is BadRpcHeaderException ? "bad header" : "not a JSON-RPC message")}): {e.Message}");
                var error = new JsonRpcError
                {
                    RequestId = RequestId.Null,
                    Error = new JsonRpcError.ErrorDetail
                    {
                        Code = parse ? JsonRpcErrorCode.ParseError : JsonRpcErrorCode.InvalidRequest,
                        Message = parse ? "Parse error: the message is not valid JSON" : "Invalid request: the message is not a JSON-RPC 2.0 message with LSP framing",
                    },
                };
                await WriteAsync(error, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    protected override void Write(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        if (content is JsonRpcError { Error: { } detail })
        {
            detail.Data = null;
        }

        base.Write(content, cancellationToken);
    }

    private static bool IsBadMessage(Exception e) =>
        e is JsonException or BadRpcHeaderException or FormatException or ArgumentException or InvalidCastException
            or (InvalidOperationException and not ObjectDisposedException) or NotSupportedException or OverflowException;
}
