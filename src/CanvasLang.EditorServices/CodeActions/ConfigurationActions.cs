using System.Text.RegularExpressions;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.CodeActions;

/// <summary>Actions that write canvaslang.json: configure a rule, accept a word. The file is created (with its schema) when missing.</summary>
internal static partial class ConfigurationActions
{
    public const string SchemaUri = "https://raw.githubusercontent.com/canvaslang/canvaslang/main/docs/schema/canvaslang.schema.json";

    public static CanvasAction? Configure(CanvasWorkspace workspace, string documentPath, Diagnostic diagnostic)
    {
        if (RuleCatalog.Find(diagnostic.Code) is not { } rule)
        {
            return null;
        }

        var change = Edit(workspace, documentPath, rules =>
        {
            if (rules[rule.Id] is null)
            {
                rules[rule.Id] = diagnostic.Severity.ToString().ToLowerInvariant();
            }
        });
        return change is null ? null : new CanvasAction($"Configure {rule.Id} ({rule.Name}) in {CanvasConfiguration.FileName}", ActionKind.QuickFix, change) { Diagnostic = diagnostic };
    }

    public static IEnumerable<CanvasAction> AcceptWords(CanvasWorkspace workspace, string documentPath, Diagnostic diagnostic)
    {
        if (diagnostic.Code is not ("CV101" or "CV502"))
        {
            yield break;
        }

        var words = diagnostic.Properties.TryGetValue("word", out var w)
            ? [w]
            : QuotedWord().Matches(diagnostic.Message).Select(m => m.Groups[1].Value).Distinct().ToList();
        foreach (var word in words)
        {
            var change = Edit(workspace, documentPath, rules =>
            {
                var settings = rules[diagnostic.Code] as JObject ?? new JObject();
                if (rules[diagnostic.Code] is JValue { Type: JTokenType.String } severity)
                {
                    settings["severity"] = severity;
                }

                var accepted = settings["acceptedWords"] as JArray ?? [];
                if (!accepted.Any(t => string.Equals(t.Value<string>(), word, StringComparison.OrdinalIgnoreCase)))
                {
                    accepted.Add(word);
                }

                settings["acceptedWords"] = accepted;
                rules[diagnostic.Code] = settings;
            });
            if (change is not null)
            {
                yield return new CanvasAction($"Accept '{word}' in this workspace", ActionKind.QuickFix, change) { Diagnostic = diagnostic };
            }
        }
    }

    /// <summary>Rewrites (or creates) the configuration that applies to the document; null when the existing file is not valid JSON.</summary>
    private static WorkspaceChange? Edit(CanvasWorkspace workspace, string documentPath, Action<JObject> changeRules)
    {
        var existing = ConfigurationLoader.Find(documentPath);
        JObject root;
        SourceText? oldText = null;
        if (existing is not null)
        {
            try
            {
                oldText = SourceText.From(File.ReadAllText(existing));
                root = JObject.Parse(oldText.Text, new JsonLoadSettings { CommentHandling = CommentHandling.Ignore });
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
        else
        {
            root = new JObject { ["$schema"] = SchemaUri };
        }

        var rules = root["rules"] as JObject ?? new JObject();
        changeRules(rules);
        root["rules"] = rules;
        var json = root.ToString(Newtonsoft.Json.Formatting.Indented) + "\n";
        var path = existing ?? Path.Combine(ConfigurationFolder(workspace, documentPath), CanvasConfiguration.FileName);
        var edit = new TextEdit(new TextSpan(0, oldText?.Length ?? 0), json);
        return new WorkspaceChange([new DocumentEdit(path, oldText, [edit]) { CreatesFile = existing is null }]);
    }

    /// <summary>The workspace folder holding the document, else the document's own folder.</summary>
    private static string ConfigurationFolder(CanvasWorkspace workspace, string documentPath) =>
        workspace.Roots.Where(r => documentPath.StartsWith(r.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderByDescending(r => r.Length).FirstOrDefault()
        ?? Path.GetDirectoryName(documentPath) ?? ".";

    [GeneratedRegex(@"'([\p{L}\p{N}][\p{L}\p{N}\-]*)'")]
    private static partial Regex QuotedWord();
}
