using System.Collections.Immutable;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using Newtonsoft.Json;
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
        var problems = new List<Diagnostic>();
        JObject root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            var token = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, CommentHandling = CommentHandling.Ignore, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            if (token is not JObject o)
            {
                return new CanvasConfiguration { Path = path, Text = source, Diagnostics = [Problem(SpanOf(source, token), "the configuration must be a JSON object such as { \"rules\": { … } }; the defaults apply")] };
            }

            root = o;
        }
        catch (JsonReaderException e)
        {
            var offset = source.GetOffset(new LinePosition(Math.Max(0, e.LineNumber - 1), Math.Max(0, e.LinePosition - 1)));
            return new CanvasConfiguration
            {
                Path = path,
                Text = source,
                Diagnostics = [Problem(new TextSpan(offset, 1), $"{CanvasConfiguration.FileName} is not valid JSON ({FirstSentence(e.Message)}); the defaults apply")],
            };
        }

        var rules = ImmutableDictionary.CreateBuilder<string, RuleConfiguration>(StringComparer.Ordinal);
        var ignore = ImmutableArray.CreateBuilder<string>();
        DateOnly? today = null;
        foreach (var property in root.Properties())
        {
            switch (property.Name)
            {
                case "$schema":
                    break;
                case "rules" when property.Value is JObject rulesObject:
                    foreach (var rule in rulesObject.Properties())
                    {
                        ReadRule(source, rule, rules, problems);
                    }

                    break;
                case "ignore" when property.Value is JArray globs && globs.All(g => g.Type == JTokenType.String):
                    ignore.AddRange(globs.Select(g => g.Value<string>()!));
                    break;
                case "today" when property.Value.Type == JTokenType.String
                    && DateOnly.TryParseExact(property.Value.Value<string>(), "yyyy-MM-dd", out var date):
                    today = date;
                    break;
                case "rules" or "ignore" or "today":
                    problems.Add(Problem(SpanOf(source, property.Value), property.Name switch
                    {
                        "rules" => "`rules` must be an object of rule ids or names, such as { \"CV101\": \"off\" }",
                        "ignore" => "`ignore` must be an array of glob strings, such as [\"drafts/**\"]",
                        _ => "`today` must be a date written as \"YYYY-MM-DD\"",
                    }));
                    break;
                default:
                    problems.Add(Problem(SpanOf(source, property), $"unknown setting `{property.Name}`: expected rules, ignore or today", DiagnosticSeverity.Warning));
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
            Diagnostics = [.. problems],
        };
    }

    private static void ReadRule(SourceText source, JProperty property, ImmutableDictionary<string, RuleConfiguration>.Builder rules, List<Diagnostic> problems)
    {
        var descriptor = RuleCatalog.Find(property.Name);
        if (descriptor is null)
        {
            var suggestion = RuleCatalog.Suggest(property.Name);
            problems.Add(Problem(SpanOf(source, property), $"unknown rule `{property.Name}`" + (suggestion is null ? "; see `canvaslang explain` for the list" : $"; did you mean `{suggestion}`?")));
            return;
        }

        DiagnosticSeverity? severity = null;
        var off = false;
        JToken? severityToken = property.Value;
        var options = ImmutableDictionary.CreateBuilder<string, JToken>(StringComparer.Ordinal);
        if (property.Value is JObject settings)
        {
            severityToken = settings["severity"];
            foreach (var option in settings.Properties().Where(p => p.Name != "severity"))
            {
                var declared = descriptor.Options.FirstOrDefault(o => o.Name == option.Name);
                if (declared is null)
                {
                    var known = descriptor.Options.Length == 0 ? "it has no options" : "its options are " + string.Join(", ", descriptor.Options.Select(o => o.Name));
                    problems.Add(Problem(SpanOf(source, option), $"{descriptor.Id} has no option `{option.Name}`: {known}"));
                }
                else if (!Fits(declared.Type, option.Value))
                {
                    problems.Add(Problem(SpanOf(source, option.Value), $"`{option.Name}` of {descriptor.Id} must be {TypeWord(declared.Type)}; the default applies"));
                }
                else
                {
                    options[option.Name] = option.Value;
                }
            }
        }

        if (severityToken is not null)
        {
            var word = severityToken.Type == JTokenType.String ? severityToken.Value<string>() : null;
            switch (word)
            {
                case "off":
                    off = true;
                    break;
                case "error" or "warning" or "info" or "hint":
                    severity = Enum.Parse<DiagnosticSeverity>(word, ignoreCase: true);
                    break;
                default:
                    problems.Add(Problem(SpanOf(source, severityToken), $"severity of {descriptor.Id} must be \"error\", \"warning\", \"info\", \"hint\" or \"off\""));
                    break;
            }
        }

        if (descriptor.IsError && (off || severity is not null and not DiagnosticSeverity.Error))
        {
            problems.Add(Problem(SpanOf(source, severityToken!), $"{descriptor.Id} ({descriptor.Name}) is an error and is always on: fix what it reports instead"));
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

    private static TextSpan SpanOf(SourceText source, JToken token)
    {
        if (token is IJsonLineInfo info && info.HasLineInfo())
        {
            // Newtonsoft reports the position after the token; a property's line info points after its name.
            var end = source.GetOffset(new LinePosition(info.LineNumber - 1, info.LinePosition));
            var length = token is JProperty p ? p.Name.Length + 2 : Math.Max(1, token.ToString(Formatting.None).Length);
            var start = Math.Max(0, end - length);
            if (token is JProperty && start > 0 && source.Text[Math.Min(end, source.Length) - 1] == ':')
            {
                start--;
            }

            return TextSpan.FromBounds(start, Math.Min(start + length, source.Length));
        }

        return new TextSpan(0, 0);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
