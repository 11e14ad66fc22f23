namespace CanvasLang.Semantics.Tests.Rules.Purpose;

/// <summary>CV501, CV402 and CV502 in the read languages other than English, and silent in the others.</summary>
public class PurposeAndCriteriaLanguagesTests
{
    private static IEnumerable<string> Codes(string text, string rule) =>
        RuleTestHarness.Analyze(text).Diagnostics.Where(d => d.Code == rule).Select(d => d.Message);

    [Theory]
    [InlineData("Ich will meinen Kaffee, ohne daran zu denken", false)]
    [InlineData("Pendler bekommen ihren Kaffee ohne Wartezeit", true)]
    [InlineData("Quiero mi café sin esperar en la cola", false)]
    [InlineData("Necesito llegar al tren de las 8", false)]
    [InlineData("Los viajeros reciben su café sin esperar", true)]
    [InlineData("Je veux mon café sans attendre", false)]
    [InlineData("Les voyageurs reçoivent leur café sans attendre", true)]
    [InlineData("Eu quero o meu café sem esperar na fila", false)]
    [InlineData("Voglio il mio caffè senza aspettare", false)]
    [InlineData("Ik wil mijn koffie zonder te wachten", false)]
    [InlineData("Reizigers krijgen hun koffie zonder te wachten", true)]
    public void A_customer_purpose_is_read_in_its_own_language(string purpose, bool reported)
    {
        var text = $$"""
            segment s "Reisende, die morgens am Bahnhof einen Kaffee kaufen"
            purpose customer s "{{purpose}}"
            """;
        Codes(text, "CV501").Any().ShouldBe(reported, purpose);
    }

    [Theory]
    [InlineData("Reisende, die morgens am Bahnhof einen Kaffee kaufen", "Die meisten Besucher bestellen vor", false)]
    [InlineData("Reisende, die morgens am Bahnhof einen Kaffee kaufen", "Mehr als 40 von 200 Besuchern bestellen vor", false)]
    [InlineData("Reisende, die morgens am Bahnhof einen Kaffee kaufen", "Viele Besucher finden die Idee gut", true)]
    [InlineData("Viajeros que compran un café en la estación cada mañana", "Al menos la mitad de los visitantes reserva", false)]
    [InlineData("Viajeros que compran un café en la estación cada mañana", "A los visitantes les gusta la idea", true)]
    [InlineData("Voyageurs qui achètent un café à la gare tous les matins", "Plus de la moitié des visiteurs réservent", false)]
    [InlineData("Voyageurs qui achètent un café à la gare tous les matins", "Les visiteurs aiment bien l'idée", true)]
    [InlineData("Viajantes que compram um café na estação todas as manhãs", "Pelo menos metade dos visitantes reserva", false)]
    [InlineData("Viaggiatori che comprano un caffè in stazione ogni mattina", "Almeno la metà dei visitatori prenota", false)]
    [InlineData("Reizigers die elke ochtend een koffie kopen op het station", "Meer dan de helft van de bezoekers reserveert", false)]
    [InlineData("Reizigers die elke ochtend een koffie kopen op het station", "De bezoekers vinden het idee leuk", true)]
    public void Test_criteria_are_read_in_their_own_language(string segment, string criteria, bool reported)
    {
        var text = $$"""
            segment s "{{segment}}"
            test t for s { criteria "{{criteria}}" }
            """;
        Codes(text, "CV402").Any().ShouldBe(reported, criteria);
    }

    [Fact]
    public void A_statement_is_read_in_its_own_language()
    {
        const string vague = """
            segment pendler "Pendler, die morgens am Bahnhof Brötchen kaufen" aka "Pendler"
            valuemap pendler { product app "Bestell-App mit Abholfach am Bahnhof" }
            statement pendler "Unsere Bäckerei macht alles einfacher und besser."
            """;
        Codes(vague, "CV502").Single().ShouldContain("'einfacher', 'besser'");

        const string clear = """
            segment pendler "Pendler, die morgens am Bahnhof Brötchen kaufen" aka "Pendler"
            valuemap pendler { product app "Bestell-App mit Abholfach am Bahnhof" }
            statement pendler "Mit der Bestell-App holen Pendler ihre Brötchen um 6:45 am Abholfach, ohne zu warten."
            """;
        Codes(clear, "CV502").ShouldBeEmpty();
    }

    [Fact]
    public void Purposes_and_criteria_in_a_language_the_rules_cannot_read_get_no_finding()
    {
        const string text = """
            segment s "Pasażerowie, którzy kupują kawę na dworcu"
            purpose customer s "Pasażerowie dostają kawę bez czekania"
            test t for s { hypothesis "Pasażerowie zamówią kawę z wyprzedzeniem" criteria "Pasażerowie lubią ten pomysł" }
            segment j "駅でコーヒーを買う通勤者"
            purpose customer j "通勤者はコーヒーを待たずに受け取る"
            """;
        Codes(text, "CV501").ShouldBeEmpty();
        Codes(text, "CV402").ShouldBeEmpty();
    }
}
