using System.Text;
using CanvasLang.EditorServices.CodeActions;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Tests.Configuration;

/// <summary>
/// Over many generated canvaslang.json files with comments (indentation, line endings, trailing
/// commas, where the rule is and how it is written all varied): configuring a rule yields valid JSONC,
/// the loader then reads the requested severity, every comment is still there verbatim and in order,
/// no other setting moves, and the edits replace nothing but whitespace or the old value.
/// </summary>
public sealed class JsoncEditsPropertyTests
{
    private static readonly string[] Severities = ["off", "hint", "info", "warning", "error"];

    private static readonly RuleDescriptor[] Targets = [RuleCatalog.Find("CV101")!, RuleCatalog.Find("CV107")!, RuleCatalog.Find("CV202")!];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Configuring_a_rule_keeps_the_file_valid_and_every_comment(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 10; round++)
        {
            var target = Targets[random.Next(Targets.Length)];
            var before = Generate(random, target);
            var original = JsoncDocument.Parse(before);
            original.Error.ShouldBeNull(before);
            var loadedBefore = ConfigurationLoader.Parse("/w/canvaslang.json", before);
            loadedBefore.Diagnostics.ShouldBeEmpty(before);
            var severity = Severities[random.Next(Severities.Length)];

            var edits = JsoncEdits.SetSeverity(SourceText.From(before), target, severity).ShouldNotBeNull(before);
            var after = TextEdit.Apply(before, edits);
            var context = $"seed {seed}, {target.Id} → {severity}\n--- before\n{before}\n--- after\n{after}";

            var edited = JsoncDocument.Parse(after);
            edited.Error.ShouldBeNull(context);
            edited.Comments.Select(c => after.Substring(c.Start, c.Length))
                .ShouldBe(original.Comments.Select(c => before.Substring(c.Start, c.Length)), context);

            var loaded = ConfigurationLoader.Parse("/w/canvaslang.json", after);
            loaded.Diagnostics.ShouldBeEmpty(context);
            var rule = loaded.Rules[target.Id];
            (rule.Off ? "off" : rule.Severity.ToString()!.ToLowerInvariant()).ShouldBe(severity, context);
            string[] optionsBefore = loadedBefore.Rules.TryGetValue(target.Id, out var old) ? [.. old.Options.Keys.Order()] : [];
            rule.Options.Keys.Order().ToArray().ShouldBe(optionsBefore, context);
            foreach (var (id, other) in loadedBefore.Rules.Where(r => r.Key != target.Id))
            {
                Describe(loaded.Rules[id]).ShouldBe(Describe(other), context);
            }

            loaded.Ignore.ShouldBe(loadedBefore.Ignore, context);
            loaded.Today.ShouldBe(loadedBefore.Today, context);
            foreach (var edit in edits.Where(e => e.Span.Length > 0))
            {
                var replaced = before.Substring(edit.Span.Start, edit.Span.Length);
                (string.IsNullOrWhiteSpace(replaced) || JsoncDocument.Parse(replaced) is { Error: null, Comments.Length: 0 }).ShouldBeTrue(context);
            }

            // Configuring again to the same severity changes nothing.
            JsoncEdits.SetSeverity(SourceText.From(after), target, severity)!.ShouldBeEmpty(context);
        }
    }

    private static string Describe(RuleConfiguration rule) =>
        $"{rule.Severity} {rule.Off} " + string.Join(";", rule.Options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}={o.Value.ToString(Newtonsoft.Json.Formatting.None)}"));

    /// <summary>A canvaslang.json in one of many styles, with comments in many places; <paramref name="target"/> may or may not be configured already.</summary>
    private static string Generate(Random random, RuleDescriptor target)
    {
        var nl = random.Next(3) == 0 ? "\r\n" : "\n";
        var unit = random.Next(4) switch { 0 => "\t", 1 => "    ", _ => "  " };
        var trailing = random.Next(3) == 0;
        string Comment() => random.Next(2) == 0 ? $"// note {random.Next(100)}: \"quoted\", {{ braces }}" : $"/* block {random.Next(100)} */";

        var rules = new List<(string Key, string Value)>();
        foreach (var other in Targets.Where(t => t != target && random.Next(2) == 0))
        {
            rules.Add((random.Next(2) == 0 ? other.Id : other.Name, "\"warning\""));
        }

        var options = target.Options.Length > 0 ? target.Options[0] : null;
        var optionValue = options?.Type switch
        {
            RuleOptionType.Integer => "3",
            RuleOptionType.Number => "0.5",
            null => null,
            _ => "[\"kiosk\", \"app\"]",
        };
        var key = random.Next(3) == 0 ? target.Name : target.Id;
        switch (random.Next(6))
        {
            case 0:
                rules.Insert(random.Next(rules.Count + 1), (key, "\"warning\""));
                break;
            case 1 when optionValue is not null:
                rules.Insert(random.Next(rules.Count + 1), (key, $"{{ \"severity\": \"info\", \"{options!.Name}\": {optionValue} }}"));
                break;
            case 2 when optionValue is not null:
                rules.Insert(random.Next(rules.Count + 1), (key, $"{{ \"{options!.Name}\": {optionValue} }}"));
                break;
            case 3:
                rules.Insert(random.Next(rules.Count + 1), (key, "{}"));
                break;
            default:
                break; // not configured yet
        }

        var root = new List<(string Key, string Value)>();
        if (random.Next(2) == 0)
        {
            root.Add(("$schema", "\"./docs/schema/canvaslang.schema.json\""));
        }

        var rulesForm = random.Next(5);
        if (rulesForm > 0)
        {
            root.Insert(random.Next(root.Count + 1), ("rules", rulesForm switch
            {
                1 => "{ " + string.Join(", ", rules.Select(r => $"\"{r.Key}\": {r.Value}")) + (rules.Count > 0 && trailing ? "," : string.Empty) + (rules.Count > 0 ? " }" : "}"),
                2 when rules.Count == 0 => "{" + nl + unit + unit + Comment() + nl + unit + "}",
                _ => Block(rules, unit, unit + unit, nl, trailing, random, Comment),
            }));
        }

        if (random.Next(2) == 0)
        {
            root.Insert(random.Next(root.Count + 1), ("ignore", "[\"drafts/**\"]"));
        }

        if (random.Next(2) == 0)
        {
            root.Add(("today", "\"2026-11-01\""));
        }

        var text = new StringBuilder();
        if (random.Next(2) == 0)
        {
            text.Append("// canvaslang.json of the team").Append(nl);
        }

        text.Append(root.Count == 0 && random.Next(2) == 0 ? "{}" : Block(root, string.Empty, unit, nl, trailing, random, Comment));
        if (random.Next(3) == 0)
        {
            text.Append(' ').Append(Comment());
        }

        return text.Append(nl).ToString();
    }

    /// <summary>An object over lines: comment lines between members, comments after values, optional trailing comma.</summary>
    private static string Block(List<(string Key, string Value)> members, string outer, string inner, string nl, bool trailing, Random random, Func<string> comment)
    {
        var text = new StringBuilder("{").Append(nl);
        for (var i = 0; i < members.Count; i++)
        {
            if (random.Next(4) == 0)
            {
                text.Append(inner).Append(comment()).Append(nl);
            }

            var comma = i < members.Count - 1 || trailing ? "," : string.Empty;
            text.Append(inner).Append('"').Append(members[i].Key).Append("\": ").Append(members[i].Value).Append(comma);
            if (random.Next(3) == 0)
            {
                text.Append(' ').Append(comment());
            }

            text.Append(nl);
        }

        if (members.Count == 0 || random.Next(4) == 0)
        {
            text.Append(inner).Append(comment()).Append(nl);
        }

        return text.Append(outer).Append('}').ToString();
    }
}
