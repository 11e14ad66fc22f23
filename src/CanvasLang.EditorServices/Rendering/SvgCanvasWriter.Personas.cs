using System.Globalization;
using System.Text;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>
/// Persona cards in the SVG. A card carries data-line (the persona's declaration) and each of its
/// lines the line of the field it shows, so a click in the preview reveals that field.
/// </summary>
internal static partial class SvgCanvasWriter
{
    private static void WritePersonas(StringBuilder svg, PersonaShelf shelf)
    {
        var box = shelf.Box;
        svg.Append(CultureInfo.InvariantCulture,
            $"<g class=\"personas\" data-x=\"{N(box.X)}\" data-y=\"{N(box.Y)}\" data-width=\"{N(box.Width)}\" data-height=\"{N(box.Height)}\">\n");
        if (shelf.Label is { } label)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"cl-area-label\" x=\"{N(box.X)}\" y=\"{N(box.Y + 18)}\" font-size=\"14\">{E(label)}</text>\n");
        }

        foreach (var card in shelf.Cards)
        {
            WritePersona(svg, card);
        }

        svg.Append("</g>\n");
    }

    private static void WritePersona(StringBuilder svg, PersonaCard card)
    {
        var box = card.Box;
        var segment = card.Segment is { } s ? $" data-segment=\"{E(s)}\"" : string.Empty;
        svg.Append(CultureInfo.InvariantCulture,
            $"<g class=\"persona\" data-line=\"{card.Line}\" data-key=\"persona-{E(card.Name)}\" data-persona=\"{E(card.Name)}\"{segment}>\n");
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect class=\"cl-persona\" x=\"{N(box.X)}\" y=\"{N(box.Y)}\" width=\"{N(box.Width)}\" height=\"{N(box.Height)}\" rx=\"4\"/>\n");
        foreach (var line in card.Lines)
        {
            var weight = line.Bold ? " font-weight=\"700\" data-bold=\"1\"" : string.Empty;
            var style = line.Italic ? " font-style=\"italic\"" : string.Empty;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"{line.Class}\" x=\"{N(line.X)}\" y=\"{N(line.Y)}\" font-size=\"{N(line.FontSize)}\"{weight}{style} data-line=\"{line.Line}\">{E(line.Text)}</text>\n");
        }

        svg.Append("</g>\n");
    }
}
