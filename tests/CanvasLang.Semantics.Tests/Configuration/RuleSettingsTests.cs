using System.Collections.Immutable;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Rules;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Semantics.Tests.Configuration;

/// <summary>
/// Remembered verdicts are keyed by a rule's settings, compared by value because every analysis builds them
/// anew: equal settings must match, and any changed option must not.
/// </summary>
public class RuleSettingsTests
{
    private static readonly RuleDescriptor Duplicates = RuleCatalog.Rules.Single(r => r.Descriptor.Id == "CV110").Descriptor;

    private static RuleSettings With(params (string Name, JToken Value)[] options) =>
        RuleSettings.Create(Duplicates, null, false, options.ToImmutableDictionary(o => o.Name, o => o.Value));

    [Fact]
    public void Settings_built_apart_from_the_same_options_are_equal()
    {
        With(("threshold", 0.8)).ShouldBe(With(("threshold", 0.8)));
        With().ShouldBe(RuleSettings.Default(Duplicates));
        With(("threshold", 0.8)).GetHashCode().ShouldBe(With(("threshold", 0.8)).GetHashCode());
    }

    [Fact]
    public void Any_changed_option_severity_or_switch_makes_settings_differ()
    {
        With(("threshold", 0.8)).ShouldNotBe(With(("threshold", 0.9)));
        With(("threshold", 0.8)).ShouldNotBe(With());
        With(("threshold", 0.8)).ShouldNotBe(With(("limit", 0.8)));
        RuleSettings.Create(Duplicates, Syntax.Diagnostics.DiagnosticSeverity.Hint, false, ImmutableDictionary<string, JToken>.Empty).ShouldNotBe(With());
        RuleSettings.Create(Duplicates, null, true, ImmutableDictionary<string, JToken>.Empty).ShouldNotBe(With());
    }
}
