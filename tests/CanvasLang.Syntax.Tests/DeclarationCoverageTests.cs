using CanvasLang.Syntax.Tree;

namespace CanvasLang.Syntax.Tests;

/// <summary>
/// Every declaration of the language table is parsed into a node of its own kind: a declaration added
/// to the grammar and the table but not to the tree builder (whose switch over ANTLR contexts cannot be
/// checked by the compiler) fails here, as does one added to the table without an example below.
/// </summary>
public sealed class DeclarationCoverageTests
{
    // One small, valid declaration per keyword of LanguageTable.Declarations.
    private static readonly Dictionary<string, (string Text, Type Node)> Examples = new(StringComparer.Ordinal)
    {
        ["title"] = ("title \"Coffee\"", typeof(TitleSyntax)),
        ["import"] = ("import \"other.canvas\"", typeof(ImportSyntax)),
        ["segment"] = ("segment riders \"People who cycle\" aka \"cyclists\"", typeof(SegmentSyntax)),
        ["profile"] = ("profile riders {\n  pain p \"Flat tyres\"\n}", typeof(ProfileSyntax)),
        ["valuemap"] = ("valuemap riders {\n  reliever r \"Spare tubes\" relieves p\n}", typeof(ValueMapSyntax)),
        ["statement"] = ("statement riders \"Our van fixes your bike at work\"", typeof(StatementSyntax)),
        ["test"] = ("test t for riders {\n  hypothesis \"Riders book a van\"\n}", typeof(TestSyntax)),
        ["learning"] = ("learning l from t {\n  insight \"They do\"\n}", typeof(LearningSyntax)),
        ["purpose"] = ("purpose company \"Keep people moving\"", typeof(PurposeSyntax)),
        ["businessmodel"] = ("businessmodel m {\n  segments riders\n}", typeof(BusinessModelSyntax)),
        ["positioning"] = ("positioning van for riders {\n  need \"A bike that works on Monday\"\n  offer \"RepairVan\"\n}", typeof(PositioningSyntax)),
        ["empathymap"] = ("empathymap m for rider {\n  goal \"Ride to work dry\"\n  pains \"A wet saddle\"\n}", typeof(EmpathyMapSyntax)),
        ["fit"] = ("fit riders {\n  stage problem-solution\n  basedon t\n}", typeof(FitStageSyntax)),
        ["assumption"] = ("assumption pay for riders {\n  type viability\n  belief \"Riders pay 12 € a repair\"\n  importance high\n  evidence weak\n}", typeof(AssumptionSyntax)),
        ["interview"] = ("interview ana for riders {\n  who \"Ana, rides 9 km\"\n  heard pain \"Two flats in March\"\n}", typeof(InterviewSyntax)),
        ["persona"] = ("persona ana for riders {\n  goal \"Reach work dry\"\n  basedon t\n}", typeof(PersonaSyntax)),
        ["swot"] = ("swot van_swot for riders {\n  strength s1 \"Two mechanics who ride\" priority 1\n  threat t1 \"A chain shop opens near the station\"\n  action a1 \"Sign the station's bike park first\" pairs s1, t1\n}", typeof(SwotSyntax)),
        ["metrics"] = ("metrics rider_metrics for riders {\n  metric pickup \"Orders picked up within two minutes\" target \"above 80 %\" every week tracks riders\n}", typeof(MetricsSyntax)),
    };

    public static IEnumerable<object[]> Declarations() => LanguageTable.Declarations.Select(d => new object[] { d.Keyword });

    [Theory]
    [MemberData(nameof(Declarations))]
    public void Each_declaration_of_the_table_becomes_its_own_node(string keyword)
    {
        Examples.ShouldContainKey(keyword, $"add an example of `{keyword}` to this test");
        var (text, node) = Examples[keyword];
        var tree = SyntaxTree.Parse(text);
        tree.Diagnostics.ShouldBeEmpty();
        tree.Declarations.ShouldHaveSingleItem().ShouldBeOfType(node);
        tree.Declarations[0].Keyword.Text.ShouldBe(keyword);
    }

    [Fact]
    public void Every_example_is_a_declaration_of_the_table() =>
        Examples.Keys.ShouldBe(LanguageTable.Declarations.Select(d => d.Keyword), ignoreOrder: true);
}
