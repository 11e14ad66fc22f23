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

    private static void Add(CanvasDocument document, DeclarationSyntax declaration, string? imported)
    {
        switch (declaration)
        {
            case TitleSyntax t:
                document.Title = t.Text?.Value;
                break;
            case ImportSyntax i when i.Path is not null:
                document.Imports.Add(i.Path.Value);
                break;
            case SegmentSyntax s:
                document.Segments.Add(new SegmentDocument { Imported = imported, Name = s.Name?.Text ?? string.Empty, Description = s.Description?.Value, Aliases = [.. s.Aliases.Select(a => a.Value)] });
                break;
            case ProfileSyntax p:
                document.Profiles.Add(Block(p, imported));
                break;
            case ValueMapSyntax v:
                document.ValueMaps.Add(Block(v, imported));
                break;
            case StatementSyntax s:
                document.Statements.Add(new StatementDocument { Imported = imported, Segment = s.Segment?.Text ?? string.Empty, Text = s.Text?.Value ?? string.Empty });
                break;
            case TestSyntax t:
                document.Tests.Add(new CardDocument { Imported = imported, Name = t.Name?.Text ?? string.Empty, For = t.Segment?.Text, Fields = Fields(t.Fields) });
                break;
            case LearningSyntax l:
                document.Learnings.Add(new CardDocument { Imported = imported, Name = l.Name?.Text ?? string.Empty, From = l.Test?.Text, Fields = Fields(l.Fields) });
                break;
            case PurposeSyntax p:
                document.Purposes.Add(new PurposeDocument { Imported = imported, Level = p.Level?.Text ?? string.Empty, Segment = p.Segment?.Text, Text = p.Text?.Value ?? string.Empty });
                break;
            case BusinessModelSyntax b:
                document.BusinessModels.Add(new BusinessModelDocument
                {
                    Imported = imported,
                    Name = b.Name?.Text ?? string.Empty,
                    Blocks = [.. b.Blocks.Select(x => new BusinessModelBlockDocument
                    {
                        Block = x.Keyword.Text,
                        Items = [.. x.References.Select(r => r.Text).Concat(x.Items.Select(i => i.Value))],
                    })],
                });
                break;
        }
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
            }
        }

        return entry;
    }

    private static List<FieldDocument> Fields(IEnumerable<FieldSyntax> fields) =>
        [.. fields.Select(f => new FieldDocument { Field = f.Keyword.Text, Value = f.Text?.Value ?? f.Value?.Text ?? string.Empty })];

    private static string Relation(EntryKind kind) => LanguageTable.Entry(kind).ReferenceAttribute?.Keyword ?? "serves";
}
