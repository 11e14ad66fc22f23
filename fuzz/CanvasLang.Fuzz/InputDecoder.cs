using System.Text;

namespace CanvasLang.Fuzz;

/// <summary>
/// Bytes to the string the library is given. UTF-8 with replacement characters for what is not
/// UTF-8, except that an encoded surrogate (ED A0–BF xx, as WTF-8 writes it) becomes that lone
/// surrogate: the library API takes any .NET string, and lone surrogates once crashed the formatter.
/// </summary>
internal static class InputDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        var start = 0;
        for (var i = 0; i + 2 < bytes.Length; i++)
        {
            if (bytes[i] == 0xED && bytes[i + 1] is >= 0xA0 and <= 0xBF && bytes[i + 2] is >= 0x80 and <= 0xBF)
            {
                builder.Append(Encoding.UTF8.GetString(bytes[start..i]));
                builder.Append((char)(0xD000 | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F)));
                i += 2;
                start = i + 1;
            }
        }

        builder.Append(Encoding.UTF8.GetString(bytes[start..]));
        return builder.ToString();
    }
}
