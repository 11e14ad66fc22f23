namespace CanvasLang.Semantics.Tests.Rules.Profile;

/// <summary>CV101 reads the languages it has a kit for, and is silent in the others.</summary>
public class VagueEntryLanguagesTests
{
    [Fact]
    public void German_entries_are_read_with_German_words() => RuleTestHarness.Verify("""
        segment baecker "Berufstätige, die morgens auf dem Weg zur Arbeit beim Bäcker einkaufen"
        profile baecker {
          job j1 "Zeit sparen" // + CV101
          job j2 "Vor 7:30 Uhr zwei Brötchen kaufen und den Bus um 7:42 erreichen" // - CV101
          pain p1 "Zu teuer" // + CV101
          pain p2 "Die Schlange vor der Theke ist am Samstagmorgen zwanzig Meter lang" // - CV101
          pain p3 "Schlechte und teure Qualität" // + CV101
          gain g1 "Ein schnelles und einfaches Erlebnis" // + CV101
          gain g2 "Das Brot ist noch warm, wenn ich es um 7 Uhr abhole" // - CV101
        }
        """);

    [Fact]
    public void Spanish_French_Portuguese_Italian_and_Dutch_entries_are_read_too() => RuleTestHarness.Verify("""
        segment es "Familias que hacen la compra semanal en el supermercado del barrio"
        profile es {
          pain p1 "Un servicio lento y caro" // + CV101
          pain p2 "Esperar veinte minutos en la caja los sábados por la tarde" // - CV101
          gain g1 "Una experiencia fácil y rápida" // + CV101
        }
        segment fr "Étudiants qui révisent leurs examens dans la bibliothèque de l'université"
        profile fr {
          pain p1 "Un outil lent et peu pratique" // + CV101
          pain p2 "Ne pas trouver de place libre à la bibliothèque pendant la semaine des examens" // - CV101
        }
        segment pt "Motoristas de aplicativo que abastecem o carro todos os dias na cidade"
        profile pt {
          gain g1 "Um serviço melhor e mais barato" // + CV101
          gain g2 "Pagar o combustível pelo aplicativo sem sair do carro às 6 horas da manhã" // - CV101
        }
        segment it "Genitori che accompagnano i figli a scuola in bicicletta ogni mattina"
        profile it {
          pain p1 "Un percorso lento e scomodo" // + CV101
          pain p2 "Le strisce della pista ciclabile finiscono davanti alla scuola di via Roma" // - CV101
        }
        segment nl "Forenzen die elke dag met de trein van Utrecht naar Amsterdam reizen"
        profile nl {
          pain p1 "Een trage en dure reis" // + CV101
          pain p2 "De trein van 8:12 is op maandag vaak twintig minuten te laat" // - CV101
        }
        """);

    [Fact]
    public void Polish_and_Japanese_entries_get_no_word_rule_finding()
    {
        const string text = """
            segment pl "Rodzice, którzy codziennie odwożą dzieci do szkoły samochodem"
            profile pl {
              job j1 "Szybko" // - CV101, CV104, CV105
              pain p1 "Drogo i źle" // - CV101, CV104
              pain p2 "Brak aplikacji mobilnej" // - CV101, CV104
              gain g1 "Tanio i szybko" // - CV101, CV104, CV106
              gain g2 "Aplikacja mobilna do zamawiania" // - CV101, CV104, CV106
            }
            valuemap pl {
              product s1 "Aplikacja mobilna do zamawiania przejazdów"
              reliever r1 "Aplikacja mobilna" relieves p2 // - CV204
            }
            segment ja "毎朝駅でコーヒーを買う通勤者"
            profile ja {
              job j1 "早く" // - CV101, CV105
              pain p1 "高い" // - CV101, CV104
              gain g1 "安い" // - CV101, CV106
            }
            """;
        foreach (var rule in new[] { "CV101", "CV104", "CV105", "CV106", "CV110", "CV204" })
        {
            RuleTestHarness.Score(text, rule).Mistakes.ShouldBeEmpty(rule);
        }
    }
}
