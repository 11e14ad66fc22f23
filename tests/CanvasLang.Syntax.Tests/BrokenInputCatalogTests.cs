using CanvasLang.Syntax.Tree;

namespace CanvasLang.Syntax.Tests;

/// <summary>
/// The catalog of broken inputs: each line is what a person might type, where the error must be
/// reported (1-based line:column) and words the message must contain. Messages are for people,
/// never ANTLR's "mismatched input … expecting {…}".
/// </summary>
public sealed class BrokenInputCatalogTests
{
    private const string S = "segment s \"x\"\n";

    public static TheoryData<string, string, string> Catalog => new()
    {
        { S + "profile s {\n  job get_coffee importance high\n}", "3:18", "`importance` goes after the entry's text" },
        { S + "profile s {\n  pain p1 \"x\" severity extrem\n}", "3:24", "did you mean `extreme`?" },
        { S + "profile s {\n  pain p1 \"unterminated\n}", "3:11", "unterminated string" },
        { S + "valuemap s {\n  product app serves j \"t\"\n}", "3:15", "`serves` goes after the entry's text" },
        { "title", "1:6", "expected the quoted title after `title`" },
        { "title \"x\" \"y\"", "1:11", "unexpected text \"y\"" },
        { "import", "1:7", "expected a quoted file path after `import`" },
        { "segment", "1:8", "expected a segment name after `segment`" },
        { "segment \"no name\"", "1:9", "expected a segment name after `segment`" },
        { "segment s \"x\" aka", "1:18", "expected a quoted alias after `aka`" },
        { "segment s \"x\" aka \"a\",", "1:23", "expected a quoted alias after `,`" },
        { "profile s\n  job \"x\"\n}", "2:3", "expected `{` after `profile s`" },
        { S + "profile s {\n  job \"x\"\n", "3:10", "the profile `s` is missing its closing `}`" },
        { S + "profile s {\n  reliever r \"x\"\n}", "3:3", "`reliever` belongs in a value map, not in a profile" },
        { S + "valuemap s {\n  pain p \"x\"\n}", "3:3", "`pain` belongs in a profile, not in a value map" },
        { S + "profile s {\n  job \"x\" \"y\"\n}", "3:11", "an entry has one quoted description" },
        { S + "profile s {\n  functional \"x\"\n}", "3:14", "expected `job` after `functional`" },
        { S + "profile s {\n  job \"x\" importance\n}", "4:1", "expected a level after `importance`: critical, high, medium or low" },
        { S + "profile s {\n  job \"x\" as boss\n}", "3:14", "expected a role after `as`: buyer, cocreator or transferrer" },
        { S + "profile s {\n  job \"x\" rank high\n}", "3:16", "expected a whole number after `rank`" },
        { S + "valuemap s {\n  reliever r \"x\" relieves\n}", "4:1", "expected the name of a pain after `relieves`" },
        { S + "valuemap s {\n  creator c \"x\" creates\n}", "4:1", "expected the name of a gain after `creates`" },
        { "statement", "1:10", "expected a segment name after `statement`" },
        { S + "statement s", "2:12", "expected the quoted statement after `statement s`" },
        { "test\n", "1:5", "expected a name for the test card after `test`" },
        { "test t for {\n}", "1:12", "expected a segment name after `test t for`" },
        { "test t {\n  due tomorrow\n}", "2:7", "expected a date such as 2026-12-15 after `due`" },
        { "test t {\n  status done\n}", "2:10", "expected a status after `status`: planned, running" },
        { "test t {\n  priority high\n}", "2:12", "expected a whole number after `priority`" },
        { "test t {\n  hypothesis\n}", "3:1", "expected a quoted text after `hypothesis`" },
        { "test t {\n  colour \"red\"\n}", "2:3", "is not a field of a test card" },
        { "learning l {\n}", "1:12", "expected `from` and the name of a test after `learning l`" },
        { "learning l from {\n}", "1:17", "expected the name of a test after `learning l from`" },
        { "learning l from t {\n  date soon\n}", "2:8", "expected a date such as 2026-12-15 after `date`" },
        { "learning l from t {\n  mood \"x\"\n}", "2:3", "is not a field of a learning card" },
        { "purpose \"x\"", "1:9", "expected `company`, `brand` or `customer <segment>` after `purpose`" },
        { "purpose customer \"x\"", "1:18", "expected a segment name after `purpose customer`" },
        { "purpose company", "1:16", "expected the quoted purpose after `purpose company`" },
        { "businessmodel b {\n  channels\n}", "3:1", "expected a quoted text after `channels`" },
        { "businessmodel b {\n  segments \"x\"\n}", "2:12", "expected segment names after `segments`" },
        { "businessmodel b {\n  stuff \"x\"\n}", "2:3", "`stuff` is not a business model block" },
        { "}", "1:1", "there is no open block here to close" },
        { "segment s \"x\" ;", "1:15", "entries need no separator" },
        { "segment s \"a \\n b\"", "1:14", "unknown escape `\\n`" },
        { "segment s 'x'", "1:11", "quote texts with straight double quotes" },
        { "segment s \u201Ccurly\u201D", "1:11", "quote texts with straight double quotes" },
        { S + "/* never closed", "2:1", "unterminated comment" },
        { "foo bar baz", "1:1", "`foo` does not start a declaration" },
        { S + "profile s {\n  pain p \"x\" severity: high\n}", "3:22", "attributes are written as `severity high`, without `:`" },
        { "\"just text\"", "1:1", "did you forget a keyword" },
        { "job \"outside\"", "1:1", "`job` entries belong inside `profile <segment> { … }`" },
        { S + "valuemap s {\n  digital \"x\"\n}", "3:11", "expected `product` or `service` after `digital`" },
        { "test t {\n  hypothesis \"h\"\n", "2:17", "the test card `t` is missing its closing `}`" },
        { "businessmodel b {\n  costs \"x\"\n", "2:12", "the business model `b` is missing its closing `}`" },
    };

    [Theory]
    [MemberData(nameof(Catalog))]
    public void Broken_input_gets_a_located_message_for_people(string input, string where, string expected)
    {
        var tree = SyntaxTree.Parse(input, "broken.canvas");

        var errors = tree.Diagnostics.Where(d => d.Code == "CV001").ToList();
        errors.ShouldNotBeEmpty($"no syntax error for:\n{input}");
        var first = errors[0];
        var position = tree.Text.GetPosition(first.Span.Start);
        $"{position.Line + 1}:{position.Character + 1}".ShouldBe(where, first.Message);
        first.Message.ShouldContain(expected, Case.Sensitive);
        first.Message.ShouldNotContain("mismatched input");
        first.Message.ShouldNotContain("expecting {");
        first.Message.ShouldNotContain("<EOF>");
    }

    [Fact]
    public void The_catalog_has_at_least_thirty_cases() => Catalog.Count.ShouldBeGreaterThanOrEqualTo(30);
}
