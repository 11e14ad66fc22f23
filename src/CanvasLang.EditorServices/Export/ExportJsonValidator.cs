using System.Globalization;
using CanvasLang.Syntax;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.Export;

/// <summary>
/// Checks JSON against the export format (docs/schema/canvas.schema.json) before it is written as a
/// canvas, so an import never turns a wrong value into a canvas with errors. The words each value may
/// be come from the language's own tables (<see cref="SyntaxFacts"/>, <see cref="LevelWords"/>), and so
/// do the rules the schema cannot say: which qualifier and attributes fit an entry's kind, which fields
/// a test or learning card has, what a date, status or priority looks like.
/// </summary>
internal sealed partial class ExportJsonValidator
{
    private readonly JsonChecker check;
    private readonly bool newerMinor;

    private delegate void Check(JToken value, string path);

    private ExportJsonValidator(JsonChecker check, bool newerMinor) => (this.check, this.newerMinor) = (check, newerMinor);

    /// <summary>
    /// Reports into <paramref name="check"/>. A property this version does not know is an error (a typo
    /// would lose data), except in a file of a newer minor version, which may add fields: ignored there, with a warning.
    /// </summary>
    public static void Validate(JObject root, JsonChecker check, bool newerMinor) => new ExportJsonValidator(check, newerMinor).Root(root);

    private void Root(JObject root) => Properties(root, "$", "a CanvasLang export", [],
    [
        ("$schema", (v, p) => check.String(v, p, "the schema's address")),
        ("version", (_, _) => { }),
        ("title", (v, p) => check.String(v, p, "the canvas title")),
        ("imports", (v, p) => Each(v, p, "the imported files", (i, ip) => check.String(i, ip, "a file path"))),
        ("segments", (v, p) => Each(v, p, "the segments", Segment)),
        ("profiles", (v, p) => Each(v, p, "the profiles", (i, ip) => Block(i, ip, "profile", SyntaxFacts.ProfileEntryKeywords, "value map", SyntaxFacts.ValueMapEntryKeywords))),
        ("valueMaps", (v, p) => Each(v, p, "the value maps", (i, ip) => Block(i, ip, "value map", SyntaxFacts.ValueMapEntryKeywords, "profile", SyntaxFacts.ProfileEntryKeywords))),
        ("statements", (v, p) => Each(v, p, "the statements", Statement)),
        ("tests", (v, p) => Each(v, p, "the test cards", (i, ip) => Card(i, ip, "test"))),
        ("learnings", (v, p) => Each(v, p, "the learning cards", (i, ip) => Card(i, ip, "learning"))),
        ("purposes", (v, p) => Each(v, p, "the purposes", Purpose)),
        ("businessModels", (v, p) => Each(v, p, "the business models", BusinessModel)),
        ("personas", (v, p) => Each(v, p, "the personas", (i, ip) => Card(i, ip, "persona"))),
        ("interviews", (v, p) => Each(v, p, "the interviews", (i, ip) => Card(i, ip, "interview"))),
        ("assumptions", (v, p) => Each(v, p, "the assumptions", (i, ip) => Card(i, ip, "assumption"))),
        ("positionings", (v, p) => Each(v, p, "the positioning statements", (i, ip) => Card(i, ip, "positioning"))),
        ("empathyMaps", (v, p) => Each(v, p, "the empathy maps", (i, ip) => Card(i, ip, "empathymap"))),
        ("fitStages", (v, p) => Each(v, p, "the fit stages", (i, ip) => Card(i, ip, "fit"))),
        ("swots", (v, p) => Each(v, p, "the SWOT analyses", Swot)),
        ("metrics", (v, p) => Each(v, p, "the metrics blocks", Metrics)),
        ("fit", (v, p) => Each(v, p, "the fit links", FitLink)),
    ]);

    private void Segment(JToken token, string path) => Properties(token, path, "a segment", ["name"],
    [
        ("name", Identifier("the segment's name")),
        ("description", Text("the segment's description")),
        ("aliases", (v, p) => Each(v, p, "the segment's aliases", Text("an alias"))),
        ("imported", Imported),
    ]);

    private void Block(JToken token, string path, string block, string[] kinds, string otherBlock, string[] otherKinds) => Properties(token, path, Article.With(block), ["segment"],
    [
        ("segment", Identifier($"the segment of the {block}")),
        ("entries", (v, p) => Each(v, p, $"the {block}'s entries", (i, ip) => Entry(i, ip, block, kinds, otherBlock, otherKinds))),
        ("imported", Imported),
    ]);

    private void Entry(JToken token, string path, string block, string[] kinds, string otherBlock, string[] otherKinds)
    {
        string? kind = null;
        var entry = Properties(token, path, $"{Article.With(block)} entry", ["kind", "text"],
        [
            ("kind", (v, p) =>
            {
                var elsewhere = v.Type == JTokenType.String && otherKinds.Contains((string)v!) ? $" ({Article.With(otherBlock)} entry, not {Article.With(block)} one)" : null;
                kind = check.OneOf(v, p, $"the kind of {Article.With(block)} entry", kinds, elsewhere);
            }),
            ("qualifier", Text("the entry's qualifier")),
            ("id", Identifier("the entry's name")),
            ("text", Text("the entry's text")),
            ("importance", Level("importance", LevelWords.Importance)),
            ("severity", Level("severity", LevelWords.Severity)),
            ("relevance", Level("relevance", LevelWords.Relevance)),
            ("as", (v, p) => check.OneOf(v, p, "a role", SyntaxFacts.Roles)),
            ("rank", Rank),
            ("serves", References),
            ("relieves", References),
            ("creates", References),
            ("heard", (v, p) => Each(v, p, "the interviews it was heard in", Identifier("an interview's name"), minItems: 1)),
            ("priority", Priority),
            ("pairs", (v, p) => Each(v, p, "the items the action pairs", Identifier("an item's name"), minItems: 1)),
            ("target", Text("the metric's target")),
            ("every", (v, p) => check.OneOf(v, p, "a period", [.. LanguageTable.Attribute("every")!.Words])),
            ("tracks", (v, p) => Each(v, p, "what the metric tracks", Identifier("a positioning statement's, test's, segment's or assumption's name"), minItems: 1)),
        ]);
        if (entry is null || kind is null || SyntaxFacts.EntryKindOf(kind) is not { } entryKind)
        {
            return;
        }

        // What fits depends on the kind, so it is checked once the kind is known.
        var qualifiers = SyntaxFacts.QualifiersOf(entryKind);
        if (entry["qualifier"] is { Type: JTokenType.String } qualifier && !qualifiers.Contains((string)qualifier!, StringComparer.Ordinal))
        {
            var at = JsonChecker.Child(path, "qualifier");
            if (qualifiers.Count == 0)
            {
                check.Error(qualifier, at, $"{Article.With(kind)} takes no qualifier, found {JsonChecker.Found(qualifier)}");
            }
            else
            {
                check.OneOf(qualifier, at, $"a qualifier of {Article.With(kind)}", qualifiers);
            }
        }

        foreach (var attribute in entry.Properties().Where(p => IsAttribute(p.Name) && !SyntaxFacts.TakesAttribute(entryKind, p.Name)))
        {
            var takes = JsonChecker.List([.. SyntaxFacts.AttributesOf(entryKind).Select(a => $"`{a}`")], "and");
            check.Error(attribute, JsonChecker.Child(path, attribute.Name), $"`{attribute.Name}` is not an attribute of {Article.With(kind)}: {Article.With(kind)} takes {takes}");
        }
    }

    private static bool IsAttribute(string name) =>
        name is "importance" or "severity" or "relevance" or "as" or "rank" or "heard" or "priority" or "pairs" or "target" or "every" or "tracks" || SyntaxFacts.ReferenceKeywords.Contains(name, StringComparer.Ordinal);

    // A SWOT's items are entries of their own five kinds (`kind`: strength … action).
    private void Swot(JToken token, string path) => Properties(token, path, "a SWOT analysis", ["name"],
    [
        ("name", Identifier("the SWOT's name")),
        ("for", Identifier("the segment the SWOT is for")),
        ("items", (v, p) => Each(v, p, "the SWOT's items", (i, ip) => Entry(i, ip, "SWOT", SyntaxFacts.SwotItemKeywords, "profile or value map", [.. SyntaxFacts.ProfileEntryKeywords, .. SyntaxFacts.ValueMapEntryKeywords]))),
        ("imported", Imported),
    ]);

    // A metrics block's items are entries of the one kind `metric`.
    private void Metrics(JToken token, string path) => Properties(token, path, "a metrics block", ["name"],
    [
        ("name", Identifier("the metrics block's name")),
        ("for", Identifier("the segment the metrics are for")),
        ("items", (v, p) => Each(v, p, "the metrics", (i, ip) => Entry(i, ip, "metrics", SyntaxFacts.MetricItemKeywords, "SWOT", SyntaxFacts.SwotItemKeywords))),
        ("imported", Imported),
    ]);

    private void Statement(JToken token, string path) => Properties(token, path, "a statement", ["segment", "text"],
    [
        ("segment", Identifier("the segment of the statement")),
        ("text", Text("the statement's text")),
        ("imported", Imported),
    ]);

    private void Purpose(JToken token, string path)
    {
        var purpose = Properties(token, path, "a purpose", ["level", "text"],
        [
            ("level", (v, p) => check.OneOf(v, p, "the purpose's level", SyntaxFacts.PurposeLevels)),
            ("segment", Identifier("the segment of a customer purpose")),
            ("text", Text("the purpose's text")),
            ("imported", Imported),
        ]);
        var level = purpose?["level"] is { Type: JTokenType.String } l ? (string?)l : null;
        if (purpose is null || level is null || !SyntaxFacts.PurposeLevels.Contains(level, StringComparer.Ordinal))
        {
            return;
        }

        if (level == "customer" && purpose["segment"] is null)
        {
            check.Error(purpose, JsonChecker.Child(path, "segment"), "missing: a customer purpose names its segment");
        }
        else if (level != "customer" && purpose.Property("segment") is { } segment)
        {
            check.Error(segment, JsonChecker.Child(path, "segment"), $"only a customer purpose names a segment, not {Article.With(level)} purpose");
        }
    }

    private void BusinessModel(JToken token, string path) => Properties(token, path, "a business model", ["name"],
    [
        ("name", Identifier("the business model's name")),
        ("blocks", (v, p) => Each(v, p, "the business model's blocks", BusinessModelBlock)),
        ("imported", Imported),
    ]);

    private void BusinessModelBlock(JToken token, string path)
    {
        string? block = null;
        var items = (JToken?)null;
        Properties(token, path, "a business model block", ["block", "items"],
        [
            ("block", (v, p) => block = check.OneOf(v, p, "a business model block", SyntaxFacts.BusinessModelBlocks)),
            ("items", (v, _) => items = v),
        ]);

        // Segment blocks hold names, the others texts; the grammar wants at least one of either.
        if (items is not null)
        {
            var names = block is "segments" or "propositions";
            Each(items, JsonChecker.Child(path, "items"), "the block's items", names ? Identifier("a segment name") : Text("an item"), minItems: 1);
        }
    }

    private void FitLink(JToken token, string path) => Properties(token, path, "a fit link", [],
    [
        ("segment", Text("the segment")),
        ("from", Text("the value map entry's name")),
        ("relation", (v, p) => check.OneOf(v, p, "a relation", SyntaxFacts.ReferenceKeywords)),
        ("to", Text("the profile entry's name")),
    ]);

    private Check Text(string what) => (v, p) => check.String(v, p, what);

    private Check Identifier(string what) => (v, p) =>
    {
        if (check.String(v, p, what) is { } name && !SyntaxFacts.IsIdentifier(name))
        {
            check.Error(v, p, $"expected {what}: letters, digits, _ and -, starting with a letter or _; found {JsonChecker.Found(v)}");
        }
    };

    /// <summary>Any level word reads after any level attribute (the grammar's `level`); the attribute's own four are the ones named.</summary>
    private Check Level(string attribute, string[] words) => (v, p) =>
    {
        if (v.Type != JTokenType.String || !LevelWords.All.Contains((string)v!, StringComparer.Ordinal))
        {
            check.OneOf(v, p, $"a level for {attribute}", words);
        }
    };

    private void Rank(JToken token, string path)
    {
        if (token is not JValue { Type: JTokenType.Integer, Value: long rank } || rank is < 1 or > int.MaxValue)
        {
            check.Error(token, path, $"expected a rank: a whole number from 1 (the most important), found {JsonChecker.Found(token)}");
        }
    }

    private void Priority(JToken token, string path)
    {
        if (token is not JValue { Type: JTokenType.Integer, Value: long priority } || priority is < 1 or > int.MaxValue)
        {
            check.Error(token, path, $"expected a priority: a whole number from 1 (the most urgent), found {JsonChecker.Found(token)}");
        }
    }

    private void References(JToken token, string path) => Each(token, path, "the names of the entries it addresses", Identifier("an entry's name"), minItems: 1);

    private void Imported(JToken token, string path)
    {
        // Written into a `// imported from` comment: a line break would end the comment and leave the rest as code.
        if (check.String(token, path, "the path of the imported file") is { } file && file.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            check.Error(token, path, $"expected the imported file's path on one line, found {JsonChecker.Found(token)}");
        }
    }

    private void Each(JToken token, string path, string what, Check item, int minItems = 0)
    {
        foreach (var (element, at) in check.Items(token, path, what, minItems))
        {
            item(element, at);
        }
    }

    /// <summary>An object with these properties: required ones present, each known one checked, unknown ones reported.</summary>
    private JObject? Properties(JToken token, string path, string what, string[] required, (string Name, Check Check)[] properties)
    {
        if (check.Object(token, path, what) is not { } obj)
        {
            return null;
        }

        foreach (var name in required.Where(n => obj.Property(n) is null))
        {
            check.Error(obj, JsonChecker.Child(path, name), $"missing: {what} needs `{name}`");
        }

        foreach (var property in obj.Properties())
        {
            var at = JsonChecker.Child(path, property.Name);
            var known = Array.Find(properties, p => p.Name == property.Name).Check;
            if (known is not null)
            {
                known(property.Value, at);
                continue;
            }

            var names = properties.Select(p => p.Name).ToList();
            if (newerMinor)
            {
                check.Warning(property, at, $"not in version {CanvasDocument.CurrentVersion} of the export format, which this tool reads: ignored");
            }
            else
            {
                var near = LevelWords.Closest(property.Name, names) is { } n ? $"; did you mean `{n}`?" : string.Empty;
                check.Error(property, at, $"unknown property{near} ({what} has {JsonChecker.List([.. names.Select(x => $"`{x}`")])})");
            }
        }

        return obj;
    }
}
