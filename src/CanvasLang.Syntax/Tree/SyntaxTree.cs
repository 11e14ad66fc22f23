using System.Collections.Immutable;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Syntax.Tree;

/// <summary>The parsed form of one document: declarations, comments and syntax diagnostics. Immutable.</summary>
public sealed record SyntaxTree(
    string Path,
    SourceText Text,
    ImmutableArray<DeclarationSyntax> Declarations,
    ImmutableArray<CommentSyntax> Comments,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True for a JSON Canvas file (first non-blank character <c>{</c>): not ours, left alone.</summary>
    public bool IsForeignFormat { get; init; }

    /// <summary>How the parser cut the text (empty for a file refused unparsed): an edit reparses only the segments it touches.</summary>
    internal ImmutableArray<Segment> Segments { get; init; } = [];

    public static SyntaxTree Parse(string text, string path = "") => CanvasParserFacade.Parse(SourceText.From(text), path);

    public static SyntaxTree Parse(SourceText text, string path = "") => CanvasParserFacade.Parse(text, path);

    /// <summary>The entries of every profile and value map, the items of every SWOT analysis and the metrics of every metrics block, in written order.</summary>
    public IEnumerable<EntrySyntax> AllEntries() =>
        Declarations.SelectMany(d => d switch
        {
            BlockSyntax b => b.Entries,
            SwotSyntax s => s.Items,
            MetricsSyntax m => m.Items,
            _ => [],
        });
}
