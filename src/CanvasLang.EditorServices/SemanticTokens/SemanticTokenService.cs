using System.Collections.Immutable;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.SemanticTokens;

/// <summary>One classified token on one line.</summary>
public readonly record struct ClassifiedToken(int Line, int Character, int Length, int Type, int Modifiers);

/// <summary>
/// Classifies the words of a file for highlighting that knows meaning: a segment name vs an entry
/// id, a declaration vs a reference. The legend uses LSP's standard type names.
/// </summary>
public static class SemanticTokenService
{
    public static readonly ImmutableArray<string> TokenTypes = ["keyword", "modifier", "enumMember", "class", "property", "event", "string", "comment", "number"];
    public static readonly ImmutableArray<string> TokenModifiers = ["declaration"];

    private const int Keyword = 0, Modifier = 1, Value = 2, SegmentName = 3, EntryName = 4, CardName = 5, Str = 6, Comment = 7, Number = 8;
    private const int Declaration = 1;

    public static ImmutableArray<ClassifiedToken> Classify(SyntaxTree tree, SemanticModel? model)
    {
        var spans = new List<(TextSpan Span, int Type, int Modifiers)>();
        foreach (var comment in tree.Comments)
        {
            spans.Add((comment.Span, Comment, 0));
        }

        foreach (var declaration in tree.Declarations)
        {
            spans.Add((declaration.Keyword.Span, Keyword, 0));
            switch (declaration)
            {
                case TitleSyntax t:
                    AddString(t.Text);
                    break;
                case ImportSyntax i:
                    AddString(i.Path);
                    break;
                case SegmentSyntax s:
                    AddName(s.Name, SegmentName, Declaration);
                    AddString(s.Description);
                    s.Aliases.ToList().ForEach(AddString);
                    break;
                case BlockSyntax b:
                    AddName(b.Segment, SegmentName, 0);
                    foreach (var entry in b.Entries)
                    {
                        AddToken(entry.Qualifier, Modifier);
                        spans.Add((entry.Keyword.Span, Keyword, 0));
                        AddName(entry.Id, EntryName, Declaration);
                        AddString(entry.Text);
                        foreach (var attribute in entry.Attributes)
                        {
                            spans.Add((attribute.Keyword.Span, Keyword, 0));
                            AddToken(attribute.Value, attribute.Keyword.Text == "rank" ? Number : Value);
                            foreach (var reference in attribute.References)
                            {
                                AddName(reference, EntryName, 0);
                            }
                        }
                    }

                    break;
                case StatementSyntax s:
                    AddName(s.Segment, SegmentName, 0);
                    AddString(s.Text);
                    break;
                case TestSyntax t:
                    AddName(t.Name, CardName, Declaration);
                    AddName(t.Segment, SegmentName, 0);
                    AddFields(t.Fields);
                    break;
                case LearningSyntax l:
                    AddName(l.Name, CardName, Declaration);
                    AddName(l.Test, CardName, 0);
                    AddFields(l.Fields);
                    break;
                case PurposeSyntax p:
                    AddToken(p.Level, Modifier);
                    AddName(p.Segment, SegmentName, 0);
                    AddString(p.Text);
                    break;
                case BusinessModelSyntax m:
                    AddName(m.Name, CardName, Declaration);
                    foreach (var block in m.Blocks)
                    {
                        spans.Add((block.Keyword.Span, Keyword, 0));
                        block.References.ToList().ForEach(r => AddName(r, SegmentName, 0));
                        block.Items.ToList().ForEach(AddString);
                    }

                    break;
            }
        }

        return Encode(tree.Text, spans);

        void AddName(NameSyntax? name, int type, int modifiers)
        {
            if (name is not null)
            {
                // A name the binder resolved gets the kind of what it names (`profile x` names a segment).
                var resolved = model?.ResolvedNames.GetValueOrDefault(name)?.Kind switch
                {
                    SymbolKind.Segment => SegmentName,
                    SymbolKind.Entry => EntryName,
                    SymbolKind.Test or SymbolKind.Learning or SymbolKind.BusinessModel => CardName,
                    _ => type,
                };
                spans.Add((name.Span, resolved, modifiers));
            }
        }

        void AddString(StringSyntax? s)
        {
            if (s is not null)
            {
                spans.Add((s.Span, Str, 0));
            }
        }

        void AddToken(SyntaxToken? token, int type)
        {
            if (token is not null)
            {
                spans.Add((token.Span, type, 0));
            }
        }

        void AddFields(IEnumerable<FieldSyntax> fields)
        {
            foreach (var field in fields)
            {
                spans.Add((field.Keyword.Span, Keyword, 0));
                AddString(field.Text);
                AddToken(field.Value, field.Value is { } v && char.IsDigit(v.Text[0]) ? Number : Value);
            }
        }
    }

    /// <summary>Sorted, non-overlapping, one line each (clients cannot take multi-line tokens).</summary>
    private static ImmutableArray<ClassifiedToken> Encode(SourceText text, List<(TextSpan Span, int Type, int Modifiers)> spans)
    {
        var result = ImmutableArray.CreateBuilder<ClassifiedToken>(spans.Count);
        var last = -1;
        foreach (var (span, type, modifiers) in spans.Where(s => s.Span.Length > 0).OrderBy(s => s.Span.Start))
        {
            if (span.Start < last)
            {
                continue;
            }

            var start = span.Start;
            while (start < span.End)
            {
                var line = text.LineOf(start);
                var end = Math.Min(span.End, text.LineEnd(line));
                if (end > start)
                {
                    result.Add(new ClassifiedToken(line, start - text.LineStart(line), end - start, type, modifiers));
                }

                if (line + 1 >= text.LineCount)
                {
                    break;
                }

                start = Math.Max(end, text.LineStart(line + 1));
            }

            last = span.End;
        }

        return result.ToImmutable();
    }
}
