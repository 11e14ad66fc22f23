namespace CanvasLang.Semantics.Tests.Rules.Profile;

/// <summary>CV105 in the read languages other than English.</summary>
public class JobAsOutcomeLanguagesTests
{
    [Fact]
    public void Outcomes_are_told_from_tasks_in_each_word_order() => RuleTestHarness.Verify("""
        segment vereine "Kassenwarte kleiner Sportvereine, die die Beiträge ihrer Mitglieder verwalten"
        profile vereine {
          job d1 "Kosten senken" // + CV105
          job d2 "Wollen den Aufwand für die Buchhaltung minimieren" // + CV105
          job d3 "Mehr Zeit für die Familie haben" // + CV105
          job d4 "Die Beiträge von 120 Mitgliedern im Januar einziehen" // - CV105
        }
        segment tiendas "Dueños de pequeñas tiendas de barrio que venden también por WhatsApp"
        profile tiendas {
          job e1 "Ahorrar tiempo en la caja" // + CV105
          job e2 "Tener más clientes" // + CV105
          job e3 "Vender más" // + CV105
          job e4 "Contestar los pedidos de WhatsApp antes de abrir la tienda a las 9" // - CV105
          job e5 "Reducir el inventario a 200 productos antes de diciembre" // - CV105
        }
        segment parents "Parents d'élèves qui préparent le goûter de leurs enfants chaque jour"
        profile parents {
          job f1 "Gagner du temps le matin" // + CV105
          job f2 "Préparer le goûter avant de partir au travail" // - CV105
        }
        """);
}
