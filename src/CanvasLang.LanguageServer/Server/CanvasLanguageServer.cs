using CanvasLang.EditorServices.Workspace;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CanvasLang.LanguageServer.Server;

/// <summary>
/// The LSP adapter's transport: StreamJsonRpc over LSP framing, the lifecycle (errors before
/// initialize and after shutdown, exit codes), and dispatch of every method in
/// <see cref="HandlerTable"/> to its handler, a function of the <see cref="ServerContext"/> and typed params.
/// </summary>
public sealed class CanvasLanguageServer : IDisposable
{
    private readonly JsonRpc rpc;
    private readonly ServerContext context;
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CanvasLanguageServer(Stream input, Stream output, TextWriter? errorLog = null, TimeSpan? diagnosticsDelay = null)
    {
        var formatter = new JsonMessageFormatter();
        formatter.JsonSerializer.ContractResolver = new CamelCasePropertyNamesContractResolver();
        formatter.JsonSerializer.NullValueHandling = NullValueHandling.Ignore;
        formatter.JsonSerializer.MissingMemberHandling = MissingMemberHandling.Ignore;
        var log = errorLog ?? TextWriter.Null;
        var handler = new LspMessageHandler(output, input, formatter, message => context!.LogToStderr(message));
        rpc = new JsonRpc(handler) { CancelLocallyInvokedMethodsWhenConnectionIsClosed = true };
        context = new ServerContext(rpc, formatter.JsonSerializer, log, diagnosticsDelay ?? TimeSpan.Zero);
        foreach (var route in HandlerTable.Routes)
        {
            var target = new RouteTarget(this, route);
            rpc.AddLocalRpcMethod(typeof(RouteTarget).GetMethod(nameof(RouteTarget.InvokeAsync))!, target, new JsonRpcMethodAttribute(route.Method) { UseSingleObjectParameterDeserialization = true });
        }
    }

    /// <summary>The host whose snapshots the handlers read (tests look at what it holds).</summary>
    internal AnalysisHost Host => context.Host;

    internal Action<CancellationToken>? RenderStarting
    {
        get => context.RenderStarting;
        set => context.RenderStarting = value;
    }

    /// <summary>Starts reading; completes with the process exit code (0 after shutdown then exit, else 1).</summary>
    public Task<int> RunAsync()
    {
        rpc.StartListening();
        _ = rpc.Completion.ContinueWith(_ => exited.TrySetResult(context.Lifecycle == Lifecycle.ShutDown ? 0 : 1), TaskScheduler.Default);
        return exited.Task;
    }

    public void Dispose()
    {
        rpc.Dispose();
    }

    private async Task<object?> DispatchAsync(Route route, JToken? token, CancellationToken cancellation)
    {
        var method = route.Method;
        var lifecycle = context.Lifecycle;
        if (method == "exit")
        {
            exited.TrySetResult(lifecycle == Lifecycle.ShutDown ? 0 : 1);
            return null;
        }

        if (route.IsRequest)
        {
            if (lifecycle == Lifecycle.Uninitialized && method != "initialize")
            {
                throw Error(-32002, $"the server is not initialized: send `initialize` before `{method}`");
            }

            if (lifecycle == Lifecycle.ShutDown)
            {
                throw Error((int)JsonRpcErrorCode.InvalidRequest, $"the server is shutting down: `{method}` is not accepted after `shutdown`");
            }

            if (lifecycle == Lifecycle.Initialized && method == "initialize")
            {
                throw Error((int)JsonRpcErrorCode.InvalidRequest, "the server is already initialized: `initialize` may be sent only once");
            }
        }
        else if (lifecycle != Lifecycle.Initialized)
        {
            // Before initialize and after shutdown, notifications other than exit are dropped, as the spec says.
            return null;
        }

        try
        {
            // canvaslang.json is configuration, not a canvas: its messages go to ConfigurationDiagnostics.
            if (context.Configuration.TryRoute(method, route.IsRequest, token, out var answer))
            {
                return answer;
            }

            return await route.Invoke(context, token, cancellation).ConfigureAwait(false);
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
            context.Log(1, $"{method} failed: {e.GetType().Name}: {e.Message}");
            context.LogToStderr(e.ToString());
            throw Error((int)JsonRpcErrorCode.InternalError, $"`{method}` failed inside the CanvasLang server; details are in the server log");
        }
    }

    private static LocalRpcException Error(int code, string message) => new(message) { ErrorCode = code };

    /// <summary>One LSP method as StreamJsonRpc sees it: it calls <see cref="InvokeAsync"/> with the params object as a JToken.</summary>
    private sealed class RouteTarget(CanvasLanguageServer server, Route route)
    {
        public Task<object?> InvokeAsync(JToken? @params = null, CancellationToken cancellation = default) =>
            server.DispatchAsync(route, @params, cancellation);
    }
}
