using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Rules;
using CanvasLang.Semantics.Tests.Meta;

namespace CanvasLang.Semantics.Tests.Rules.Interviews;

/// <summary>CV622 in the read languages other than English, each read with its own lexicon, and silent in the others.</summary>
public class LeadingInterviewNoteLanguagesTests
{
    private static string Canvas(string segment, string note) =>
        $"segment s \"{segment}\"\ninterview i for s {{\n  who \"x\"\n  note \"{note}\"\n}}\n";

    private const string De = "Eltern, die ihre Kinder jeden Morgen mit dem Auto zur Schule bringen";
    private const string Fr = "Parents qui conduisent leurs enfants à l'école en voiture chaque matin";
    private const string Es = "Padres que llevan a sus hijos al colegio en coche cada mañana";
    private const string Pt = "Pais que levam os filhos à escola de carro todas as manhãs";
    private const string It = "Genitori che portano i figli a scuola in macchina ogni mattina";
    private const string Nl = "Ouders die hun kinderen elke ochtend met de auto naar school brengen";

    [Theory]
    [InlineData(De, "Würde sofort eine Fahrgemeinschafts-App nutzen", "'Würde sofort eine Fahrgemeinschafts-App nutzen'")]
    [InlineData(De, "Sagte, dass sie dafür bezahlen würde", "'bezahlen würde'")]
    [InlineData(De, "Fand unser Konzept richtig gut", "'Fand unser Konzept richtig gut'")]
    [InlineData(De, "Bringt die Kinder normalerweise um halb acht", "'normalerweise'")]
    [InlineData(Fr, "Elle paierait 5 euros par mois pour un covoiturage", "'paierait'")]
    [InlineData(Fr, "Trouve que c'est une idée géniale", "'idée géniale'")]
    [InlineData(Fr, "Tout le monde déteste les bouchons devant l'école", "'Tout le monde déteste'")]
    [InlineData(Es, "Dijo que compraría el abono mensual", "'compraría'")]
    [InlineData(Es, "Le encantó nuestra propuesta", "'encantó nuestra propuesta'")]
    [InlineData(Es, "Siempre llega tarde al colegio", "'Siempre'")]
    [InlineData(Pt, "Disse que pagaria pelo serviço", "'pagaria'")]
    [InlineData(Pt, "Gostou muito da ideia", "'Gostou muito da ideia'")]
    [InlineData(It, "Ha detto che userebbe l'app ogni giorno", "'userebbe'")]
    [InlineData(It, "Tutti odiano il traffico davanti alla scuola", "'Tutti odiano'")]
    [InlineData(Nl, "Zei dat ze er 10 euro voor zou betalen", "'zou betalen'")]
    [InlineData(Nl, "Vond het idee geweldig", "'Vond het idee geweldig'")]
    [InlineData(Nl, "Brengt de kinderen meestal met de fiets", "'meestal'")]
    public void Reports_warning_signs_in_their_own_language_quoting_them(string segment, string note, string quoted) =>
        Lint.Of("CV622", Canvas(segment, note)).ShouldHaveSingleItem().Message.ShouldContain(quoted);

    [Theory]
    [InlineData(De, "Stand am Dienstag 20 Minuten im Stau vor der Schule")]
    [InlineData(De, "Die Ampel ist immer noch kaputt")]
    [InlineData(De, "Fand die Idee nicht gut")]
    [InlineData(Fr, "Elle achète l'essence le lundi soir")]
    [InlineData(Fr, "Toujours pas de place devant l'école")]
    [InlineData(Es, "Compró un asiento nuevo para el coche la semana pasada")]
    [InlineData(Es, "Normalmente sale a las 7:30, pero ayer salió a las 8:00")]
    [InlineData(Pt, "Pagou 40 euros de estacionamento em março")]
    [InlineData(It, "Tutti i posti erano occupati alle 8:00")]
    [InlineData(It, "Non le è piaciuta l'idea")]
    [InlineData(Nl, "Kocht vorige week een nieuw fietszitje")]
    [InlineData(Nl, "De weg is nog altijd afgesloten")]
    public void Leaves_what_happened_alone(string segment, string note) =>
        Lint.Of("CV622", Canvas(segment, note)).ShouldBeEmpty();

    [Theory]
    [InlineData("Rodzice, którzy codziennie odwożą dzieci do szkoły samochodem", "Powiedziała, że na pewno kupiłaby taką aplikację")]
    [InlineData("Rodzice, którzy codziennie odwożą dzieci do szkoły samochodem", "Wszyscy nienawidzą korków przed szkołą")]
    [InlineData("Her sabah çocuklarını okula arabayla götüren ebeveynler", "Fikrimizi çok beğendi")]
    [InlineData("毎朝車で子どもを学校に送る親", "このアイデアがとても気に入ったと言った")]
    [InlineData("Föräldrar som kör sina barn till skolan varje morgon", "Sa att hon absolut skulle använda appen")]
    public void Is_silent_in_languages_it_does_not_read(string segment, string note) =>
        Lint.Of("CV622", Canvas(segment, note)).ShouldBeEmpty();

    [Fact]
    public void Every_read_language_has_patterns_of_each_kind()
    {
        foreach (var language in NaturalLanguages.Read)
        {
            var counts = InterviewCues.For(language).PatternCounts;
            foreach (var section in Enum.GetValues<CueSection>())
            {
                counts.GetValueOrDefault(section).ShouldBeGreaterThan(0, $"{language} {section}");
            }
        }
    }

    [Fact]
    public void A_conditional_form_is_not_its_present()
    {
        // The stemmer gives "achèterait" and "achète" one stem: the lexicon lists conditional forms exactly.
        var kit = LanguageKit.For(NaturalLanguage.French);
        kit.Stem("achèterait").ShouldBe(kit.Stem("achète"));
        Lint.Of("CV622", Canvas(Fr, "Elle achète un abonnement chaque mois")).ShouldBeEmpty();
        Lint.Of("CV622", Canvas(Fr, "Elle achèterait un abonnement")).ShouldHaveSingleItem();
    }
}
