using System.Text.RegularExpressions;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.CodeActions;

/// <summary>
/// Actions that write canvaslang.json: configure a rule, accept a word. An existing file gets minimal
/// edits (<see cref="JsoncEdits"/>: comments and layout kept), computed on the editor's unsaved text
/// when the file is open there, since that is the text the client applies them to; a file that is not
/// valid JSONC gets no action rather than a rewrite. A missing file is created, with its schema.
/// </summary>
internal static partial class ConfigurationActions
{
    /// <summary>The severity the light bulb's "Configure" action sets: the one decision a rule's finding calls for.</summary>
    public const string ConfiguredSeverity = "off";

    public static CanvasAction? Configure(Analysis workspace, string documentPath, Diagnostic diagnostic) =>
        Configure(workspace, documentPath, diagnostic, ConfiguredSeverity);

    /// <summary>"Configure CV101 (vague-entry) in canvaslang.json: <paramref name="severity"/>"; null for error rules, or when nothing would change or the file cannot be edited safely.</summary>
    public static CanvasAction? Configure(Analysis workspace, string documentPath, Diagnostic diagnostic, string severity)
    {
        if (RuleCatalog.Find(diagnostic.Code) is not { } rule || rule.IsError)
        {
            return null;
        }

        var change = Edit(workspace, documentPath, rule, new JValue(severity), text => JsoncEdits.SetSeverity(text, rule, severity));
        return change is null ? null : new CanvasAction($"Configure {rule.Id} ({rule.Name}) in {CanvasConfiguration.FileName}: {severity}", ActionKind.QuickFix, change) { Diagnostic = diagnostic };
    }

    public static IEnumerable<CanvasAction> AcceptWords(Analysis workspace, string documentPath, Diagnostic diagnostic)
    {
        if (diagnostic.Code is not ("CV101" or "CV502") || RuleCatalog.Find(diagnostic.Code) is not { } rule)
        {
            yield break;
        }

        var words = diagnostic.Properties.TryGetValue("word", out var w)
            ? [w]
            : QuotedWord().Matches(diagnostic.Message).Select(m => m.Groups[1].Value).Distinct().ToList();
        foreach (var word in words)
        {
            var change = Edit(workspace, documentPath, rule, new JObject { [JsoncEdits.AcceptedWords] = new JArray(word) }, text => JsoncEdits.AcceptWord(text, rule, word));
            if (change is not null)
            {
                yield return new CanvasAction($"Accept '{word}' in this workspace", ActionKind.QuickFix, change) { Diagnostic = diagnostic };
            }
        }
    }

    /// <summary>
    /// Edits the configuration that applies to the document (its open buffer, else the file), or creates
    /// one holding <paramref name="newEntry"/> for the rule; null when there is nothing to do or it cannot be done safely.
    /// </summary>
    private static WorkspaceChange? Edit(Analysis workspace, string documentPath, RuleDescriptor rule, JToken newEntry, Func<SourceText, IReadOnlyList<TextEdit>?> change)
    {
        var existing = ConfigurationLoader.Find(documentPath);
        if (existing is null)
        {
            var path = Path.Combine(ConfigurationFolder(workspace, documentPath), CanvasConfiguration.FileName);
            var created = new TextEdit(new TextSpan(0, 0), JsoncEdits.NewFile(rule, newEntry));
            return new WorkspaceChange([new DocumentEdit(path, null, [created]) { CreatesFile = true }]);
        }

        SourceText text;
        if (workspace.ConfigurationBufferOf(existing) is { } buffer)
        {
            text = buffer.Text;
        }
        else
        {
            try
            {
                text = SourceText.From(File.ReadAllText(existing));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        return change(text) is { Count: > 0 } edits ? new WorkspaceChange([new DocumentEdit(existing, text, [.. edits])]) : null;
    }

    /// <summary>The workspace folder holding the document, else the document's own folder.</summary>
    private static string ConfigurationFolder(Analysis workspace, string documentPath) =>
        workspace.Roots.Where(r => documentPath.StartsWith(r.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderByDescending(r => r.Length).FirstOrDefault()
        ?? Path.GetDirectoryName(documentPath) ?? ".";

    [GeneratedRegex(@"'([\p{L}\p{N}][\p{L}\p{N}\-]*)'")]
    private static partial Regex QuotedWord();
}
