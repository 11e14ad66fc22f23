using System.Net;
using System.Text;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>
/// Text as it goes into the SVG and the HTML page. XML 1.0 cannot carry the C0 controls other than tab,
/// line feed and carriage return, U+FFFE, U+FFFF or a lone surrogate, not even as a character
/// reference, yet canvas strings may hold them: they are drawn visibly instead, a control as its
/// Unicode control picture (U+000B as ␋), the others as the replacement character �.
/// </summary>
internal static class MarkupText
{
    /// <summary>Escaped for element content and attribute values, with every character XML allows.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(Visible(text));

    public static string Visible(string text)
    {
        var first = FirstInvalid(text);
        if (first < 0)
        {
            return text;
        }

        var s = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                s.Append(c).Append(text[++i]);
            }
            else if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                s.Append((char)('\u2400' + c));
            }
            else
            {
                s.Append(char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' ? '\uFFFD' : c);
            }
        }

        return s.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' ? c is not ('\t' or '\n' or '\r') : c is '\uFFFE' or '\uFFFF' || char.IsLowSurrogate(c))
            {
                return i;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }
}
