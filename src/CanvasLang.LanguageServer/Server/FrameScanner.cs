using System.Buffers;
using System.Text;
using Newtonsoft.Json;
using StreamJsonRpc;

namespace CanvasLang.LanguageServer.Server;

/// <summary>
/// Byte-level reading of LSP frames that a client got wrong: finding the next <c>Content-Length:</c>
/// header (to resynchronise after a wrong length or stray bytes), and measuring a body's nesting
/// before any recursive JSON code sees it.
/// </summary>
internal static class FrameScanner
{
    /// <summary>
    /// Deeper than this, a message is refused before deserialization: Newtonsoft's token code
    /// recurses per level and overflows the stack at some thousands, which kills the process.
    /// LSP messages nest about ten levels; 64 is also Newtonsoft's own default reader limit.
    /// </summary>
    public const int MaxDepth = 64;

    private static readonly SearchValues<byte> Structure = SearchValues.Create("\"[]{}"u8);

    private static readonly SearchValues<byte> InString = SearchValues.Create("\"\\"u8);

    public enum Match
    {
        NotHeader,
        Header,
        Undecided,
    }

    private static ReadOnlySpan<byte> HeaderName => "Content-Length:"u8;

    /// <summary>
    /// The offset of the first <c>Content-Length: digits</c> line that starts in [<paramref name="from"/>,
    /// <paramref name="before"/>), or -1. Valid JSON cannot hold one (a line break inside a string is
    /// escaped, and the name is not a JSON token), so one inside a body means its length was wrong.
    /// <paramref name="resume"/> is where a later search, with more bytes, must start again.
    /// </summary>
    public static long FindHeader(ReadOnlySequence<byte> buffer, long from, long before, out long resume)
    {
        var reader = new SequenceReader<byte>(buffer);
        reader.Advance(Math.Min(from, buffer.Length));
        while (reader.TryAdvanceTo((byte)'C', advancePastDelimiter: false))
        {
            var at = reader.Consumed;
            if (at >= before)
            {
                resume = before;
                return -1;
            }

            // Too few bytes to tell: undecided only while what has arrived is the start of the name.
            var found = reader.Remaining < HeaderName.Length ? (HeaderName.StartsWith(buffer.Slice(at).ToArray()) ? Match.Undecided : Match.NotHeader)
                : !reader.IsNext(HeaderName) ? Match.NotHeader
                : Confirm(buffer.Slice(at + HeaderName.Length));
            if (found != Match.NotHeader)
            {
                resume = at;
                return found == Match.Header ? at : -1;
            }

            reader.Advance(1);
        }

        resume = Math.Min(before, buffer.Length);
        return -1;
    }

    /// <summary>Whether the bytes at the start of <paramref name="buffer"/> begin a header line (a field name and a colon).</summary>
    public static Match StartsHeaderLine(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        var name = 0;
        while (reader.TryRead(out var b))
        {
            if (b == ':')
            {
                return name > 0 ? Match.Header : Match.NotHeader;
            }

            // An RFC 9110 token: letters, digits and a few marks; anything else is not a field name.
            if (!(char.IsAsciiLetterOrDigit((char)b) || "!#$%&'*+-.^_`|~"u8.Contains(b)) || ++name > 256)
            {
                return Match.NotHeader;
            }
        }

        return Match.Undecided;
    }

    /// <summary>Whether the JSON in <paramref name="body"/> opens more than <see cref="MaxDepth"/> arrays and objects at once.</summary>
    public static bool TooDeep(ReadOnlySequence<byte> body)
    {
        var depth = 0;
        var inString = false;
        var escaped = false;
        foreach (var memory in body)
        {
            var span = memory.Span;
            var i = 0;
            while (i < span.Length)
            {
                if (escaped)
                {
                    escaped = false;
                    i++;
                    continue;
                }

                var next = inString ? span[i..].IndexOfAny(InString) : span[i..].IndexOfAny(Structure);
                if (next < 0)
                {
                    break;
                }

                i += next;
                switch (span[i])
                {
                    case (byte)'\\':
                        escaped = true;
                        break;
                    case (byte)'"':
                        inString = !inString;
                        break;
                    case (byte)'[' or (byte)'{':
                        if (++depth > MaxDepth)
                        {
                            return true;
                        }

                        break;
                    default:
                        depth--;
                        break;
                }

                i++;
            }
        }

        return false;
    }

    /// <summary>
    /// The id and whether there is a method, read from the top level of a message too deep to
    /// deserialize. Newtonsoft's reader keeps its nesting in a list, and skipping is a loop, so this
    /// does not recurse.
    /// </summary>
    public static (RequestId? Id, bool HasMethod) Envelope(ReadOnlySequence<byte> body)
    {
        RequestId? id = null;
        var hasMethod = false;
        using var json = new JsonTextReader(new StreamReader(new MemoryStream(body.ToArray()), Encoding.UTF8)) { MaxDepth = null, DateParseHandling = DateParseHandling.None };
        try
        {
            if (!json.Read() || json.TokenType != JsonToken.StartObject)
            {
                return (null, false);
            }

            while (json.Read() && json.TokenType == JsonToken.PropertyName)
            {
                var name = (string?)json.Value;
                json.Read();
                if (name == "id")
                {
                    id = json.TokenType switch
                    {
                        JsonToken.Integer when json.Value is long number => new RequestId(number),
                        JsonToken.String => new RequestId((string?)json.Value),
                        _ => null,
                    };
                }
                else if (name == "method")
                {
                    hasMethod = json.TokenType == JsonToken.String;
                }

                json.Skip();
            }
        }
        catch (JsonReaderException)
        {
            // What was read so far is all there is to answer with.
        }

        return (id, hasMethod);
    }

    /// <summary>After the name: optional blanks, 1–10 digits, optional blanks, a line break.</summary>
    private static Match Confirm(ReadOnlySequence<byte> rest)
    {
        var reader = new SequenceReader<byte>(rest);
        reader.AdvancePastAny((byte)' ', (byte)'\t');
        var digits = reader.AdvancePastAny("0123456789"u8);
        if (reader.End)
        {
            return digits <= 10 ? Match.Undecided : Match.NotHeader;
        }

        if (digits is 0 or > 10)
        {
            return Match.NotHeader;
        }

        reader.AdvancePastAny((byte)' ', (byte)'\t');
        return !reader.TryPeek(out var b) ? Match.Undecided
            : b is (byte)'\r' or (byte)'\n' ? Match.Header
            : Match.NotHeader;
    }
}
