namespace CanvasLang.Semantics.Tests.Rules.Profile;

/// <summary>CV104's absence reading in the read languages other than English, elided articles included.</summary>
public class ReversedProfileLanguagesTests
{
    [Fact]
    public void The_absence_of_a_solution_is_read_through_elisions_and_existential_negation() => RuleTestHarness.Verify("""
        segment salons "Salons de coiffure indépendants avec deux ou trois fauteuils à Lyon"
        profile salons {
          pain f1 "Pas d'application de réservation" // + CV104
          pain f2 "Il n'y a pas d'agenda en ligne pour les clientes" // - CV104
          pain f3 "Les clientes appellent pendant une coupe et l'appel reste sans réponse" // - CV104
        }
        segment negozi "Negozi di biciclette con officina nei quartieri di Torino"
        profile negozi {
          pain i1 "Non esiste un'app per prenotare le riparazioni" // + CV104
          pain i2 "Non c'è una piattaforma per gli ordini dei ricambi" // + CV104
          pain i3 "Il cliente non esiste per noi finché non richiama dopo la riparazione" // - CV104
        }
        segment tiendas "Dueños de ferreterías de barrio en Sevilla"
        profile tiendas {
          pain e1 "No hay aplicación para pedir tornillos fuera de horario" // + CV104
          pain e2 "No hay nadie en el mostrador a la hora de comer" // - CV104
        }
        segment oficinas "Oficinas de contabilidade com até cinco funcionários em Curitiba"
        profile oficinas {
          pain p1 "Não existe plataforma para os clientes enviarem notas fiscais" // + CV104
          pain p2 "Não há tempo para conferir as notas antes do dia 20" // - CV104
        }
        """);
}
