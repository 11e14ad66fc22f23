using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV304: one half of a segment's canvas without the other, so fit cannot be checked.</summary>
public sealed class HalfCanvasRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV304", "half-canvas", DiagnosticSeverity.Info,
        "A segment with a customer profile and no value map, or a value map and no profile: fit can't be checked.");

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var profile in model.OwnProfiles)
        {
            if (model.Segments.ContainsKey(profile.SegmentName) && model.ValueMapOf(profile.SegmentName) is null)
            {
                context.Report(Anchors.Header(profile.Syntax),
                    $"`{profile.SegmentName}` has a customer profile but no value map: add `valuemap {profile.SegmentName}` (or import the file that has it) so fit can be checked");
            }
        }

        foreach (var map in model.OwnValueMaps)
        {
            if (model.Segments.ContainsKey(map.SegmentName) && model.ProfileOf(map.SegmentName) is null)
            {
                context.Report(Anchors.Header(map.Syntax),
                    $"`{map.SegmentName}` has a value map but no customer profile: add `profile {map.SegmentName}` (or import the file that has it) so fit can be checked");
            }
        }
    }
}
