using CanvasLang.EditorServices.Tests.Formatting;
using CanvasLang.Syntax;
using CanvasLang.Syntax.Parsing;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.Tests.Export;

/// <summary>
/// docs/schema/canvas.schema.json is written by hand for editors and other tools; the importer checks
/// with the language's own tables. These keep the two saying the same words.
/// </summary>
public class ExportSchemaTests
{
    private static readonly JObject Schema = JObject.Parse(File.ReadAllText(Path.Combine(SampleCanvases.RepoRoot, "docs", "schema", "canvas.schema.json")));

    public static TheoryData<string, string[]> Enums() => new()
    {
        { "['$defs'].entry.properties.kind.enum", [.. SyntaxFacts.ProfileEntryKeywords, .. SyntaxFacts.ValueMapEntryKeywords] },
        { "['$defs'].entry.properties.qualifier.enum", [.. SyntaxFacts.JobKinds, .. SyntaxFacts.PainKinds, .. SyntaxFacts.GainLevels, .. SyntaxFacts.OfferKinds] },
        { "['$defs'].entry.properties.as.enum", SyntaxFacts.Roles },
        { "['$defs'].level.enum", LevelWords.All },
        { "['$defs'].testCard.properties.fields.items.properties.field.enum", SyntaxFacts.TestFields },
        { "['$defs'].learningCard.properties.fields.items.properties.field.enum", SyntaxFacts.LearningFields },
        { "['$defs'].testCard.properties.fields.items.allOf[1].then.properties.value.enum", SyntaxFacts.Statuses },
        { "properties.purposes.items.properties.level.enum", SyntaxFacts.PurposeLevels },
        { "properties.businessModels.items.properties.blocks.items.properties.block.enum", SyntaxFacts.BusinessModelBlocks },
        { "properties.fit.items.properties.relation.enum", SyntaxFacts.ReferenceKeywords },
        { "['$defs'].swotItem.properties.kind.enum", SyntaxFacts.SwotItemKeywords },
    };

    [Theory]
    [MemberData(nameof(Enums))]
    public void Each_list_of_words_is_the_languages_own(string path, string[] words)
    {
        var list = Schema.SelectToken(path).ShouldNotBeNull(path);
        list.Values<string>().ShouldBe(words, path);
    }

    [Fact]
    public void Each_field_value_condition_names_fields_of_the_kind_it_checks()
    {
        var conditions = (JArray)Schema.SelectToken("['$defs'].testCard.properties.fields.items.allOf")!;
        var fields = conditions.Select(c => c.SelectToken("if.properties.field")!).Select(f => f["enum"]?.Values<string>().Select(v => v!).ToList() ?? [(string)f["const"]!]).ToList();
        fields.ShouldBe([["due", "date"], ["status"], ["priority"], ["reliability"], ["tests"]]);
        fields.SelectMany(f => f).Select(SyntaxFacts.FieldValueOf).ShouldBe([FieldValue.Date, FieldValue.Date, FieldValue.Status, FieldValue.Number, FieldValue.Level, FieldValue.Names]);
        ((string?)Schema.SelectToken("['$defs'].identifier.pattern")).ShouldBe("^[A-Za-z_][A-Za-z0-9_-]*$");
        ((int?)Schema.SelectToken("['$defs'].entry.properties.rank.minimum")).ShouldBe(1);
        ((int?)Schema.SelectToken("['$defs'].swotItem.properties.priority.minimum")).ShouldBe(1);
    }
}
