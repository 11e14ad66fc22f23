using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Rules.Profile;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV204's reading of a reliever or creator in a read language other than English: a bare noun
/// phrase (no number, no mechanism or outcome after ':', '→', '—', ';' or '(') of at most five
/// content words, headed by a part of an offering from Lexicons/&lt;code&gt;/product-side.txt
/// ("Módulo de cierre", "Buchungssystem", "Tableau de bord en temps réel"): a feature's name, not how
/// it relieves a pain or creates a gain. Narrower than the English reading, which knows English verbs.
/// </summary>
internal static class FeatureNameInLanguage
{
    public static bool IsFeatureName(LanguageKit kit, TextReading reading)
    {
        var words = reading.Words;
        if (words.Length == 0 || words.Any(w => w.IsNumeric) || reading.Text.AsSpan().IndexOfAny(":→—–;(=") >= 0)
        {
            return false;
        }

        var content = words.Where(kit.IsContent).ToList();
        if (content.Count is 0 or > 5 || words.Any(w => w.EndsClause && w.Start + w.Length < reading.Text.TrimEnd('.', ' ').Length))
        {
            return false;
        }

        // The head is the phrase's first content word in Romance languages, its last in German and Dutch.
        var head = ProductSide.HeadLast(kit.Language) ? content[^1] : content[0];
        var system = kit.Lexicon("product-side").Section("system");
        return ProductSide.IsSystemNoun(kit, system, kit.Stem(head.Text), head.Text);
    }
}
