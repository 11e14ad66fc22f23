using CanvasLang.Syntax.Text;
using Lsp = CanvasLang.LanguageServer.Protocol;

namespace CanvasLang.LanguageServer.Server;

/// <summary>Spans and offsets to LSP ranges and positions (UTF-16, as both sides count), clamped rather than thrown on.</summary>
internal static class Convert
{
    public static Lsp.Position Position(SourceText text, int offset)
    {
        var p = text.GetPosition(offset);
        return new Lsp.Position { Line = p.Line, Character = p.Character };
    }

    public static Lsp.Range Range(SourceText text, TextSpan span) =>
        new() { Start = Position(text, span.Start), End = Position(text, span.End) };

    public static int Offset(SourceText text, Lsp.Position? position) =>
        position is null ? 0 : text.GetOffset(new LinePosition(position.Line, position.Character));

    public static TextSpan Span(SourceText text, Lsp.Range? range)
    {
        if (range is null)
        {
            return new TextSpan(0, text.Length);
        }

        var start = Offset(text, range.Start);
        return TextSpan.FromBounds(start, Math.Max(start, Offset(text, range.End)));
    }

    public static LinePositionSpan LineSpan(Lsp.Range range) =>
        new(new LinePosition(range.Start.Line, range.Start.Character), new LinePosition(range.End.Line, range.End.Character));

    public static Lsp.TextEdit Edit(SourceText text, Syntax.Text.TextEdit edit) =>
        new() { Range = Range(text, edit.Span), NewText = edit.NewText };
}
