namespace CanvasLang.Semantics.Tests.Rules.Profile;

/// <summary>CV106 in the read languages other than English, each with its own polarity lexicon.</summary>
public class OppositeGainLanguagesTests
{
    [Fact]
    public void Gains_that_turn_a_pain_around_are_found_in_each_language() => RuleTestHarness.Verify("""
        segment baecker "Pendler, die morgens vor 7 Uhr beim Bäcker am Bahnhof einkaufen"
        profile baecker {
          pain d1 "Die Schlange vor der Theke ist lang"
          pain d2 "Keine Brötchen mehr nach 7 Uhr"
          pain d3 "Misstrauen gegenüber Fertigteig"
          gain dg1 "Die Schlange vor der Theke ist kurz" // + CV106
          gain dg2 "Vertrauen gegenüber Fertigteig" // + CV106
          gain dg3 "Die Tüte liegt um 6:45 im Abholfach bereit" // - CV106
        }
        segment familias "Familias que hacen la compra semanal en el supermercado del barrio"
        profile familias {
          pain e1 "La entrega a domicilio es cara"
          pain e2 "Sin aparcamiento cerca de la tienda"
          gain eg1 "La entrega a domicilio es barata" // + CV106
          gain eg2 "Aparcamiento cerca de la tienda" // + CV106
          gain eg3 "Recibir la compra el sábado antes de las 10" // - CV106
        }
        segment voyageurs "Voyageurs qui prennent le train de banlieue chaque matin"
        profile voyageurs {
          pain f1 "Le trajet est lent le lundi"
          gain fg1 "Le trajet est rapide le lundi" // + CV106
          gain fg2 "Un café chaud en arrivant au bureau à 8 h 30" // - CV106
        }
        """);

    [Fact]
    public void A_title_with_details_in_parentheses_is_compared_by_its_title() => RuleTestHarness.Verify("""
        segment s "Los clientes de una consultora de marca que trabajan en la ciudad de México"
        profile s {
          job j1 "Preparar la presentación de la marca para los inversores cada trimestre"
          pain p1 "Falta de confianza (miedo, dudas)"
          gain g1 "Confianza (seguridad, tranquilidad)" // + CV106
          gain g2 "Tres clientes nuevos por recomendación cada mes (confianza)" // - CV106
        }
        segment t "Owners of small shops who sell in the city and on the web"
        profile t {
          job j2 "Answer the questions of the regulars on the phone in the morning"
          pain p2 "Distrust (rumours, bad reviews)"
          gain g3 "Trust (loyalty, referrals)" // + CV106
        }
        """);
}
