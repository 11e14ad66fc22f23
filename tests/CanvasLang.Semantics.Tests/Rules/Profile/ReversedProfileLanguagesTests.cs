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

/// <summary>CV104 on gains that say the offering works by itself, in several languages; jobs and pains are left alone.</summary>
public class ReversedProfileMechanismTests
{
    [Fact]
    public void A_gain_that_is_automation_describes_the_offering() => RuleTestHarness.Verify("""
        segment bookkeepers "Freelance bookkeepers with 10 to 30 small-business clients"
        profile bookkeepers {
          job e1 "Automate the monthly close for each client before the 5th" // - CV104
          pain e2 "Nothing is automated, so I retype every invoice into the ledger" // - CV104
          gain e3 "Automated processing of receipts" // + CV104
          gain e4 "Bank lines are matched to invoices automatically" // + CV104
          gain e5 "Closing a client's month in one afternoon instead of two days" // - CV104
        }
        segment kanzleien "Steuerkanzleien mit 5 bis 20 Mitarbeitenden in Köln"
        profile kanzleien {
          gain d1 "Belege werden automatisch dem richtigen Mandanten zugeordnet" // + CV104
          gain d2 "Die Monatsabschlüsse sind am dritten Werktag fertig" // - CV104
        }
        segment cabinets "Cabinets comptables de 3 à 10 personnes à Nantes"
        profile cabinets {
          gain f1 "Un rapprochement bancaire automatisé pour chaque client" // + CV104
          gain f2 "Les relances clients partent avant le 10 du mois" // - CV104
        }
        """);
}
