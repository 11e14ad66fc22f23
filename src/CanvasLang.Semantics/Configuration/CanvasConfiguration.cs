using System.Collections.Immutable;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Diagnostics;
using Microsoft.Extensions.FileSystemGlobbing;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Semantics.Configuration;

/// <summary>One rule's entry in canvaslang.json: a severity (or off) and option values.</summary>
public sealed record RuleConfiguration(DiagnosticSeverity? Severity, bool Off, ImmutableDictionary<string, JToken> Options);

/// <summary>
/// The effective canvaslang.json for a file: per-rule settings keyed by rule id, ignore globs and a
/// fixed "today". <see cref="Diagnostics"/> are problems in the configuration file itself, located
/// there; whatever was wrong falls back to the defaults.
/// </summary>
public sealed record CanvasConfiguration
{
    public const string FileName = "canvaslang.json";

    public static CanvasConfiguration Empty { get; } = new();

    /// <summary>The configuration file, or null when none applies.</summary>
    public string? Path { get; init; }

    public Syntax.Text.SourceText? Text { get; init; }

    public ImmutableDictionary<string, RuleConfiguration> Rules { get; init; } = ImmutableDictionary<string, RuleConfiguration>.Empty;

    public ImmutableArray<string> Ignore { get; init; } = [];

    public DateOnly? Today { get; init; }

    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    public RuleSettings SettingsFor(RuleDescriptor rule) =>
        Rules.TryGetValue(rule.Id, out var c) ? RuleSettings.Create(rule, c.Severity, c.Off, c.Options) : RuleSettings.Default(rule);

    /// <summary>True when <paramref name="file"/> matches an ignore glob, relative to the configuration's folder.</summary>
    public bool IsIgnored(string file)
    {
        if (Ignore.IsDefaultOrEmpty || Path is null)
        {
            return false;
        }

        var root = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        var relative = System.IO.Path.GetRelativePath(root, System.IO.Path.GetFullPath(file));
        if (relative.StartsWith("..", StringComparison.Ordinal))
        {
            return false;
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(Ignore);
        return matcher.Match(relative.Replace('\\', '/')).HasMatches;
    }
}
