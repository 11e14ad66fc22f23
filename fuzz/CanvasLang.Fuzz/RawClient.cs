using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Fuzz;

/// <summary>
/// The client end of the pipe: writes bytes exactly as given (the fuzzer's malformed frames) and
/// reads the server's frames, which must be well-formed. Server requests get a null result.
/// </summary>
internal sealed class RawClient : IAsyncDisposable
{
    private readonly Stream stream;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JObject>> pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim writing = new(1, 1);
    private readonly Task reading;
    private int nextId;

    public RawClient(Stream stream)
    {
        this.stream = stream;
        reading = Task.Run(ReadLoop);
    }

    public ConcurrentQueue<JObject> Received { get; } = new();

    public async Task Send(byte[] bytes)
    {
        await writing.WaitAsync().ConfigureAwait(false);
        try
        {
            await stream.WriteAsync(bytes).ConfigureAwait(false);
            await stream.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>The response to a valid request, or null when none came in time.</summary>
    public async Task<JObject?> Request(string method, string parameters, TimeSpan timeout)
    {
        var id = $"fuzz-{Interlocked.Increment(ref nextId)}";
        var answer = pending.GetOrAdd(id, _ => new TaskCompletionSource<JObject>(TaskCreationOptions.RunContinuationsAsynchronously));
        var body = Encoding.UTF8.GetBytes($$$"""{"jsonrpc":"2.0","id":"{{{id}}}","method":"{{{method}}}","params":{{{parameters}}}}""");
        await Send([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]).ConfigureAwait(false);
        var done = await Task.WhenAny(answer.Task, Task.Delay(timeout)).ConfigureAwait(false);
        return done == answer.Task ? answer.Task.Result : null;
    }

    public async ValueTask DisposeAsync()
    {
        await stream.DisposeAsync().ConfigureAwait(false);
        await reading.ConfigureAwait(false);
        writing.Dispose();
    }

    private async Task ReadLoop()
    {
        try
        {
            while (await ReadFrame().ConfigureAwait(false) is { } message)
            {
                Received.Enqueue(message);
                if (message["method"] is not null && message["id"] is { } requestId)
                {
                    var reply = Encoding.UTF8.GetBytes(new JObject { ["jsonrpc"] = "2.0", ["id"] = requestId, ["result"] = null }.ToString(Newtonsoft.Json.Formatting.None));
                    await Send([.. Encoding.ASCII.GetBytes($"Content-Length: {reply.Length}\r\n\r\n"), .. reply]).ConfigureAwait(false);
                }
                else if (message["id"]?.Type == JTokenType.String && pending.TryRemove(message["id"]!.ToString(), out var answer))
                {
                    answer.TrySetResult(message);
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The session is over.
        }
    }

    private async Task<JObject?> ReadFrame()
    {
        var length = -1;
        while (true)
        {
            var line = await ReadLine().ConfigureAwait(false);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        await stream.ReadExactlyAsync(body).ConfigureAwait(false);
        return JObject.Parse(Encoding.UTF8.GetString(body));
    }

    private async Task<string?> ReadLine()
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one).ConfigureAwait(false) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString([.. bytes]).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }
    }
}
