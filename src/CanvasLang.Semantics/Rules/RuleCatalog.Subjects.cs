using System.Collections.Immutable;

namespace CanvasLang.Semantics.Rules;

public static partial class RuleCatalog
{
    /// <summary>
    /// Rules whose findings are about a whole declaration (a profile, a value map, a test card, a
    /// purpose, a statement, a business model, a persona, an interview, a learning card, a
    /// positioning, an empathy map, a fit stage, a SWOT), even when they point at a line inside it (CV108 at
    /// the first unranked entry, CV402 at the criteria, CV603 at the persona's segment, CV621 at the
    /// profile's segment, CV622 at an interview's note, CV633 at a learning's decision, CV642–CV645 at
    /// a positioning's fields, CV611–CV614 at a map's items, CV671 at the stage), and a SWOT (CV652–CV654).
    /// CV651 is about a SWOT's item, as entry findings are about their entry: a comment above the item
    /// covers it. A metric's findings (CV661–CV663) are the metric's and its block's at once (CV663 reads
    /// the block's segment; a block is often written to one plan): a comment above the item or above the
    /// `metrics` line covers them. A suppression comment directly above the declaration covers them; findings about the entries of a block (CV623 on an
    /// entry's `heard`) are not covered.
    /// </summary>
    public static readonly ImmutableHashSet<string> AboutDeclaration =
    [
        "CV102", "CV107", "CV108",
        "CV201",
        "CV304",
        "CV401", "CV402", "CV403", "CV404", "CV405", "CV406",
        "CV501", "CV502", "CV503", "CV504",
        "CV601", "CV602", "CV603", "CV604",
        "CV611", "CV612", "CV613", "CV614",
        "CV671",
        "CV621", "CV622",
        "CV631", "CV632", "CV633",
        "CV641", "CV642", "CV643", "CV644", "CV645",
        "CV652", "CV653", "CV654",
        "CV661", "CV662", "CV663",
    ];
}
