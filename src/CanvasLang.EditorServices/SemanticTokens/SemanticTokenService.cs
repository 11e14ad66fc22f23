using System.Collections.Immutable;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax;
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
        var classifier = new Classifier(model);
        foreach (var comment in tree.Comments)
        {
            classifier.Spans.Add((comment.Span, Comment, 0));
        }

        foreach (var declaration in tree.Declarations)
        {
            classifier.Spans.Add((declaration.Keyword.Span, Keyword, 0));
            classifier.Visit(declaration);
        }

        return Encode(tree.Text, classifier.Spans);
    }

    /// <summary>The spans of one file's declarations, each kind in its own method.</summary>
    private sealed class Classifier(SemanticModel? model) : DeclarationWalker
    {
        public List<(TextSpan Span, int Type, int Modifiers)> Spans { get; } = [];

        public override void VisitTitle(TitleSyntax title) => AddString(title.Text);

        public override void VisitImport(ImportSyntax import) => AddString(import.Path);

        public override void VisitSegment(SegmentSyntax segment)
        {
            AddName(segment.Name, SegmentName, Declaration);
            AddString(segment.Description);
            segment.Aliases.ToList().ForEach(AddString);
        }

        public override void VisitProfile(ProfileSyntax profile) => AddBlock(profile);

        public override void VisitValueMap(ValueMapSyntax valueMap) => AddBlock(valueMap);

        public override void VisitStatement(StatementSyntax statement)
        {
            AddName(statement.Segment, SegmentName, 0);
            AddString(statement.Text);
        }

        public override void VisitTest(TestSyntax test) => AddCard(test);

        public override void VisitLearning(LearningSyntax learning)
        {
            AddName(learning.Name, CardName, Declaration);
            AddName(learning.Test, CardName, 0);
            AddFields(learning.Fields);
        }

        public override void VisitPurpose(PurposeSyntax purpose)
        {
            AddToken(purpose.Level, Modifier);
            AddName(purpose.Segment, SegmentName, 0);
            AddString(purpose.Text);
        }

        public override void VisitBusinessModel(BusinessModelSyntax model)
        {
            AddName(model.Name, CardName, Declaration);
            foreach (var block in model.Blocks)
            {
                Spans.Add((block.Keyword.Span, Keyword, 0));
                block.References.ToList().ForEach(r => AddName(r, SegmentName, 0));
                block.Items.ToList().ForEach(AddString);
            }
        }

        public override void VisitPersona(PersonaSyntax persona) => AddCard(persona);

        public override void VisitAssumption(AssumptionSyntax assumption) => AddCard(assumption);

        public override void VisitPositioning(PositioningSyntax positioning) => AddCard(positioning);

        public override void VisitEmpathyMap(EmpathyMapSyntax map) => AddCard(map);

        // `fit X` names the segment: a reference, not a declaration.
        public override void VisitFitStage(FitStageSyntax fit)
        {
            AddName(fit.Name, SegmentName, 0);
            AddFields(fit.Fields);
        }

        public override void VisitInterview(InterviewSyntax interview) => AddCard(interview);

        public override void VisitSwot(SwotSyntax swot)
        {
            AddName(swot.Name, CardName, Declaration);
            AddName(swot.Segment, SegmentName, 0);
            AddEntries(swot.Items);
        }

        public override void VisitMetrics(MetricsSyntax metrics)
        {
            AddName(metrics.Name, CardName, Declaration);
            AddName(metrics.Segment, SegmentName, 0);
            AddEntries(metrics.Items);
        }

        private void AddCard(CardSyntax card)
        {
            AddName(card.Name, CardName, Declaration);
            AddName(card.Segment, SegmentName, 0);
            AddFields(card.Fields);
        }

        private void AddBlock(BlockSyntax block)
        {
            AddName(block.Segment, SegmentName, 0);
            AddEntries(block.Entries);
        }

        // Entries of a profile or value map, a SWOT's items and metrics: qualifier, keyword, id, text, attributes.
        private void AddEntries(IEnumerable<EntrySyntax> entries)
        {
            foreach (var entry in entries)
            {
                AddToken(entry.Qualifier, Modifier);
                Spans.Add((entry.Keyword.Span, Keyword, 0));
                AddName(entry.Id, EntryName, Declaration);
                AddString(entry.Text);
                foreach (var attribute in entry.Attributes)
                {
                    Spans.Add((attribute.Keyword.Span, Keyword, 0));
                    // A metric's target is a quoted text; numbers and words are values.
                    AddToken(attribute.Value, LanguageTable.Attribute(attribute.Keyword.Text)?.Value switch { ValueKind.Number => Number, ValueKind.Text => Str, _ => Value });
                    foreach (var reference in attribute.References)
                    {
                        AddName(reference, EntryName, 0);
                    }
                }
            }
        }

        private void AddName(NameSyntax? name, int type, int modifiers)
        {
            if (name is not null)
            {
                // A name the binder resolved gets the kind of what it names (`profile x` names a segment).
                var resolved = model?.ResolvedNames.GetValueOrDefault(name)?.Kind switch
                {
                    SymbolKind.Segment => SegmentName,
                    SymbolKind.Entry or SymbolKind.SwotItem or SymbolKind.Metric => EntryName,
                    SymbolKind.Test or SymbolKind.Learning or SymbolKind.BusinessModel or SymbolKind.Persona or SymbolKind.Interview or SymbolKind.Assumption
                        or SymbolKind.Positioning or SymbolKind.EmpathyMap or SymbolKind.Swot or SymbolKind.Metrics => CardName,
                    _ => type,
                };
                Spans.Add((name.Span, resolved, modifiers));
            }
        }

        private void AddString(StringSyntax? s)
        {
            if (s is not null)
            {
                Spans.Add((s.Span, Str, 0));
            }
        }

        private void AddToken(SyntaxToken? token, int type)
        {
            if (token is not null)
            {
                Spans.Add((token.Span, type, 0));
            }
        }

        private void AddFields(IEnumerable<FieldSyntax> fields)
        {
            foreach (var field in fields)
            {
                Spans.Add((field.Keyword.Span, Keyword, 0));
                AddString(field.Text);
                AddToken(field.Value, field.Value is { } v && char.IsDigit(v.Text[0]) ? Number : Value);
                foreach (var reference in field.References)
                {
                    AddName(reference, CardName, 0);
                }
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
