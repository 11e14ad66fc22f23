using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Fuzz;

/// <summary>
/// Every public property of a tree, recursively, as text: two trees are the same when their dumps
/// are (the records hold immutable arrays, whose equality is by reference).
/// </summary>
internal static class TreeDump
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static string Of(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        builder.Append(tree.Text.Text.GetHashCode(StringComparison.Ordinal)).Append(tree.IsForeignFormat);
        Dump(tree.Declarations, builder);
        Dump(tree.Comments, builder);
        Dump(tree.Diagnostics, builder);
        return builder.ToString();
    }

    private static void Dump(object? value, StringBuilder builder)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                builder.Append('"').Append(s).Append('"');
                return;
            case TextSpan or Enum or int or bool:
                builder.Append(value);
                return;
            case IEnumerable items:
                builder.Append('[');
                foreach (var item in items)
                {
                    Dump(item, builder);
                    builder.Append(',');
                }

                builder.Append(']');
                return;
        }

        var type = value.GetType();
        builder.Append(type.Name).Append('(');
        foreach (var property in Properties.GetOrAdd(type, t => [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract")]))
        {
            builder.Append(property.Name).Append('=');
            Dump(property.GetValue(value), builder);
            builder.Append(' ');
        }

        builder.Append(')');
    }
}
