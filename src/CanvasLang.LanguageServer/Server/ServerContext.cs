using CanvasLang.EditorServices.Workspace;
using CanvasLang.LanguageServer.Protocol;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace CanvasLang.LanguageServer.Server;

/// <summary>Where the server is in the protocol's lifecycle.</summary>
internal enum Lifecycle
{
    Uninitialized,
    Initialized,
    ShutDown,
}

/// <summary>
/// What every handler is given: the analysis host (whose current snapshot it reads), the client's
/// profile, the user's settings and the ways to talk back to the client. Handlers are functions of
/// this context and their params; the only state here is what the protocol itself carries.
/// </summary>
internal sealed class ServerContext
{
    private readonly JsonRpc rpc;
    private readonly TextWriter errorLog;
    private int progressCounter;

    public ServerContext(JsonRpc rpc, JsonSerializer serializer, TextWriter errorLog, TimeSpan diagnosticsDelay)
    {
        this.rpc = rpc;
        this.errorLog = errorLog;
        Serializer = serializer;
        Diagnostics = new DiagnosticsScheduler(Host, analysis => DocumentHandlers.PublishAsync(this, analysis), diagnosticsDelay,
            (path, e) => Log(1, $"analysis of {path} failed: {e.GetType().Name}: {e.Message}"));
        Configuration = new ConfigurationDiagnostics(this);
    }

    public AnalysisHost Host { get; } = new();

    public DocumentUris Uris { get; } = new();

    public JsonSerializer Serializer { get; }

    public DiagnosticsScheduler Diagnostics { get; }

    /// <summary>canvaslang.json's own problems, pushed on its URI.</summary>
    public ConfigurationDiagnostics Configuration { get; }

    public Lifecycle Lifecycle { get; set; } = Lifecycle.Uninitialized;

    /// <summary>Set once, by `initialize`.</summary>
    public ClientProfile Client { get; set; } = ClientProfile.None;

    /// <summary>The user's `canvaslang.lint.run`: "onType" re-analyzes on every change, "onSave" on saves only.</summary>
    public bool LintOnType { get; set; } = true;

    /// <summary>Called on the drawing thread as a `canvaslang/render` starts to draw, with the request's token: lets a test cancel a render that is under way.</summary>
    public Action<CancellationToken>? RenderStarting { get; set; }

    /// <summary>The analysis of a document as the current snapshot has it (a document that is not open is read from disk).</summary>
    public Task<DocumentAnalysis> AnalyzeAsync(string uri, CancellationToken cancellation) =>
        Host.Current.AnalyzeAsync(Uris.ToPath(uri), cancellation);

    /// <summary>The last finished analysis of a document: for requests answered at typing speed.</summary>
    public Task<DocumentAnalysis> LatestAsync(string uri, CancellationToken cancellation) =>
        Host.Current.LatestAsync(Uris.ToPath(uri), cancellation);

    public void LogToStderr(string message)
    {
        lock (errorLog)
        {
            errorLog.WriteLine($"[canvaslang] {message}");
            errorLog.Flush();
        }
    }

    /// <summary>window/logMessage (1 error … 4 log); never throws, the client may be gone.</summary>
    public void Log(int type, string message)
    {
        LogToStderr(message);
        if (Lifecycle == Lifecycle.Uninitialized)
        {
            return;
        }

        _ = Notify("window/logMessage", new LogMessageParams { Type = type, Message = message });
    }

    public async Task Notify(string method, object parameters)
    {
        try
        {
            await rpc.NotifyWithParameterObjectAsync(method, parameters).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ObjectDisposedException or ConnectionLostException or IOException or InvalidOperationException)
        {
            // The client went away; nothing to tell it.
        }
    }

    /// <summary>A request to the client (registration, configuration, progress).</summary>
    public Task<JToken> RequestAsync(string method, object parameters) =>
        rpc.InvokeWithParameterObjectAsync<JToken>(method, parameters);

    /// <summary>Runs workspace-wide work under a server-initiated work-done progress, when the client supports it.</summary>
    public async Task<T> WithProgressAsync<T>(string title, Func<T> work)
    {
        string? token = null;
        if (Client.WorkDoneProgress)
        {
            token = $"canvaslang-{Interlocked.Increment(ref progressCounter)}";
            try
            {
                await RequestAsync("window/workDoneProgress/create", new WorkDoneProgressCreateParams { Token = token }).ConfigureAwait(false);
                await Notify("$/progress", new ProgressParams { Token = token, Value = new JObject { ["kind"] = "begin", ["title"] = title, ["cancellable"] = false } }).ConfigureAwait(false);
            }
            catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or ObjectDisposedException or InvalidOperationException)
            {
                token = null;
            }
        }

        try
        {
            return await Task.Run(work).ConfigureAwait(false);
        }
        finally
        {
            if (token is not null)
            {
                await Notify("$/progress", new ProgressParams { Token = token, Value = new JObject { ["kind"] = "end" } }).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// A value the protocol leaves free (LSPAny: initialization options, settings) read as <typeparamref name="T"/>;
    /// null when it has another shape, which a client may send and the server must survive.
    /// </summary>
    public T? Lenient<T>(JToken? token)
        where T : class
    {
        if (token is not JObject)
        {
            return null;
        }

        try
        {
            return token.ToObject<T>(Serializer);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Applies the user's settings section (absent parts keep their values).</summary>
    public void Apply(CanvasSettings? settings)
    {
        if (settings?.Lint?.Run is { } run)
        {
            LintOnType = run != "onSave";
        }
    }

    /// <summary>Typed params from the JSON the client sent; anything else is the client's error (-32602).</summary>
    public TParams Read<TParams>(string method, JToken? token)
        where TParams : class
    {
        if (typeof(TParams) == typeof(JToken))
        {
            return (TParams)(object)(token ?? JValue.CreateNull());
        }

        if (token is not JObject)
        {
            throw new InvalidParamsException($"{method} expects an object of parameters");
        }

        try
        {
            return token.ToObject<TParams>(Serializer) ?? throw new InvalidParamsException($"{method} expects an object of parameters");
        }
        catch (JsonException e)
        {
            var where = e is JsonSerializationException { Path: { Length: > 0 } path } ? $" (`{path}`)" : string.Empty;
            throw new InvalidParamsException($"invalid parameters for {method}{where}: a value has the wrong type");
        }
    }
}

/// <summary>Answered -32602: the params the client sent cannot be what the method takes.</summary>
internal sealed class InvalidParamsException(string message) : Exception(message);
