using System.Collections.Concurrent;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Tests.Client;

/// <summary>
/// A minimal LSP client for tests: Content-Length framing over any pair of streams, requests
/// matched by id, notifications collected, and the server's own requests answered like an editor would.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    private readonly Stream input;
    private readonly Stream output;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JObject>> pending = new();
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly CancellationTokenSource stop = new();
    private readonly Task reader;
    private int nextId;

    public LspClient(Stream fromServer, Stream toServer)
    {
        input = fromServer;
        output = toServer;
        reader = Task.Run(ReadLoopAsync);
    }

    public ConcurrentQueue<JObject> Notifications { get; } = new();

    public ConcurrentQueue<JObject> ServerRequests { get; } = new();

    /// <summary>Answers unmatched responses (id null: parse errors) land here.</summary>
    public ConcurrentQueue<JObject> OrphanResponses { get; } = new();

    public event Action<JObject>? NotificationReceived;

    /// <summary>Settings returned for workspace/configuration.</summary>
    public JToken Settings { get; set; } = new JObject();

    public Task<JObject> RequestAsync(string method, object? parameters = null, int? id = null)
    {
        var key = id ?? Interlocked.Increment(ref nextId);
        var message = new JObject { ["jsonrpc"] = "2.0", ["id"] = key, ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = JToken.FromObject(parameters);
        }

        return SendRequestAsync(key.ToString(), message);
    }

    public Task<JObject> SendRequestAsync(string id, JObject message) => SendRawRequestAsync(id, message.ToString(Formatting.None));

    /// <summary>Sends a request written by hand (JSON no JObject could hold, e.g. nested too deep) and awaits the answer to <paramref name="id"/>.</summary>
    public async Task<JObject> SendRawRequestAsync(string id, string json)
    {
        var answer = ExpectResponse(id);
        await WriteAsync(json).ConfigureAwait(false);
        return await answer.ConfigureAwait(false);
    }

    /// <summary>The answer to <paramref name="id"/>, for a request the test frames itself with <see cref="WriteRawAsync"/>.</summary>
    public Task<JObject> ExpectResponse(string id)
    {
        var completion = new TaskCompletionSource<JObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = completion;
        return completion.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>The result of a request, failing the test when the server answered with an error.</summary>
    public async Task<JToken> CallAsync(string method, object? parameters = null)
    {
        var response = await RequestAsync(method, parameters).ConfigureAwait(false);
        if (response["error"] is JObject error)
        {
            throw new InvalidOperationException($"{method} failed: {error}");
        }

        return response["result"] ?? JValue.CreateNull();
    }

    public Task NotifyAsync(string method, object? parameters = null)
    {
        var message = new JObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = JToken.FromObject(parameters);
        }

        return WriteAsync(message.ToString(Formatting.None));
    }

    public Task WriteAsync(string json) => WriteRawAsync(Frame(json));

    public static byte[] Frame(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];
    }

    public async Task WriteRawAsync(byte[] bytes)
    {
        await writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await output.WriteAsync(bytes).ConfigureAwait(false);
            await output.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>Waits for a notification matching <paramref name="match"/> (already received or to come).</summary>
    public async Task<JObject> WaitForNotificationAsync(string method, Func<JObject, bool>? match = null, TimeSpan? timeout = null)
    {
        var completion = new TaskCompletionSource<JObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(JObject n)
        {
            if (n.Value<string>("method") == method && (match?.Invoke(n) ?? true))
            {
                completion.TrySetResult(n);
            }
        }

        NotificationReceived += Check;
        try
        {
            foreach (var n in Notifications)
            {
                Check(n);
            }

            return await completion.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        finally
        {
            NotificationReceived -= Check;
        }
    }

    public async ValueTask DisposeAsync()
    {
        stop.Cancel();
        output.Dispose();
        input.Dispose();
        try
        {
            await reader.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The streams are gone; the read loop ends however it ends.
        }
    }

    private async Task ReadLoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var json = await ReadMessageAsync().ConfigureAwait(false);
            if (json is null)
            {
                break;
            }

            var message = JObject.Parse(json);
            if (message["method"] is not null && message["id"] is not null)
            {
                ServerRequests.Enqueue(message);
                await AnswerServerRequestAsync(message).ConfigureAwait(false);
            }
            else if (message["method"] is not null)
            {
                Notifications.Enqueue(message);
                NotificationReceived?.Invoke(message);
            }
            else if (message["id"]?.ToString() is { Length: > 0 } id && pending.TryRemove(id, out var completion))
            {
                completion.TrySetResult(message);
            }
            else
            {
                OrphanResponses.Enqueue(message);
            }
        }

        foreach (var waiting in pending.Values)
        {
            waiting.TrySetException(new EndOfStreamException("the server closed the connection"));
        }
    }

    private Task AnswerServerRequestAsync(JObject request)
    {
        JToken result = request.Value<string>("method") switch
        {
            "workspace/configuration" => new JArray(((JArray?)request["params"]?["items"] ?? []).Select(_ => Settings.DeepClone())),
            _ => JValue.CreateNull(),
        };
        var response = new JObject { ["jsonrpc"] = "2.0", ["id"] = request["id"], ["result"] = result };
        return WriteAsync(response.ToString(Formatting.None));
    }

    private async Task<string?> ReadMessageAsync()
    {
        var length = -1;
        while (true)
        {
            var line = await ReadLineAsync().ConfigureAwait(false);
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
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var buffer = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = await input.ReadAsync(buffer.AsMemory(read, length - read)).ConfigureAwait(false);
            if (n == 0)
            {
                return null;
            }

            read += n;
        }

        return Encoding.UTF8.GetString(buffer);
    }

    private async Task<string?> ReadLineAsync()
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            var n = await input.ReadAsync(one).ConfigureAwait(false);
            if (n == 0)
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
