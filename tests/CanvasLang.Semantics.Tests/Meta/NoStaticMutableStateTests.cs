using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using CanvasLang.Semantics.Analysis;

namespace CanvasLang.Semantics.Tests.Meta;

/// <summary>
/// The semantic layer keeps nothing between analyses in statics: whatever is remembered lives in a
/// <see cref="Language.ReadingStore"/> or a model that its owner holds, so two hosts, two settings or two
/// tests never see each other's verdicts. Statics may hold constants only: read-only fields of
/// immutable values (frozen or immutable collections, strings, records of them), or embedded data
/// loaded once on first use (<see cref="Lazy{T}"/>).
/// </summary>
public sealed class NoStaticMutableStateTests
{
    private static readonly Type[] MutableCollections =
    [
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(SortedSet<>), typeof(SortedDictionary<,>),
        typeof(Queue<>), typeof(Stack<>), typeof(LinkedList<>), typeof(ConcurrentDictionary<,>), typeof(ConcurrentBag<>),
        typeof(ConcurrentQueue<>), typeof(ConditionalWeakTable<,>), typeof(ThreadLocal<>),
    ];

    [Fact]
    public void Every_static_field_of_the_semantic_layer_is_read_only_and_holds_no_mutable_collection()
    {
        var offenders = new List<string>();
        foreach (var type in typeof(CanvasAnalyzer).Assembly.GetTypes().Where(t => !IsCompilerGenerated(t) && !t.ContainsGenericParameters))
        {
            RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.IsLiteral)
                {
                    continue;
                }

                var name = $"{type.FullName}.{field.Name}";
                if (!field.IsInitOnly)
                {
                    offenders.Add($"{name} can be assigned");
                    continue;
                }

                if (MutableIn(field.GetValue(null)) is { } why)
                {
                    offenders.Add($"{name} holds {why}");
                }
            }
        }

        offenders.ShouldBeEmpty();
    }

    /// <summary>Fails when a mutable static is added, so the test above cannot pass by looking at nothing.</summary>
    [Fact]
    public void The_check_sees_a_mutable_collection_and_an_array()
    {
        MutableIn(new HashSet<string>()).ShouldNotBeNull();
        MutableIn(new ConcurrentDictionary<string, int>()).ShouldNotBeNull();
        MutableIn(new[] { "a" }).ShouldNotBeNull();
        MutableIn(System.Collections.Frozen.FrozenSet.Create("a")).ShouldBeNull();
        MutableIn("text").ShouldBeNull();
    }

    private static string? MutableIn(object? value) => value switch
    {
        null => null,
        Array { Length: > 0 } array => $"an array ({array.GetType().Name}) whose items can be replaced",
        _ when value.GetType() is { IsGenericType: true } t && MutableCollections.Contains(t.GetGenericTypeDefinition()) => $"a mutable {t.Name}",
        ArrayList or Hashtable => "a mutable collection",
        _ => null,
    };

    private static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute)) || type.Name.StartsWith('<') || (type.DeclaringType is { } outer && IsCompilerGenerated(outer));
}
