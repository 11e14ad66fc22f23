namespace CanvasLang.Semantics.Tests.Rules.ValueMap;

/// <summary>CV204 in the read languages other than English: copies of a product and bare feature names.</summary>
public class MixedValueMapLanguagesTests
{
    [Fact]
    public void Copies_of_a_product_and_feature_names_are_found_but_mechanisms_are_not() => RuleTestHarness.Verify("""
        segment pendler "Pendler, die morgens vor 7 Uhr beim Bäcker am Bahnhof einkaufen"
        profile pendler {
          pain schlange "Die Schlange vor der Theke ist um 6:50 zehn Meter lang"
          gain fertig "Die Tüte liegt bereit, wenn ich um 6:45 komme"
        }
        valuemap pendler {
          digital product app "Bestell-App"
          reliever r1 "Bestell-App" relieves schlange // + CV204
          reliever r2 "Vorbestellung am Vorabend, damit die Tüte um 6:45 im Abholfach liegt" relieves schlange // - CV204
          creator c1 "Buchungssystem" creates fertig // + CV204
        }
        segment contables "Contables de pequeñas empresas que cierran el mes con hojas de cálculo"
        profile contables {
          pain cierre "El cierre mensual lleva cinco días de conciliación manual"
          gain rapido "Cerrar el mes en dos días sin horas extra"
        }
        valuemap contables {
          digital product herramienta "Herramienta de cierre contable en la nube"
          reliever m1 "Módulo de cierre contable" relieves cierre // + CV204
          reliever m2 "Conciliación automática de los extractos → el cierre pasa de 5 a 2 días" relieves cierre // - CV204
          creator m3 "Plataforma que reduce el cierre a 2 días" creates rapido // - CV204
        }
        """);
}
