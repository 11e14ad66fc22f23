using System.Text.Json;
using System.Text.RegularExpressions;
using CanvasLang.Semantics.Rules;

namespace CanvasLang.Semantics.Tests.Meta;

/// <summary>The rule catalog, the rule documents and the rules' behaviour on their own examples agree.</summary>
public partial class CatalogTests
{
    public static TheoryData<string> Ids => [.. RuleCatalog.All.Select(d => d.Id)];

    public static TheoryData<string> AnalyzerIds => [.. RuleCatalog.Rules.Select(r => r.Descriptor.Id)];

    [Fact]
    public void Ids_and_names_are_unique_and_names_are_kebab_case()
    {
        RuleCatalog.All.Select(d => d.Id).ShouldBeUnique();
        RuleCatalog.All.Select(d => d.Name).ShouldBeUnique();
        RuleCatalog.All.ShouldAllBe(d => IdPattern().IsMatch(d.Id));
        RuleCatalog.All.Where(d => !KebabCase().IsMatch(d.Name)).Select(d => d.Name).ShouldBeEmpty();
    }

    [Fact]
    public void Every_document_belongs_to_a_rule()
    {
        var ids = RuleCatalog.All.Select(d => d.Id).ToHashSet();
        Directory.GetFiles(RuleDocument.Folder, "*.md").Select(Path.GetFileNameWithoutExtension).Where(f => !ids.Contains(f!)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Document_matches_the_descriptor(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        File.Exists(Path.Combine(RepoRoot.Path, rule.DocumentPath)).ShouldBeTrue($"{rule.DocumentPath} is missing");
        var doc = RuleDocument.Read(id);
        doc.FirstLine.ShouldBe($"# {rule.Id} {rule.Name}");
        doc.DefaultSeverity.ShouldBe(rule.DefaultSeverity.ToString().ToLowerInvariant());
        if (doc.Options is not null)
        {
            doc.Options.ShouldBe(rule.Options.Select(o => (o.Name, DefaultText(o))).ToList(), $"the Options table of {id}.md must list exactly the declared options with their defaults");
        }
        else
        {
            rule.Options.ShouldBeEmpty($"{id}.md has no Options section but the rule declares options");
        }
    }

    [Theory]
    [MemberData(nameof(AnalyzerIds))]
    public void Bad_examples_trigger_the_rule_and_good_ones_do_not(string id)
    {
        var doc = RuleDocument.Read(id);
        doc.Bad.ShouldNotBeEmpty($"{id}.md has no ```canvas block under ## Bad");
        doc.Good.ShouldNotBeEmpty($"{id}.md has no ```canvas block under ## Good");
        foreach (var bad in doc.Bad)
        {
            var result = Lint.Run(bad);
            result.Diagnostics.Where(d => d.Code == "CV001").ShouldBeEmpty($"a Bad example of {id} does not parse");
            result.Diagnostics.ShouldContain(d => d.Code == id, $"the Bad example of {id} does not trigger it:\n{bad}");
        }

        foreach (var good in doc.Good)
        {
            var result = Lint.Run(good);
            result.Diagnostics.Where(d => d.Code == "CV001").ShouldBeEmpty($"a Good example of {id} does not parse");
            result.Diagnostics.Where(d => d.Code == id).Select(d => d.Message).ShouldBeEmpty($"the Good example of {id} triggers it");
        }
    }

    [Fact]
    public void Word_reading_rules_say_so()
    {
        foreach (var id in new[] { "CV204", "CV402", "CV501", "CV502", "CV622", "CV633", "CV641", "CV642", "CV643", "CV645", "CV611", "CV612", "CV614", "CV651", "CV661" }.Where(i => RuleCatalog.Find(i) is not null))
        {
            var rule = RuleCatalog.Find(id)!;
            rule.ReadsWords.ShouldBeTrue(id);
            rule.IsHeuristic.ShouldBeTrue(id);
        }
    }

    private static string DefaultText(RuleOption option) => option.Default switch
    {
        System.Collections.IEnumerable list and not string => JsonSerializer.Serialize(list.Cast<object>()),
        var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    [GeneratedRegex("^CV[0-9]{3}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
