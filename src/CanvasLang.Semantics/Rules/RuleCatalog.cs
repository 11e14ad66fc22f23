using System.Collections.Immutable;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Parsing;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// Every rule of the project, listed explicitly (no reflection): the error rules the parser and
/// binder report, the analyzer rules (one file each, listed in the RuleCatalog.*.cs parts), and the
/// two diagnostics about the tooling itself (configuration, unused suppression).
/// </summary>
public static partial class RuleCatalog
{
    public const string DocumentationBase = "https://github.com/canvaslang/canvaslang/blob/main/docs/rules";

    public static readonly RuleDescriptor NotCanvasLang = new(CanvasParserFacade.ForeignCode, CanvasParserFacade.ForeignName, DiagnosticSeverity.Info,
        "A file whose first non-blank character is `{` is a JSON Canvas file, not CanvasLang; it is left alone.");

    public static readonly RuleDescriptor Configuration = new("CV900", "configuration", DiagnosticSeverity.Error,
        "A problem in canvaslang.json: bad JSON, an unknown rule or option, a value of the wrong type. The defaults apply.");

    public static readonly RuleDescriptor UnusedSuppression = new("CV901", "unused-suppression", DiagnosticSeverity.Hint,
        "A suppression comment (or a rule named in one) that suppresses nothing.")
    {
        Fix = "Remove the suppression comment.",
    };

    // CV001–CV008: reported by the parser and the binder, always errors. Named, so the binder reports
    // through these descriptors instead of repeating their ids and names.
    public static readonly RuleDescriptor Syntax = new(CanvasLang.Syntax.Parsing.CanvasParserFacade.SyntaxCode, "syntax", DiagnosticSeverity.Error, "A syntax error, worded for people; the rest of the file is still analyzed.");

    public static readonly RuleDescriptor UnknownReference = new("CV002", "unknown-reference", DiagnosticSeverity.Error, "A reference to a name that does not exist.")
    {
        Fix = "Change to the closest existing name of the right kind, or declare a stub entry with that name.",
    };

    public static readonly RuleDescriptor DuplicateName = new("CV003", "duplicate-name", DiagnosticSeverity.Error, "A name declared twice, in the file or through imports.");

    public static readonly RuleDescriptor WrongReferenceKind = new("CV004", "wrong-reference-kind", DiagnosticSeverity.Error, "A reference to a name of the wrong kind or of another segment.");

    public static readonly RuleDescriptor Import = new("CV005", "import", DiagnosticSeverity.Error, "An imported file is missing, unreadable, or part of an import cycle.");

    public static readonly RuleDescriptor DuplicateBlock = new("CV006", "duplicate-block", DiagnosticSeverity.Error, "A second profile or value map for the same segment.");

    public static readonly RuleDescriptor UndeclaredSegment = new("CV007", "undeclared-segment", DiagnosticSeverity.Error, "A declaration naming a segment that is not declared.")
    {
        Fix = "Declare the segment.",
    };

    public static readonly RuleDescriptor BadValue = new("CV008", "bad-value", DiagnosticSeverity.Error, "An attribute or field given twice, or a value out of range.");

    /// <summary>CV001–CV008: reported by the parser and the binder, always errors.</summary>
    public static readonly ImmutableArray<RuleDescriptor> ErrorRules =
        [Syntax, UnknownReference, DuplicateName, WrongReferenceKind, Import, DuplicateBlock, UndeclaredSegment, BadValue];

    /// <summary>The analyzer rules, in id order.</summary>
    public static ImmutableArray<CanvasRule> Rules { get; } =
        [.. ProfileRules().Concat(ValueMapRules()).Concat(FitRules()).Concat(TestRules()).Concat(PurposeRules()).Concat(PersonaRules()).Concat(InterviewRules())
            .Concat(AssumptionRules()).Concat(LearningRules()).Concat(PositioningRules()).Concat(EmpathyMapRules()).Concat(SwotRules()).Concat(MetricsRules())
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)];

    /// <summary>Every descriptor: CV000, errors, analyzer rules, CV900, CV901.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } =
        [NotCanvasLang, .. ErrorRules, .. Rules.Select(r => r.Descriptor), Configuration, UnusedSuppression];

    private static readonly ImmutableDictionary<string, RuleDescriptor> ByKey = All
        .SelectMany(d => new[] { (d.Id.ToUpperInvariant(), d), (d.Name, d) })
        .ToImmutableDictionary(p => p.Item1, p => p.d, StringComparer.OrdinalIgnoreCase);

    /// <summary>A rule by id (CV101, case-insensitive) or by name (vague-entry).</summary>
    public static RuleDescriptor? Find(string idOrName) => ByKey.GetValueOrDefault(idOrName.Trim());

    public static string? Suggest(string idOrName) =>
        LevelWords.Closest(idOrName, All.Select(d => d.Name)) ?? LevelWords.Closest(idOrName.ToUpperInvariant(), All.Select(d => d.Id));
}
