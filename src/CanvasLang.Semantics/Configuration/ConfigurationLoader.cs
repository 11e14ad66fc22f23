using System.Collections.Immutable;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Text;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Semantics.Configuration;

/// <summary>
/// Finds and reads canvaslang.json. Every problem (bad JSON, unknown rule, wrong option type,
/// an error rule turned off) becomes a located diagnostic on the configuration file; the rest of
/// the file still applies.
/// </summary>
public static class ConfigurationLoader
{
    public const string ConfigCode = "CV900";
    public const string ConfigName = "configuration";

    /// <summary>The nearest canvaslang.json in the file's folder or above, or null.</summary>
    public static string? Find(string file)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file));
        while (!string.IsNullOrEmpty(folder))
        {
            var candidate = System.IO.Path.Combine(folder, CanvasConfiguration.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            folder = System.IO.Path.GetDirectoryName(folder);
        }

        return null;
    }

    public static CanvasConfiguration LoadFor(string file) => Find(file) is { } path ? Load(path) : CanvasConfiguration.Empty;

    public static CanvasConfiguration Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var empty = SourceText.From(string.Empty);
            return new CanvasConfiguration
            {
                Path = path,
                Text = empty,
                Diagnostics = [Problem(new TextSpan(0, 0), $"cannot read {CanvasConfiguration.FileName}: {e.Message}; the defaults apply")],
            };
        }

        return Parse(path, text);
    }

    public static CanvasConfiguration Parse(string path, string text)
    {
        var source = SourceText.From(text);
        var document = JsoncDocument.Parse(source);
        if (document.Error is { } error)
        {
            var message = document.IsEmpty
                ? $"{CanvasConfiguration.FileName} is empty: write an object such as {{ \"rules\": {{ … }} }}; the defaults apply"
                : $"{CanvasConfiguration.FileName} is not valid JSON ({error.Message}); the defaults apply";
            return new CanvasConfiguration { Path = path, Text = source, Diagnostics = [Problem(error.Span, message)] };
        }

        if (document.Root is not JsoncObject root)
        {
            return new CanvasConfiguration { Path = path, Text = source, Diagnostics = [Problem(document.Root!.Span, "the configuration must be a JSON object such as { \"rules\": { … } }; the defaults apply")] };
        }

        var problems = new List<Diagnostic>();
        var rules = ImmutableDictionary.CreateBuilder<string, RuleConfiguration>(StringComparer.Ordinal);
        var ignore = ImmutableArray.CreateBuilder<string>();
        DateOnly? today = null;
        foreach (var property in Effective(root, problems))
        {
            switch (property.Name)
            {
                case "$schema":
                    break;
                case "rules" when property.Value is JsoncObject rulesObject:
                    ReadRules(rulesObject, rules, problems);
                    break;
                case "ignore" when property.Value is JsoncArray globs && globs.Items.All(g => g is JsoncScalar { Type: JTokenType.String }):
                    ignore.AddRange(globs.Items.Select(g => ((JsoncScalar)g).Value!));
                    break;
                case "today" when property.Value is JsoncScalar { Type: JTokenType.String, Value: { } word }
                    && DateOnly.TryParseExact(word, "yyyy-MM-dd", out var date):
                    today = date;
                    break;
                case "rules" or "ignore" or "today":
                    problems.Add(Problem(property.Value.Span, property.Name switch
                    {
                        "rules" => "`rules` must be an object of rule ids or names, such as { \"CV101\": \"off\" }",
                        "ignore" => "`ignore` must be an array of glob strings, such as [\"drafts/**\"]",
                        _ => "`today` must be a date written as \"YYYY-MM-DD\"",
                    }));
                    break;
                default:
                    problems.Add(Problem(property.NameSpan, $"unknown setting `{property.Name}`: expected rules, ignore or today", DiagnosticSeverity.Warning));
                    break;
            }
        }

        return new CanvasConfiguration
        {
            Path = path,
            Text = source,
            Rules = rules.ToImmutable(),
            Ignore = ignore.ToImmutable(),
            Today = today,
            Diagnostics = [.. problems.OrderBy(p => p.Span.Start)],
        };
    }

    /// <summary>
    /// The members that apply: for a name given more than once, the last one (as JSON.parse does);
    /// the ones before it are reported where they are, since they are silently ignored otherwise.
    /// </summary>
    private static IEnumerable<JsoncMember> Effective(JsoncObject o, List<Diagnostic> problems)
    {
        var last = new Dictionary<string, JsoncMember>(StringComparer.Ordinal);
        foreach (var member in o.Members)
        {
            last[member.Name] = member;
        }

        foreach (var member in o.Members)
        {
            if (!ReferenceEquals(last[member.Name], member))
            {
                problems.Add(Problem(member.NameSpan, $"`{member.Name}` is given again below; this one is ignored"));
            }
            else
            {
                yield return member;
            }
        }
    }

    private static void ReadRules(JsoncObject rulesObject, ImmutableDictionary<string, RuleConfiguration>.Builder rules, List<Diagnostic> problems)
    {
        // The last entry of a rule applies, whether it names the rule by id or by name.
        var entries = new List<(RuleDescriptor Rule, JsoncMember Entry)>();
        foreach (var entry in Effective(rulesObject, problems))
        {
            if (RuleCatalog.Find(entry.Name) is { } rule)
            {
                entries.Add((rule, entry));
            }
            else
            {
                var suggestion = RuleCatalog.Suggest(entry.Name);
                problems.Add(Problem(entry.NameSpan, $"unknown rule `{entry.Name}`" + (suggestion is null ? "; see `canvaslang explain` for the list" : $"; did you mean `{suggestion}`?")));
            }
        }

        foreach (var (rule, entry) in entries)
        {
            var later = entries.LastOrDefault(e => e.Rule == rule).Entry;
            if (!ReferenceEquals(later, entry))
            {
                problems.Add(Problem(entry.NameSpan, $"{rule.Id} is configured again below (as `{later.Name}`); this entry is ignored"));
            }
            else
            {
                ReadRule(rule, entry, rules, problems);
            }
        }
    }

    private static void ReadRule(RuleDescriptor descriptor, JsoncMember property, ImmutableDictionary<string, RuleConfiguration>.Builder rules, List<Diagnostic> problems)
    {
        DiagnosticSeverity? severity = null;
        var off = false;
        JsoncNode? severityNode = property.Value;
        var options = ImmutableDictionary.CreateBuilder<string, JToken>(StringComparer.Ordinal);
        if (property.Value is JsoncObject settings)
        {
            severityNode = null;
            foreach (var option in Effective(settings, problems))
            {
                if (option.Name == "severity")
                {
                    severityNode = option.Value;
                    continue;
                }

                var declared = descriptor.Options.FirstOrDefault(o => o.Name == option.Name);
                var value = option.Value.ToToken();
                if (declared is null)
                {
                    var known = descriptor.Options.Length == 0 ? "it has no options" : "its options are " + string.Join(", ", descriptor.Options.Select(o => o.Name));
                    problems.Add(Problem(option.NameSpan, $"{descriptor.Id} has no option `{option.Name}`: {known}"));
                }
                else if (!Fits(declared.Type, value))
                {
                    problems.Add(Problem(option.Value.Span, $"`{option.Name}` of {descriptor.Id} must be {TypeWord(declared.Type)}; the default applies"));
                }
                else
                {
                    options[option.Name] = value;
                }
            }
        }

        if (severityNode is not null)
        {
            var word = severityNode is JsoncScalar { Type: JTokenType.String } s ? s.Value : null;
            switch (word)
            {
                case "off":
                    off = true;
                    break;
                case "error" or "warning" or "info" or "hint":
                    severity = Enum.Parse<DiagnosticSeverity>(word, ignoreCase: true);
                    break;
                default:
                    var suggestion = word is null ? null : LevelWords.Closest(word, ["error", "warning", "info", "hint", "off"]);
                    problems.Add(Problem(severityNode.Span, $"severity of {descriptor.Id} must be \"error\", \"warning\", \"info\", \"hint\" or \"off\""
                        + (suggestion is null ? string.Empty : $"; did you mean `{suggestion}`?")));
                    break;
            }
        }

        if (descriptor.IsError && (off || severity is not null and not DiagnosticSeverity.Error))
        {
            problems.Add(Problem(severityNode!.Span, $"{descriptor.Id} ({descriptor.Name}) is an error and is always on: fix what it reports instead"));
            return;
        }

        rules[descriptor.Id] = new RuleConfiguration(severity, off, options.ToImmutable());
    }

    private static bool Fits(RuleOptionType type, JToken value) => type switch
    {
        RuleOptionType.Integer => value.Type == JTokenType.Integer && value.Value<long>() >= 0,
        RuleOptionType.Number => value.Type is JTokenType.Integer or JTokenType.Float,
        _ => value is JArray a && a.All(t => t.Type == JTokenType.String),
    };

    private static string TypeWord(RuleOptionType type) => type switch
    {
        RuleOptionType.Integer => "a whole number (0 or more)",
        RuleOptionType.Number => "a number",
        _ => "an array of strings",
    };

    private static Diagnostic Problem(TextSpan span, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        new(ConfigCode, ConfigName, severity, message, span);
}
