using System.Xml;
using CanvasLang.EditorServices.Rendering;

namespace CanvasLang.EditorServices.Tests.Rendering;

/// <summary>
/// Whatever a canvas string holds, the SVG is well-formed XML and the HTML page carries only
/// characters XML allows (issue 14, item 3): the ones XML 1.0 cannot carry, even escaped, are drawn visibly.
/// </summary>
public class XmlCharacterTests
{
    /// <summary>Every character XML 1.0 refuses that a canvas string can hold (NUL makes the file binary).</summary>
    public static TheoryData<int> Refused()
    {
        var data = new TheoryData<int>();
        foreach (var c in Enumerable.Range(1, 0x1F).Where(c => c is not ('\t' or '\n' or '\r')).Concat([0xFFFE, 0xFFFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF]))
        {
            data.Add(c);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Every_string_of_the_canvas_renders_to_well_formed_xml(int code)
    {
        var c = ((char)code).ToString();
        var text = $$"""
            title "Night{{c}}bakery"
            segment riders "Riders{{c}} who" aka "bi{{c}}kers"
            statement riders "We{{c}}promise"
            purpose company "Feed{{c}}everyone"
            purpose customer riders "Ride{{c}}on"
            profile riders {
              functional job ride "Ride{{c}}to work" importance critical
              pain flat "Flat{{c}}tyre" severity extreme
              gain fast "Fast{{c}}ride" relevance essential
            }
            valuemap riders {
              service fix "Fix{{c}}it" serves ride
              reliever spare "Spare{{c}}tube" relieves flat
              creator lane "Bike{{c}}lane" creates fast
            }
            businessmodel shop {
              segments riders
              channels "Work{{c}}shop"
            }
            test t for riders {
              hypothesis "Riders{{c}}pay"
            }
            learning l from t {
              insight "They{{c}}do"
            }
            persona pat for riders {
              goal "Pat{{c}}goal"
              frustration "Pat{{c}}frustration"
              behaviour "Pat{{c}}behaviour"
              quote "Pat{{c}}quote"
              trait "Pat{{c}}trait"
              basedon t
            }
            persona lone {
              goal "Lone{{c}}goal"
            }
            """;
        var analysis = RenderSamples.Analyze(text);
        var svg = CanvasRenderer.RenderSvg(analysis);
        Parse(svg);
        var html = CanvasRenderer.RenderHtml(analysis);
        XmlConvert.VerifyXmlChars(html);
        Parse(html[html.IndexOf("<svg", StringComparison.Ordinal)..(html.IndexOf("</svg>", StringComparison.Ordinal) + "</svg>".Length)]);

        // Drawn where it stood, as something a reader can see.
        var shown = MarkupText.Visible(c);
        shown.ShouldNotBe(c);
        svg.ShouldContain($"Flat{shown}tyre");
        svg.ShouldContain($"Pat{shown}quote");
        svg.ShouldContain($"Lone{shown}goal");
        shown.ShouldBe(code < 0x20 ? ((char)(0x2400 + code)).ToString() : "\uFFFD");
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_stray_character_quoted_in_the_syntax_error_banner_keeps_the_svg_well_formed(int code)
    {
        var analysis = RenderSamples.Analyze($"segment riders\nprofile riders {{\n  pain flat \"Flat\" {(char)code}\n}}\n");
        if (code != 0x0C)
        {
            analysis.Tree.Diagnostics.ShouldNotBeEmpty(); // U+000C is white space to the lexer: no error to show.
        }

        Parse(CanvasRenderer.RenderSvg(analysis));
        XmlConvert.VerifyXmlChars(CanvasRenderer.RenderHtml(analysis));
    }

    [Fact]
    public void Pairs_and_allowed_characters_pass_through_unchanged()
    {
        MarkupText.Visible("tab\tline\ncr\r emoji 🚲 é ￼").ShouldBe("tab\tline\ncr\r emoji 🚲 é ￼");
        MarkupText.Visible("\uD83D\uDEB2\uD83D").ShouldBe("🚲\uFFFD");
    }

    private static void Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
        }
    }
}
