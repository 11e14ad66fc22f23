using System.Text;

namespace CanvasLang.Benchmarks;

/// <summary>
/// A realistic canvas of a given size: one segment, a third of the entries each in jobs, pains and
/// gains, and a value map addressing them, with varied wording so text rules do real work.
/// </summary>
public static class GeneratedCanvas
{
    private static readonly string[] Situations = ["on the night shift", "before the 7:00 handover", "in the pharmacy queue", "on ward 4", "during the ward round", "after a 12-hour shift"];
    private static readonly string[] Objects = ["medication chart", "handover sheet", "pager", "drug trolley", "patient wristband", "fluid balance chart"];

    public static string Create(int entries)
    {
        var perArea = Math.Max(1, entries / 6);
        var text = new StringBuilder();
        text.AppendLine("title \"Generated benchmark canvas\"");
        text.AppendLine("segment nurses \"Night-shift nurses on surgical wards\" aka \"night nurses\"");
        text.AppendLine("profile nurses {");
        for (var i = 0; i < perArea; i++)
        {
            var situation = Situations[i % Situations.Length];
            var thing = Objects[(i / Situations.Length) % Objects.Length];
            text.AppendLine($"  functional job j{i} \"Update the {thing} for bed {i} {situation}\" importance high");
            text.AppendLine($"  pain p{i} \"Waiting {i % 40 + 5} minutes for the {thing} {situation}\" severity extreme");
            text.AppendLine($"  gain g{i} \"The {thing} for bed {i} is checked in under {i % 9 + 2} minutes\" relevance essential");
        }

        text.AppendLine("}");
        text.AppendLine("valuemap nurses {");
        for (var i = 0; i < perArea; i++)
        {
            var thing = Objects[(i / Situations.Length) % Objects.Length];
            text.AppendLine($"  digital product a{i} \"Bedside tablet view of the {thing} for bed {i}\" serves j{i}");
            text.AppendLine($"  reliever r{i} \"Scanning the wristband fills the {thing} in {i % 5 + 1} taps\" relieves p{i}");
            text.AppendLine($"  creator c{i} \"Checks run while the nurse walks to bed {i}\" creates g{i}");
        }

        text.AppendLine("}");
        return text.ToString();
    }
}
