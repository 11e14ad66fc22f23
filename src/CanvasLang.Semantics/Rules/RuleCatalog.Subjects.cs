using System.Collections.Immutable;

namespace CanvasLang.Semantics.Rules;

public static partial class RuleCatalog
{
    /// <summary>
    /// Rules whose findings are about a whole declaration (a profile, a value map, a test card, a
    /// purpose, a statement, a business model, a persona, an interview, a SWOT), even when they point at a line
    /// inside it (CV108 at the first unranked entry, CV402 at the criteria, CV603 at the persona's
    /// segment, CV621 at the profile's segment, CV622 at an interview's note). CV651 is about a SWOT's
    /// item, as entry findings are about their entry: a comment above the item covers it. A suppression comment
    /// directly above the declaration covers them; findings about the entries of a block (CV623 on an
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
        "CV621", "CV622",
        "CV631", "CV632",
        "CV652", "CV653", "CV654",
    ];
}
