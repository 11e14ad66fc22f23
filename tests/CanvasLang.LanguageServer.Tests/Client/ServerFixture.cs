using CanvasLang.LanguageServer.Server;
using Nerdbank.Streams;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Tests.Client;

/// <summary>A server in this process over an in-memory duplex pipe, with a client attached; optionally initialized.</summary>
public sealed class ServerSession : IAsyncDisposable
{
    private ServerSession(CanvasLanguageServer server, LspClient client, Task<int> run, string folder)
    {
        Server = server;
        Client = client;
        Run = run;
        Folder = folder;
    }

    public CanvasLanguageServer Server { get; }

    /// <summary>The server's stderr log, for failures worth reading (CANVASLANG_TEST_LOG names a file to append to).</summary>
    private static TextWriter Log { get; } = Environment.GetEnvironmentVariable("CANVASLANG_TEST_LOG") is { Length: > 0 } file
        ? TextWriter.Synchronized(new StreamWriter(file, append: true) { AutoFlush = true })
        : TextWriter.Null;

    public LspClient Client { get; }

    /// <summary>Completes with the exit code.</summary>
    public Task<int> Run { get; }

    /// <summary>A fresh temporary workspace folder.</summary>
    public string Folder { get; }

    public static async Task<ServerSession> StartAsync(bool initialize = true, JObject? capabilities = null, object? initializationOptions = null)
    {
        var (serverSide, clientSide) = FullDuplexStream.CreatePair();
        var folder = Directory.CreateTempSubdirectory("canvaslang-lsp-").FullName;
        var server = new CanvasLanguageServer(serverSide, serverSide, Log, TimeSpan.FromMilliseconds(5));
        var run = server.RunAsync();
        var client = new LspClient(clientSide, clientSide);
        var session = new ServerSession(server, client, run, folder);
        if (initialize)
        {
            await client.CallAsync("initialize", new
            {
                processId = (int?)null,
                rootUri = new Uri(folder).AbsoluteUri,
                capabilities = capabilities ?? new JObject(),
                initializationOptions,
            });
            await client.NotifyAsync("initialized", new { });
        }

        return session;
    }

    public string Uri(string name) => new Uri(Path.Combine(Folder, name)).AbsoluteUri;

    public async Task<string> OpenAsync(string name, string text, int version = 1)
    {
        var uri = Uri(name);
        await Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "canvaslang", version, text } });
        return uri;
    }

    public Task<JObject> DiagnosticsAsync(string uri, int version) =>
        Client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => n["params"]?["uri"]?.ToString() == uri && n["params"]?["version"]?.Value<int>() == version);

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        Server.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
