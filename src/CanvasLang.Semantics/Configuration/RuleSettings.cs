using System.Collections.Immutable;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Diagnostics;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Semantics.Configuration;

/// <summary>A rule's effective settings for one run: severity, whether it is off, and option values with defaults filled in.</summary>
public sealed class RuleSettings : IEquatable<RuleSettings>
{
    private readonly RuleDescriptor descriptor;
    private readonly ImmutableDictionary<string, JToken> options;

    private RuleSettings(RuleDescriptor descriptor, ImmutableDictionary<string, JToken> options, DiagnosticSeverity severity, bool off)
    {
        this.descriptor = descriptor;
        this.options = options;
        Severity = severity;
        IsOff = off;
    }

    public DiagnosticSeverity Severity { get; }

    public bool IsOff { get; }

    public static RuleSettings Default(RuleDescriptor descriptor) =>
        new(descriptor, ImmutableDictionary<string, JToken>.Empty, descriptor.DefaultSeverity, false);

    public static RuleSettings Create(RuleDescriptor descriptor, DiagnosticSeverity? severity, bool off, ImmutableDictionary<string, JToken> options) =>
        new(descriptor, options, descriptor.IsError ? DiagnosticSeverity.Error : severity ?? descriptor.DefaultSeverity, off && !descriptor.IsError);

    public int Int(string name) => options.TryGetValue(name, out var v) && v.Type == JTokenType.Integer ? v.Value<int>() : Convert.ToInt32(DefaultOf(name), System.Globalization.CultureInfo.InvariantCulture);

    public double Number(string name) =>
        options.TryGetValue(name, out var v) && v.Type is JTokenType.Float or JTokenType.Integer ? v.Value<double>() : Convert.ToDouble(DefaultOf(name), System.Globalization.CultureInfo.InvariantCulture);

    public IReadOnlyList<string> Words(string name) =>
        options.TryGetValue(name, out var v) && v is JArray array
            ? [.. array.Where(t => t.Type == JTokenType.String).Select(t => t.Value<string>()!.Trim().ToLowerInvariant())]
            : [];

    /// <summary>Equal settings give equal verdicts: the same rule, severity, switch and option values (compared as JSON).</summary>
    // Compared on every remembered verdict's lookup (each analysis builds its settings anew): no allocation.
    public bool Equals(RuleSettings? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || descriptor.Id != other.descriptor.Id || Severity != other.Severity || IsOff != other.IsOff || options.Count != other.options.Count)
        {
            return false;
        }

        foreach (var (name, value) in options)
        {
            if (!other.options.TryGetValue(name, out var theirs) || !JToken.DeepEquals(value, theirs))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as RuleSettings);

    public override int GetHashCode() => HashCode.Combine(descriptor.Id, Severity, IsOff, options.Count);

    private object DefaultOf(string name) =>
        descriptor.Options.FirstOrDefault(o => o.Name == name)?.Default
        ?? throw new InvalidOperationException($"Rule {descriptor.Id} has no option '{name}'.");
}
