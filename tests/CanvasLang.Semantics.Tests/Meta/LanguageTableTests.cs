using System.Text.RegularExpressions;
using CanvasLang.Syntax;
using CanvasLang.Syntax.Tree;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Semantics.Tests.Meta;

/// <summary>
/// The language's words live in <see cref="LanguageTable"/>; the lexer, grammar/language.json (which the
/// TextMate grammar is generated from) and the Vim and Emacs modes must name exactly the same words.
/// </summary>
public class LanguageTableTests
{
    private static string JsonPath => Path.Combine(RepoRoot.Path, "grammar", "language.json");

    [Fact]
    public void The_table_and_the_lexer_name_the_same_keywords() =>
        LanguageTable.AllWords().Order(StringComparer.Ordinal).ShouldBe(SyntaxFacts.Keywords.Order(StringComparer.Ordinal));

    [Fact]
    public void Every_entry_kind_has_one_row_and_every_attribute_it_takes_is_described()
    {
        foreach (var kind in Enum.GetValues<EntryKind>())
        {
            LanguageTable.Entries.Count(e => e.Kind == kind).ShouldBe(1, kind.ToString());
            LanguageTable.Entry(kind).Attributes.ShouldAllBe(a => LanguageTable.Attribute(a) != null);
        }

        LanguageTable.Entries.Where(e => e.Block == BlockKind.ValueMap).ShouldAllBe(e => e.ReferenceAttribute != null);
        LanguageTable.Entries.Where(e => e.Block == BlockKind.Profile).ShouldAllBe(e => e.ReferenceAttribute == null);
    }

    [Fact]
    public void Committed_language_json_equals_the_table()
    {
        var generated = Generate();
        if (Environment.GetEnvironmentVariable("CANVASLANG_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(JsonPath, generated);
        }

        File.ReadAllText(JsonPath).Replace("\r\n", "\n", StringComparison.Ordinal).ShouldBe(generated,
            "grammar/language.json is stale; regenerate it with: CANVASLANG_UPDATE_SCHEMA=1 dotnet test tests/CanvasLang.Semantics.Tests --filter LanguageTableTests, then run editors/vscode/scripts/generate-grammar.mjs");
    }

    [Fact]
    public void The_textmate_grammar_names_every_word()
    {
        var grammar = File.ReadAllText(Path.Combine(RepoRoot.Path, "editors", "vscode", "syntaxes", "canvaslang.tmLanguage.json"));
        var patterns = string.Join("\n", JObject.Parse(grammar).Descendants().OfType<JProperty>()
            .Where(p => p.Name is "match" or "begin").Select(p => (string)p.Value!));
        var alternatives = Regex.Matches(patterns, "[a-z]+(?:-[a-z]+)*").Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        LanguageTable.AllWords().Where(w => !alternatives.Contains(w)).ShouldBeEmpty("words the TextMate grammar does not highlight: regenerate it with editors/vscode/scripts/generate-grammar.mjs");
    }

    [Fact]
    public void The_vim_syntax_names_exactly_the_table_words()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot.Path, "editors", "neovim", "syntax", "canvaslang.vim"));
        var words = lines.Where(l => l.StartsWith("syntax keyword canvaslang", StringComparison.Ordinal) && !l.Contains("canvaslangTodo", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(3).TakeWhile(w => !w.Contains('=', StringComparison.Ordinal)))

            // Vim keywords are made of keyword characters only: hyphenated words (`problem-solution`) are one match line.
            .Concat(lines.Where(l => l.StartsWith("syntax match canvaslangHyphenated ", StringComparison.Ordinal))
                .SelectMany(l => Regex.Matches(l, "[a-z]+(?:-[a-z]+)+").Select(m => m.Value)));
        words.Order(StringComparer.Ordinal).ShouldBe(LanguageTable.AllWords().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_field_word_holds_the_same_kind_of_value_in_every_block()
    {
        // Export, import and the formatter look a field up by its word alone (`date`, `quote`, `owner` are in several blocks).
        var meanings = LanguageTable.AllFields().GroupBy(f => f.Keyword).Where(g => g.Select(f => (f.Value, string.Join(",", f.Words))).Distinct().Count() > 1);
        meanings.Select(g => g.Key).ShouldBeEmpty();
    }

    [Fact]
    public void The_fuzz_dictionary_names_exactly_the_table_words()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot.Path, "fuzz", "canvas.dict"));
        // AFL reads a label as letters, digits and '_' only: `problem-solution` is labelled kw_problem_solution.
        var words = lines.Where(l => l.StartsWith("kw_", StringComparison.Ordinal)).Select(l => l[3..l.IndexOf('=', StringComparison.Ordinal)].Replace('_', '-'));
        words.Order(StringComparer.Ordinal).ShouldBe(LanguageTable.AllWords().Order(StringComparer.Ordinal), "fuzz/canvas.dict lists the language's words as kw_<word> (with _ for -)");
    }

    [Fact]
    public void The_emacs_mode_names_exactly_the_table_words()
    {
        var source = File.ReadAllText(Path.Combine(RepoRoot.Path, "editors", "emacs", "canvaslang-mode.el"));
        // The word lists are the `(defconst canvaslang--<group> '("…" …))` forms.
        var lists = Regex.Matches(source, @"\(defconst canvaslang--(declarations|entries|qualifiers|references|attributes|values)\s+'\(([^)]*)\)");
        lists.Count.ShouldBe(6);
        var words = lists.SelectMany(m => Regex.Matches(m.Groups[2].Value, "\"([a-z]+(?:-[a-z]+)*)\"").Select(w => w.Groups[1].Value));
        words.Distinct().Order(StringComparer.Ordinal).ShouldBe(LanguageTable.AllWords().Order(StringComparer.Ordinal));
    }

    private static string Generate()
    {
        static JObject Attribute(AttributeSpec a) => new()
        {
            ["keyword"] = a.Keyword,
            ["value"] = a.Value.ToString().ToLowerInvariant(),
            ["words"] = new JArray(a.Words),
            ["targets"] = new JArray(a.Targets.Select(t => LanguageTable.Entry(t).Keyword)),
            ["area"] = a.Area,
        };

        var json = new JObject
        {
            ["//"] = "Generated from src/CanvasLang.Syntax/LanguageTable.cs by tests/CanvasLang.Semantics.Tests/Meta/LanguageTableTests.cs; editors read it.",
            ["declarations"] = new JArray(LanguageTable.Declarations.Select(d => new JObject
            {
                ["keyword"] = d.Keyword,
                ["named"] = d.Named,
                ["block"] = d.Block?.ToString().ToLowerInvariant(),
                ["connectives"] = new JArray(d.Connectives),
            })),
            ["entries"] = new JArray(LanguageTable.Entries.Select(e => new JObject
            {
                ["keyword"] = e.Keyword,
                ["block"] = e.Block.ToString().ToLowerInvariant(),
                ["qualifiers"] = new JArray(e.Qualifiers),
                ["attributes"] = new JArray(e.Attributes),
            })),
            ["attributes"] = new JArray(LanguageTable.EntryAttributes.Select(Attribute)),
            // The fields of every block of fields, by the block's name as `declarations` spells it.
            ["fields"] = new JObject(Enum.GetValues<BlockKind>().Where(b => LanguageTable.Fields(b).Length > 0)
                .Select(b => new JProperty(b.ToString().ToLowerInvariant(), new JArray(LanguageTable.Fields(b).Select(Attribute))))),
            ["levelWords"] = new JArray(LanguageTable.LevelRanks.OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)),
        };
        return json.ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}

/// <summary>The VS Code extension's rule list (commands.ts, for "explain rule" and the config snippets) is the catalog's.</summary>
public class EditorRuleListTests
{
    [Fact]
    public void The_vscode_rule_list_equals_the_catalog()
    {
        var source = File.ReadAllText(Path.Combine(RepoRoot.Path, "editors", "vscode", "src", "commands.ts"));
        var listed = Regex.Matches(source, @"\['(CV\d{3})', '([a-z-]+)'\]").Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}");
        var catalog = CanvasLang.Semantics.Rules.RuleCatalog.All.Select(r => $"{r.Id} {r.Name}");
        listed.Order(StringComparer.Ordinal).ShouldBe(catalog.Order(StringComparer.Ordinal));
    }
}
