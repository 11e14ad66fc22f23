using System.Collections.Immutable;
using CanvasLang.EditorServices.CodeActions;
using CanvasLang.EditorServices.Navigation;
using CanvasLang.EditorServices.Workspace;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CanvasLang.LanguageServer.Server;

/// <summary>
/// The LSP adapter: StreamJsonRpc over LSP framing, the lifecycle (errors before initialize and
/// after shutdown, exit codes), and one route per method mapping editor-service results to LSP.
/// Handlers live in the partial files under Handlers/.
/// </summary>
public sealed partial class CanvasLanguageServer : IDisposable
{
    private readonly JsonRpc rpc;
    private readonly JsonSerializer serializer;
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TextWriter errorLog;
    private ServerState state = ServerState.Uninitialized;

    public CanvasLanguageServer(Stream input, Stream output, TextWriter? errorLog = null, TimeSpan? diagnosticsDelay = null)
    {
        this.errorLog = errorLog ?? TextWriter.Null;
        var formatter = new JsonMessageFormatter();
        formatter.JsonSerializer.ContractResolver = new CamelCasePropertyNamesContractResolver();
        formatter.JsonSerializer.NullValueHandling = NullValueHandling.Ignore;
        formatter.JsonSerializer.MissingMemberHandling = MissingMemberHandling.Ignore;
        serializer = formatter.JsonSerializer;
        var handler = new LspMessageHandler(output, input, formatter, message => LogToStderr(message));
        rpc = new JsonRpc(handler);
        rpc.CancelLocallyInvokedMethodsWhenConnectionIsClosed = true;
        Workspace = new CanvasWorkspace();
        Uris = new DocumentUris();
        Navigation = new NavigationService(Workspace);
        CodeActions = new CodeActionService(Workspace);
        Diagnostics = new DiagnosticsScheduler(Workspace, PublishAsync, diagnosticsDelay ?? TimeSpan.Zero, (path, e) => Log(1, $"analysis of {path} failed: {e.GetType().Name}: {e.Message}"));
        RegisterRoutes();
    }

    private enum ServerState
    {
        Uninitialized,
        Initialized,
        ShutDown,
    }

    internal CanvasWorkspace Workspace { get; }

    internal DocumentUris Uris { get; }

    private NavigationService Navigation { get; }

    private CodeActionService CodeActions { get; }

    private DiagnosticsScheduler Diagnostics { get; }

    /// <summary>Starts reading; completes with the process exit code (0 after shutdown then exit, else 1).</summary>
    public Task<int> RunAsync()
    {
        rpc.StartListening();
        _ = rpc.Completion.ContinueWith(_ => exited.TrySetResult(state == ServerState.ShutDown ? 0 : 1), TaskScheduler.Default);
        return exited.Task;
    }

    public void Dispose()
    {
        rpc.Dispose();
    }

    /// <summary>Registers a request or notification; every route goes through <see cref="DispatchAsync"/>.</summary>
    private void On<TParams>(string method, bool isRequest, Func<TParams, CancellationToken, Task<object?>> handler)
        where TParams : class
    {
        var route = new Route(this, method, isRequest, async (token, cancellation) => await handler(Read<TParams>(method, token), cancellation).ConfigureAwait(false));
        rpc.AddLocalRpcMethod(typeof(Route).GetMethod(nameof(Route.InvokeAsync))!, route, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });
    }

    private void Request<TParams>(string method, Func<TParams, CancellationToken, Task<object?>> handler)
        where TParams : class => On(method, true, handler);

    /// <summary>A notification's handler is synchronous, so document state is recorded in the order messages arrive.</summary>
    private void Notification<TParams>(string method, Action<TParams> handler)
        where TParams : class => On<TParams>(method, false, (p, _) =>
        {
            handler(p);
            return Task.FromResult<object?>(null);
        });

    private TParams Read<TParams>(string method, JToken? token)
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
            return token.ToObject<TParams>(serializer) ?? throw new InvalidParamsException($"{method} expects an object of parameters");
        }
        catch (JsonException e)
        {
            var where = e is JsonSerializationException { Path: { Length: > 0 } path } ? $" (`{path}`)" : string.Empty;
            throw new InvalidParamsException($"invalid parameters for {method}{where}: a value has the wrong type");
        }
    }

    private async Task<object?> DispatchAsync(Route route, JToken? token, CancellationToken cancellation)
    {
        var method = route.Method;
        if (method == "exit")
        {
            exited.TrySetResult(state == ServerState.ShutDown ? 0 : 1);
            return null;
        }

        if (route.IsRequest)
        {
            if (state == ServerState.Uninitialized && method != "initialize")
            {
                throw Error(-32002, $"the server is not initialized: send `initialize` before `{method}`");
            }

            if (state == ServerState.ShutDown)
            {
                throw Error((int)JsonRpcErrorCode.InvalidRequest, $"the server is shutting down: `{method}` is not accepted after `shutdown`");
            }

            if (state == ServerState.Initialized && method == "initialize")
            {
                throw Error((int)JsonRpcErrorCode.InvalidRequest, "the server is already initialized: `initialize` may be sent only once");
            }
        }
        else if (state != ServerState.Initialized)
        {
            // Before initialize and after shutdown, notifications other than exit are dropped, as the spec says.
            return null;
        }

        try
        {
            // canvaslang.json is configuration, not a canvas: its messages go to ConfigurationDiagnostics.cs.
            if (TryConfigurationRoute(method, route.IsRequest, token, out var answer))
            {
                return answer;
            }

            return await route.Handler(token, cancellation).ConfigureAwait(false);
        }
        catch (LocalRpcException)
        {
            throw;
        }
        catch (InvalidParamsException e)
        {
            throw Error((int)JsonRpcErrorCode.InvalidParams, e.Message);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw Error(-32800, $"`{method}` was cancelled");
        }
        catch (Exception e)
        {
            Log(1, $"{method} failed: {e.GetType().Name}: {e.Message}");
            LogToStderr(e.ToString());
            throw Error((int)JsonRpcErrorCode.InternalError, $"`{method}` failed inside the CanvasLang server; details are in the server log");
        }
    }

    private static LocalRpcException Error(int code, string message) => new(message) { ErrorCode = code };

    private void LogToStderr(string message)
    {
        lock (errorLog)
        {
            errorLog.WriteLine($"[canvaslang] {message}");
            errorLog.Flush();
        }
    }

    /// <summary>window/logMessage (1 error … 4 log); never throws, the client may be gone.</summary>
    internal void Log(int type, string message)
    {
        LogToStderr(message);
        if (state == ServerState.Uninitialized)
        {
            return;
        }

        _ = Notify("window/logMessage", new Protocol.LogMessageParams { Type = type, Message = message });
    }

    private async Task Notify(string method, object parameters)
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

    private sealed class InvalidParamsException(string message) : Exception(message);

    /// <summary>One LSP method; StreamJsonRpc calls <see cref="InvokeAsync"/> with the params object as a JToken.</summary>
    private sealed class Route(CanvasLanguageServer server, string method, bool isRequest, Func<JToken?, CancellationToken, Task<object?>> handler)
    {
        public string Method => method;

        public bool IsRequest => isRequest;

        public Func<JToken?, CancellationToken, Task<object?>> Handler => handler;

        public Task<object?> InvokeAsync(JToken? @params = null, CancellationToken cancellation = default) =>
            server.DispatchAsync(this, @params, cancellation);
    }
}
