using System.Text;
using CanvasLang.EditorServices.Formatting;
using CanvasLang.Syntax;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Export;

/// <summary>Writes an exported document back as CanvasLang text, in the formatter's canonical layout.</summary>
public static class CanvasTextWriter
{
    private static readonly HashSet<string> NameBlocks = new(StringComparer.Ordinal) { "segments", "propositions" };

    public static string Write(CanvasDocument document)
    {
        var s = new StringBuilder();

        // Declarations exported from imported files are written here, each under a comment naming its
        // file, in place of the imports: the text stands alone where those files are not.
        void Declaration(string line, string? imported = null) =>
            s.Append(s.Length == 0 ? string.Empty : "\n").Append(imported is null ? string.Empty : $"// imported from {imported}\n").Append(line).Append('\n');
        if (document.Title is { } title)
        {
            Declaration($"title {Quote(title)}");
        }

        if (ImportedFiles(document).Count == 0)
        {
            document.Imports.ForEach(i => Declaration($"import {Quote(i)}"));
        }

        foreach (var segment in document.Segments)
        {
            var aliases = segment.Aliases.Count == 0 ? string.Empty : " aka " + string.Join(", ", segment.Aliases.Select(Quote));
            Declaration($"segment {Name(segment.Name)}{(segment.Description is null ? string.Empty : " " + Quote(segment.Description))}{aliases}", segment.Imported);
        }

        document.Profiles.ForEach(p => Declaration(Block("profile", p), p.Imported));
        document.ValueMaps.ForEach(v => Declaration(Block("valuemap", v), v.Imported));
        document.Statements.ForEach(st => Declaration($"statement {Name(st.Segment)} {Quote(st.Text)}", st.Imported));
        foreach (var test in document.Tests)
        {
            Declaration(Card($"test {Name(test.Name)}{(test.For is null ? string.Empty : " for " + Name(test.For))}", test.Fields), test.Imported);
        }

        document.Learnings.ForEach(l => Declaration(Card($"learning {Name(l.Name)} from {Name(l.From ?? string.Empty)}", l.Fields), l.Imported));
        document.Assumptions.ForEach(a => Declaration(Card($"assumption {Name(a.Name)}{(a.For is null ? string.Empty : " for " + Name(a.For))}", a.Fields), a.Imported));
        document.Interviews.ForEach(i => Declaration(Card($"interview {Name(i.Name)}{(i.For is null ? string.Empty : " for " + Name(i.For))}", i.Fields), i.Imported));
        document.Personas.ForEach(p => Declaration(Card($"persona {Name(p.Name)}{(p.For is null ? string.Empty : " for " + Name(p.For))}", p.Fields), p.Imported));
        document.Positionings.ForEach(p => Declaration(Card($"positioning {Name(p.Name)}{(p.For is null ? string.Empty : " for " + Name(p.For))}", p.Fields), p.Imported));
        document.EmpathyMaps.ForEach(m => Declaration(Card($"empathymap {Name(m.Name)}{(m.For is null ? string.Empty : " for " + Name(m.For))}", m.Fields), m.Imported));
        document.FitStages.ForEach(f => Declaration(Card($"fit {Name(f.Name)}", f.Fields), f.Imported));
        document.Swots.ForEach(w => Declaration(Entries($"swot {Name(w.Name)}{(w.For is null ? string.Empty : " for " + Name(w.For))}", w.Items), w.Imported));
        document.Metrics.ForEach(m => Declaration(Entries($"metrics {Name(m.Name)}{(m.For is null ? string.Empty : " for " + Name(m.For))}", m.Items), m.Imported));
        foreach (var purpose in document.Purposes)
        {
            var level = purpose.Level == "customer" ? $"customer {Name(purpose.Segment ?? string.Empty)}" : purpose.Level;
            Declaration($"purpose {level} {Quote(purpose.Text)}", purpose.Imported);
        }

        foreach (var model in document.BusinessModels)
        {
            var lines = model.Blocks.Select(b => $"  {b.Block} " + string.Join(", ", b.Items.Select(i => NameBlocks.Contains(b.Block) ? Name(i) : Quote(i))));
            Declaration($"businessmodel {Name(model.Name)} {{\n{string.Concat(lines.Select(l => l + "\n"))}}}", model.Imported);
        }

        var text = s.ToString();
        // The formatter has the last word on layout, so imported files pass `fmt --check`.
        return CanvasFormatter.Format(SyntaxTree.Parse(text));
    }

    /// <summary>The files whose declarations the document carries (exported with their importer).</summary>
    public static IReadOnlyList<string> ImportedFiles(CanvasDocument document) =>
        [.. new[] { document.Segments.Select(d => d.Imported), document.Profiles.Select(d => d.Imported), document.ValueMaps.Select(d => d.Imported),
                document.Statements.Select(d => d.Imported), document.Tests.Select(d => d.Imported), document.Learnings.Select(d => d.Imported),
                document.Purposes.Select(d => d.Imported), document.BusinessModels.Select(d => d.Imported),
                document.Interviews.Select(d => d.Imported), document.Personas.Select(d => d.Imported), document.Assumptions.Select(d => d.Imported),
                document.Positionings.Select(d => d.Imported), document.EmpathyMaps.Select(d => d.Imported),
                document.FitStages.Select(d => d.Imported), document.Swots.Select(d => d.Imported), document.Metrics.Select(d => d.Imported) }
            .SelectMany(x => x).OfType<string>().Distinct(StringComparer.Ordinal)];

    private static string Block(string keyword, BlockDocument block) => Entries($"{keyword} {Name(block.Segment)}", block.Entries);

    // A block of entries (a profile, a value map) or of SWOT items: one a line, attributes in the formatter's order.
    private static string Entries(string header, List<EntryDocument> entries)
    {
        var s = new StringBuilder(header).Append(" {\n");
        foreach (var e in entries)
        {
            var parts = new List<string?> { e.Qualifier, e.Kind, e.Id is null ? null : Name(e.Id), Quote(e.Text) };
            parts.Add(e.Pairs is { Count: > 0 } pairs ? "pairs " + string.Join(", ", pairs.Select(Name)) : null);
            parts.Add(e.Serves is { Count: > 0 } serves ? "serves " + string.Join(", ", serves.Select(Name)) : null);
            parts.Add(e.Relieves is { Count: > 0 } relieves ? "relieves " + string.Join(", ", relieves.Select(Name)) : null);
            parts.Add(e.Creates is { Count: > 0 } creates ? "creates " + string.Join(", ", creates.Select(Name)) : null);
            parts.Add(e.Role is null ? null : $"as {e.Role}");
            parts.Add(e.Importance is null ? null : $"importance {e.Importance}");
            parts.Add(e.Severity is null ? null : $"severity {e.Severity}");
            parts.Add(e.Relevance is null ? null : $"relevance {e.Relevance}");
            parts.Add(e.Rank is null ? null : $"rank {e.Rank}");
            parts.Add(e.Priority is null ? null : $"priority {e.Priority}");
            parts.Add(e.Heard is { Count: > 0 } heard ? "heard " + string.Join(", ", heard.Select(Name)) : null);
            parts.Add(e.Target is null ? null : "target " + Quote(e.Target));
            parts.Add(e.Every is null ? null : $"every {e.Every}");
            parts.Add(e.Tracks is { Count: > 0 } tracks ? "tracks " + string.Join(", ", tracks.Select(Name)) : null);
            s.Append("  ").Append(string.Join(' ', parts.Where(p => !string.IsNullOrEmpty(p)))).Append('\n');
        }

        return s.Append('}').ToString();
    }

    private static string Card(string header, List<FieldDocument> fields)
    {
        var s = new StringBuilder(header).Append(" {\n");
        foreach (var f in fields)
        {
            s.Append("  ").Append(f.Field).Append(' ').Append(FieldValueText(f)).Append('\n');
        }

        return s.Append('}').ToString();
    }

    // Written as the table says the field is: names, a word then a text, a text, or a bare value (date, number, word).
    private static string FieldValueText(FieldDocument f) => LanguageTable.Field(f.Field)?.Value switch
    {
        ValueKind.References => string.Join(", ", (f.Names ?? []).Select(Name)),
        ValueKind.WordAndText => $"{f.Kind} {Quote(f.Value ?? string.Empty)}",
        ValueKind.Text or ValueKind.Texts => Quote(f.Value ?? string.Empty),
        _ => f.Value ?? string.Empty,
    };

    /// <summary>A one-line string literal: quotes and backslashes escaped, line breaks turned into spaces.</summary>
    public static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ') + "\"";

    /// <summary>A name as an identifier; anything else is made into one so the output always parses.</summary>
    public static string Name(string name)
    {
        if (SyntaxFacts.IsIdentifier(name))
        {
            return name;
        }

        var cleaned = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_')]);
        return cleaned.Length == 0 || !(char.IsAsciiLetter(cleaned[0]) || cleaned[0] == '_') ? "_" + cleaned : cleaned;
    }
}
