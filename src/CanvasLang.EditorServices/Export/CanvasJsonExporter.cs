using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax;
using CanvasLang.Syntax.Tree;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace CanvasLang.EditorServices.Export;

/// <summary>A canvas file as JSON (docs/schema/canvas.schema.json): everything the file declares, plus its resolved fit links.</summary>
public static class CanvasJsonExporter
{
    internal static readonly JsonSerializerSettings Settings = new()
    {
        Formatting = Newtonsoft.Json.Formatting.Indented,
        NullValueHandling = NullValueHandling.Ignore,
        ContractResolver = new DefaultContractResolver(),
    };

    public static string Export(AnalysisResult analysis) => Serialize(ToDocument(analysis.Tree, analysis.Model));

    public static string Serialize(CanvasDocument document) => JsonConvert.SerializeObject(document, Settings) + "\n";

    /// <summary>
    /// The file's own declarations, in written order within each kind; with a model, also the
    /// declarations of the files it imports (marked `imported`), so the JSON stands alone, and fit links.
    /// </summary>
    public static CanvasDocument ToDocument(SyntaxTree tree, SemanticModel? model = null)
    {
        var document = new CanvasDocument();
        foreach (var declaration in tree.Declarations)
        {
            Add(document, declaration, null);
        }

        var folder = Path.GetDirectoryName(tree.Path) ?? string.Empty;
        foreach (var imported in model?.TreesInScope.Where(t => !string.Equals(t.Path, tree.Path, StringComparison.Ordinal)) ?? [])
        {
            var from = (folder.Length == 0 ? imported.Path : Path.GetRelativePath(folder, imported.Path)).Replace('\\', '/');
            foreach (var declaration in imported.Declarations.Where(d => d is not (TitleSyntax or ImportSyntax)))
            {
                Add(document, declaration, from);
            }
        }

        if (model is not null)
        {
            foreach (var entry in model.OwnValueMaps.SelectMany(v => v.Entries).Where(e => e.Id is not null))
            {
                foreach (var target in model.TargetsOf(entry).Where(t => t.Id is not null))
                {
                    document.Fit.Add(new FitLinkDocument { Segment = entry.SegmentName, From = entry.Id!, Relation = Relation(entry.Kind), To = target.Id! });
                }
            }
        }

        return document;
    }

    private static void Add(CanvasDocument document, DeclarationSyntax declaration, string? imported) =>
        new DocumentWriter(document, imported).Visit(declaration);

    /// <summary>Writes one declaration into the document, each kind in its own method.</summary>
    private sealed class DocumentWriter(CanvasDocument document, string? imported) : DeclarationWalker
    {
        public override void VisitTitle(TitleSyntax title) => document.Title = title.Text?.Value;

        public override void VisitImport(ImportSyntax import)
        {
            if (import.Path is not null)
            {
                document.Imports.Add(import.Path.Value);
            }
        }

        public override void VisitSegment(SegmentSyntax segment) =>
            document.Segments.Add(new SegmentDocument { Imported = imported, Name = segment.Name?.Text ?? string.Empty, Description = segment.Description?.Value, Aliases = [.. segment.Aliases.Select(a => a.Value)] });

        public override void VisitProfile(ProfileSyntax profile) => document.Profiles.Add(Block(profile, imported));

        public override void VisitValueMap(ValueMapSyntax valueMap) => document.ValueMaps.Add(Block(valueMap, imported));

        public override void VisitStatement(StatementSyntax statement) =>
            document.Statements.Add(new StatementDocument { Imported = imported, Segment = statement.Segment?.Text ?? string.Empty, Text = statement.Text?.Value ?? string.Empty });

        public override void VisitTest(TestSyntax test) => document.Tests.Add(Card(test));

        public override void VisitLearning(LearningSyntax learning) =>
            document.Learnings.Add(new CardDocument { Imported = imported, Name = learning.Name?.Text ?? string.Empty, From = learning.Test?.Text, Fields = Fields(learning.Fields) });

        public override void VisitPurpose(PurposeSyntax purpose) =>
            document.Purposes.Add(new PurposeDocument { Imported = imported, Level = purpose.Level?.Text ?? string.Empty, Segment = purpose.Segment?.Text, Text = purpose.Text?.Value ?? string.Empty });

        public override void VisitBusinessModel(BusinessModelSyntax model) =>
            document.BusinessModels.Add(new BusinessModelDocument
            {
                Imported = imported,
                Name = model.Name?.Text ?? string.Empty,
                Blocks = [.. model.Blocks.Select(x => new BusinessModelBlockDocument
                {
                    Block = x.Keyword.Text,
                    Items = [.. x.References.Select(r => r.Text).Concat(x.Items.Select(i => i.Value))],
                })],
            });

        public override void VisitAssumption(AssumptionSyntax assumption) => document.Assumptions.Add(Card(assumption));

        public override void VisitInterview(InterviewSyntax interview) => document.Interviews.Add(Card(interview));

        public override void VisitPersona(PersonaSyntax persona) => document.Personas.Add(Card(persona));

        public override void VisitPositioning(PositioningSyntax positioning) => document.Positionings.Add(Card(positioning));

        public override void VisitEmpathyMap(EmpathyMapSyntax map) => document.EmpathyMaps.Add(Card(map));

        public override void VisitFitStage(FitStageSyntax fit) => document.FitStages.Add(Card(fit));
        public override void VisitSwot(SwotSyntax swot) =>
            document.Swots.Add(new SwotDocument { Imported = imported, Name = swot.Name?.Text ?? string.Empty, For = swot.Segment?.Text, Items = [.. swot.Items.Select(Entry)] });

        public override void VisitMetrics(MetricsSyntax metrics) =>
            document.Metrics.Add(new MetricsDocument { Imported = imported, Name = metrics.Name?.Text ?? string.Empty, For = metrics.Segment?.Text, Items = [.. metrics.Items.Select(Entry)] });

        private CardDocument Card(CardSyntax card) =>
            new() { Imported = imported, Name = card.Name?.Text ?? string.Empty, For = card.Segment?.Text, Fields = Fields(card.Fields) };
    }

    private static BlockDocument Block(BlockSyntax block, string? imported) =>
        new() { Imported = imported, Segment = block.Segment?.Text ?? string.Empty, Entries = [.. block.Entries.Select(Entry)] };

    private static EntryDocument Entry(EntrySyntax e)
    {
        var entry = new EntryDocument { Kind = e.Keyword.Text, Qualifier = e.Qualifier?.Text, Id = e.Id?.Text, Text = e.Text?.Value ?? string.Empty };
        foreach (var a in e.Attributes)
        {
            var value = a.Value?.Text;
            var references = a.References.Select(r => r.Text).ToList();
            switch (a.Keyword.Text)
            {
                case "importance": entry.Importance = value; break;
                case "severity": entry.Severity = value; break;
                case "relevance": entry.Relevance = value; break;
                case "as": entry.Role = value; break;
                case "rank": entry.Rank = int.TryParse(value, out var rank) ? rank : null; break;
                case "serves": entry.Serves = [.. entry.Serves ?? [], .. references]; break;
                case "relieves": entry.Relieves = [.. entry.Relieves ?? [], .. references]; break;
                case "creates": entry.Creates = [.. entry.Creates ?? [], .. references]; break;
                case "heard": entry.Heard = [.. entry.Heard ?? [], .. references]; break;
                case "priority": entry.Priority = int.TryParse(value, out var priority) ? priority : null; break;
                case "pairs": entry.Pairs = [.. entry.Pairs ?? [], .. references]; break;
                case "target": entry.Target ??= value is null ? null : SyntaxFacts.Unquote(value); break;
                case "every": entry.Every ??= value; break;
                case "tracks": entry.Tracks = [.. entry.Tracks ?? [], .. references]; break;
            }
        }

        return entry;
    }

    private static List<FieldDocument> Fields(IEnumerable<FieldSyntax> fields) =>
        [.. fields.Select(Field)];

    // As the table says the field is written: names, a word and a text (`heard pain "…"`), or one value.
    private static FieldDocument Field(FieldSyntax f) => LanguageTable.Field(f.Keyword.Text)?.Value switch
    {
        ValueKind.References => new FieldDocument { Field = f.Keyword.Text, Names = [.. f.References.Select(r => r.Text)] },
        ValueKind.WordAndText => new FieldDocument { Field = f.Keyword.Text, Kind = f.Value?.Text, Value = f.Text?.Value ?? string.Empty },
        _ => new FieldDocument { Field = f.Keyword.Text, Value = f.Text?.Value ?? f.Value?.Text ?? string.Empty },
    };

    private static string Relation(EntryKind kind) => LanguageTable.Entry(kind).ReferenceAttribute?.Keyword ?? "serves";
}
