namespace CanvasLang.Semantics.Tests.Rules.Profile;

/// <summary>CV110 in the read languages other than English: stems and stop words of the entry's own language.</summary>
public class DuplicateEntryLanguagesTests
{
    [Fact]
    public void Inflected_and_reordered_duplicates_are_found_in_each_language() => RuleTestHarness.Verify("""
        segment pendler "Pendler, die jeden Morgen mit der S-Bahn nach München fahren"
        profile pendler {
          pain d1 "Die S-Bahn fällt am Montagmorgen oft aus"
          pain d2 "Am Montagmorgen fallen die S-Bahnen oft aus" // + CV110
          pain d3 "Im Winter ist der Bahnsteig nicht geräumt" // - CV110
        }
        segment familias "Familias que hacen la compra semanal en el supermercado del barrio"
        profile familias {
          pain e1 "Las colas en la caja del supermercado los sábados"
          pain e2 "Los sábados, cola en las cajas del supermercado" // + CV110
          pain e3 "El aparcamiento del supermercado está lleno los domingos" // - CV110
        }
        """);
}
