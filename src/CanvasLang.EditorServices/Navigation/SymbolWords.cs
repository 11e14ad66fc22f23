using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Navigation;

/// <summary>How a symbol is named in messages and hovers: "a required gain", "a segment".</summary>
public static class SymbolWords
{
    public static string Kind(Symbol symbol) => symbol.Target switch
    {
        Entry e => e.KindLabel,
        Segment => "segment",
        TestCard => "test card",
        LearningCard => "learning card",
        BusinessModel => "business model",
        Persona => "persona",
        Interview => "interview",
        Assumption => "assumption",
        Positioning => "positioning statement",
        EmpathyMap => "empathy map",
        FitStage => "fit stage",
        Swot => "SWOT analysis",
        SwotItem item => item.Keyword,
        MetricsBlock => "metrics block",
        Metric => "metric",
        _ => symbol.Kind.ToString().ToLowerInvariant(),
    };

    public static string Describe(Symbol symbol)
    {
        var kind = Kind(symbol);
        return Article.With(kind);
    }
}
