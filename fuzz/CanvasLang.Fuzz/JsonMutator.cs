using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Fuzz;

/// <summary>
/// A deterministic mutator for JSON (same seed, same inputs): structural mutations on the parsed
/// token tree (a node replaced by a value of another type, removed, duplicated, nested deep) and
/// byte-level ones on the text (truncated, garbage inserted, characters swapped).
/// </summary>
internal sealed class JsonMutator(Random random)
{
    private static readonly string[] Strings =
    [
        "", "bogus", "high", "1.0", "2.0", "9999-99-99", "\u0000", "\uFFFF", "\uD800", "\U0001F600", "\u000B", "a\"b", "\\", "null",
        "</svg>", "${1:x}", "// c", "/* c", "}", "{", "\n\n", "Content-Length: 3", new string('x', 5000),
    ];

    public Random Random => random;

    /// <summary>A value of any JSON type, including some that every schema forbids.</summary>
    public JToken AnyValue() => random.Next(12) switch
    {
        0 => JValue.CreateNull(),
        1 => new JValue(random.Next(2) == 0),
        2 => new JValue(random.Next(-3, 3)),
        3 => new JValue(long.MaxValue),
        4 => new JValue(1e300),
        5 => new JValue(-0.5),
        6 => new JArray(AnyScalar(), AnyScalar()),
        7 => new JObject { ["x"] = AnyScalar() },
        8 => new JArray(),
        9 => new JObject(),
        _ => new JValue(Strings[random.Next(Strings.Length)]),
    };

    public string Mutate(string json)
    {
        var rounds = 1 + random.Next(3);
        for (var i = 0; i < rounds; i++)
        {
            json = random.Next(4) == 0 ? MutateBytes(json) : MutateTree(json);
        }

        return json;
    }

    /// <summary>Structural mutation of one node; text that no longer parses gets a byte mutation instead.</summary>
    public string MutateTree(string json)
    {
        JToken root;
        try
        {
            root = JToken.Parse(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Ignore });
        }
        catch (JsonException)
        {
            return MutateBytes(json);
        }

        List<JToken> nodes = root is JContainer container ? [.. container.DescendantsAndSelf().Where(t => t is not JProperty)] : [root];
        var node = nodes[random.Next(nodes.Count)];
        switch (random.Next(6))
        {
            case 0 when node.Parent is JProperty { Parent: JObject } property:
                property.Remove();
                break;
            case 1 when node is JArray { Count: > 0 } array:
                array.Add(array[random.Next(array.Count)].DeepClone());
                break;
            case 2 when node is JObject obj:
                obj[Strings[random.Next(Strings.Length)]] = AnyValue();
                break;
            case 3 when node != root:
                node.Replace(random.Next(4) == 0 ? JToken.Parse(Deep(random.Next(2, 60))) : AnyValue());
                break;
            default:
                if (node == root)
                {
                    return AnyValue().ToString(Formatting.None);
                }

                node.Replace(AnyValue());
                break;
        }

        return root.ToString(random.Next(2) == 0 ? Formatting.None : Formatting.Indented);
    }

    public string MutateBytes(string json)
    {
        if (json.Length == 0)
        {
            return Strings[random.Next(Strings.Length)];
        }

        var at = random.Next(json.Length);
        return random.Next(5) switch
        {
            0 => json[..at],
            1 => json.Insert(at, Strings[random.Next(Strings.Length)]),
            2 => json.Remove(at, Math.Min(json.Length - at, 1 + random.Next(8))),
            3 => json.Insert(at, Deep(random.Next(2, 100_000))),
            _ => json[..at] + (char)random.Next(0, 128) + json[(at + 1)..],
        };
    }

    /// <summary>Arrays or objects nested <paramref name="depth"/> deep, closed.</summary>
    public string Deep(int depth)
    {
        var objects = random.Next(2) == 0;
        var builder = new StringBuilder(depth * 6);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(objects ? "{\"a\":" : "[");
        }

        builder.Append('1');
        builder.Append(objects ? '}' : ']', depth);
        return builder.ToString();
    }

    private JToken AnyScalar() => random.Next(3) switch
    {
        0 => JValue.CreateNull(),
        1 => new JValue(random.Next()),
        _ => new JValue(Strings[random.Next(Strings.Length - 1)]),
    };
}
