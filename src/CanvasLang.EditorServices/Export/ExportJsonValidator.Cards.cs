using System.Globalization;
using CanvasLang.Syntax;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Text;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.Export;

/// <summary>Blocks of fields (test and learning cards, interviews, personas), read from the language table: which fields, written how, and which repeat.</summary>
internal sealed partial class ExportJsonValidator
{
    // How the export names each block of fields, and what the word after its name joins it to.
    private static readonly Dictionary<string, (string Card, string? Connective, bool ConnectiveRequired, string ConnectiveWhat)> Cards = new(StringComparer.Ordinal)
    {
        ["test"] = ("test card", "for", false, "the segment the test is for"),
        ["learning"] = ("learning card", "from", true, "the test the learning comes from"),
        ["interview"] = ("interview", "for", false, "the segment the interview is for"),
        ["persona"] = ("persona", "for", false, "the segment the persona stands for"),
        ["assumption"] = ("assumption", "for", false, "the segment the assumption is about"),
        ["positioning"] = ("positioning statement", "for", false, "the segment the statement positions the offer for"),
        ["empathymap"] = ("empathy map", "for", false, "the persona or segment the map is for"),
        ["fit"] = ("fit stage", null, false, string.Empty), // its name is the segment's
    };

    private void Card(JToken token, string path, string keyword)
    {
        var (card, connective, required, connectiveWhat) = Cards[keyword];
        var fields = LanguageTable.Fields(LanguageTable.Declaration(keyword)!.Block!.Value);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Properties(token, path, Article.With(card), required ? ["name", connective!] : ["name"],
        [
            ("name", Identifier(connective is null ? $"the segment whose {card} it is" : $"the {card}'s name")),
            .. connective is null ? [] : new[] { (connective, Identifier(connectiveWhat)) },
            ("fields", (v, p) => Each(v, p, $"the {card}'s fields", (i, ip) => Field(i, ip, card, fields, seen))),
            ("imported", Imported),
        ]);
    }

    private void Field(JToken token, string path, string card, System.Collections.Immutable.ImmutableArray<AttributeSpec> fields, HashSet<string> seen)
    {
        string? name = null;
        Properties(token, path, $"a field of {Article.With(card)}", ["field"],
        [
            ("field", (v, p) => name = check.OneOf(v, p, $"a field of {Article.With(card)}", [.. fields.Select(f => f.Keyword)])),
            ("value", (v, p) => check.String(v, p, "the field's value")),
            ("kind", (_, _) => { }),
            ("names", (_, _) => { }),
        ]);
        if (name is null || token is not JObject field || fields.FirstOrDefault(f => f.Keyword == name) is not { } spec)
        {
            return;
        }

        if (!spec.Repeats && !seen.Add(name))
        {
            check.Error(field["field"]!, JsonChecker.Child(path, "field"), $"`{name}` is given twice on this {card}: keep one");
        }

        // Each way of writing a field has the properties it needs and no others.
        var (needs, refuses) = spec.Value switch
        {
            ValueKind.References => ((string[])["names"], (string[])["value", "kind"]),
            ValueKind.WordAndText => (["kind", "value"], ["names"]),
            _ => (["value"], ["kind", "names"]),
        };
        foreach (var missing in needs.Where(n => field.Property(n) is null))
        {
            check.Error(field, JsonChecker.Child(path, missing), $"missing: `{name}` needs `{missing}`");
        }

        foreach (var extra in refuses.Select(field.Property).OfType<JProperty>())
        {
            check.Error(extra, JsonChecker.Child(path, extra.Name), $"`{name}` has no `{extra.Name}`");
        }

        if (spec.Value == ValueKind.References && field["names"] is { } names)
        {
            Each(names, JsonChecker.Child(path, "names"), $"the names after `{name}`", Identifier("a name"), minItems: 1);
        }

        if (spec.Value == ValueKind.WordAndText && field["kind"] is { } kind)
        {
            check.OneOf(kind, JsonChecker.Child(path, "kind"), $"what `{name}` heard", [.. spec.Words]);
        }

        if (field["value"] is { Type: JTokenType.String } valueToken && spec.Value is not (ValueKind.References or ValueKind.WordAndText))
        {
            Value(spec, (string)valueToken!, valueToken, JsonChecker.Child(path, "value"));
        }
    }

    private void Value(AttributeSpec spec, string value, JToken valueToken, string at)
    {
        var name = spec.Keyword;
        switch (SyntaxFacts.FieldValueOf(name))
        {
            case FieldValue.Date when !(value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)):
                check.Error(valueToken, at, $"expected a date that exists, as YYYY-MM-DD, found {JsonChecker.Found(valueToken)}");
                break;
            case FieldValue.Status:
                check.OneOf(valueToken, at, name == "status" ? "a status" : $"a word for `{name}`", [.. spec.Words]);
                break;
            case FieldValue.Number when !(value.Length > 0 && value.All(char.IsAsciiDigit) && int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n >= 1):
                check.Error(valueToken, at, $"expected {Article.With(name)}: a whole number from 1 (the most urgent), found {JsonChecker.Found(valueToken)}");
                break;
            case FieldValue.Level:
                Level(name, LevelWords.Importance)(valueToken, at);
                break;
        }
    }
}
