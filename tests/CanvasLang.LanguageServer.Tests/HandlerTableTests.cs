using System.Reflection;
using CanvasLang.LanguageServer.Server;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Tests;

/// <summary>
/// The server's methods are one table of small functions: each method routed once, each handler a
/// static function of the context and typed params, and the capabilities announced at `initialize`
/// backed by a route.
/// </summary>
public sealed class HandlerTableTests
{
    // Methods whose params carry nothing the handler reads.
    private static readonly string[] WithoutParams = ["initialized", "shutdown", "exit", "$/setTrace"];

    private static IEnumerable<MethodInfo> Handlers() =>
        typeof(HandlerTable).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Handlers", StringComparison.Ordinal) && t.Namespace == typeof(HandlerTable).Namespace)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetParameters() is [{ ParameterType: var first }, _, ..] && first == typeof(ServerContext));

    [Fact]
    public void Every_method_is_routed_once()
    {
        var methods = HandlerTable.Routes.Select(r => r.Method).ToList();
        methods.ShouldBeUnique();
        methods.ShouldContain("initialize");
        methods.ShouldContain("textDocument/didChange");
    }

    [Fact]
    public void Handlers_are_static_functions_of_the_context_and_typed_params()
    {
        var handlers = Handlers().ToList();
        handlers.Count.ShouldBeGreaterThan(25);
        var untyped = handlers
            .Where(h => h.GetParameters()[1].ParameterType is var type && (type == typeof(JObject) || type == typeof(JToken)))
            .Select(h => h.Name)
            .Where(name => !new[] { "Initialized", "Shutdown" }.Contains(name))
            .ToList();
        untyped.ShouldBeEmpty("a handler reads JSON params instead of a typed params class");
    }

    [Fact]
    public void Only_methods_without_params_take_raw_json()
    {
        // The routes are closures; what they parse into is seen by sending them an array instead of an object.
        var context = new ServerContext(new StreamJsonRpc.JsonRpc(Stream.Null), new Newtonsoft.Json.JsonSerializer(), TextWriter.Null, TimeSpan.Zero);
        foreach (var route in HandlerTable.Routes.Where(r => !WithoutParams.Contains(r.Method) && r.Method != "initialize"))
        {
            Should.Throw<InvalidParamsException>(() => route.Invoke(context, new JArray(), CancellationToken.None), route.Method);
        }
    }

    [Fact]
    public void The_language_server_is_one_class_in_one_file()
    {
        var sources = Directory.GetFiles(Path.Combine(RepoRootPath(), "src", "CanvasLang.LanguageServer"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        sources.Where(f => File.ReadAllText(f).Contains("partial class CanvasLanguageServer", StringComparison.Ordinal)).ShouldBeEmpty();
        typeof(CanvasLanguageServer).GetMethods(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly).Length.ShouldBeLessThan(10);
    }

    private static string RepoRootPath()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "CanvasLang.sln")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("CanvasLang.sln not found above the test binaries");
        }

        return dir;
    }
}
