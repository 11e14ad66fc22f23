namespace CanvasLang.EditorServices.Rendering;

/// <summary>Colours of the light and dark themes, written as CSS so the HTML page and the SVG share them.</summary>
internal static class CanvasThemes
{
    public static string Css(RenderTheme theme)
    {
        var t = theme == RenderTheme.Dark ? Dark : Light;
        return $$"""
            .cl-bg { fill: {{t.Background}}; }
            .cl-title { fill: {{t.Ink}}; font-weight: 700; }
            .cl-subtitle { fill: {{t.Muted}}; }
            .cl-page-title { fill: {{t.Ink}}; font-weight: 700; }
            .cl-caption { fill: {{t.Ink}}; }
            .cl-banner-box { fill: #b3261e; }
            .cl-banner-text { fill: #ffffff; }
            .cl-shape { fill: {{t.Paper}}; stroke: {{t.Line}}; stroke-width: 2.5; }
            .cl-divider { stroke: {{t.Line}}; stroke-width: 1.5; }
            .cl-area-label { fill: {{t.Ink}}; font-weight: 700; }
            .cl-area-box { fill: none; stroke: none; }
            .cl-board .cl-area-box, .cl-cards .cl-area-box, .cl-swot .cl-area-box, .cl-metrics .cl-area-box { fill: {{t.Paper}}; stroke: {{t.Line}}; stroke-width: 1.5; }
            .note rect.cl-note { stroke: {{t.NoteEdge}}; stroke-width: 0.8; }
            .note text { fill: {{t.NoteInk}}; }
            .note .cl-note-header { fill: {{t.NoteHeader}}; font-weight: 700; }
            .note.matched .cl-note-header { fill: {{t.Match}}; }
            .note.alert rect.cl-note { stroke: {{t.Alert}}; stroke-width: 2.4; stroke-dasharray: 5 3; }
            .note.alert .cl-note-header { fill: {{t.Alert}}; }
            .note.job rect.cl-note { fill: {{t.Job}}; }
            .note.pain rect.cl-note { fill: {{t.Pain}}; }
            .note.gain rect.cl-note { fill: {{t.Gain}}; }
            .note.offer rect.cl-note { fill: {{t.Offer}}; }
            .note.reliever rect.cl-note { fill: {{t.Reliever}}; }
            .note.creator rect.cl-note { fill: {{t.Creator}}; }
            .note.card rect.cl-note, .note.learning rect.cl-note, .note.action rect.cl-note, .note.metric rect.cl-note { fill: {{t.Card}}; }
            .note.strength rect.cl-note { fill: {{t.Gain}}; }
            .note.weakness rect.cl-note { fill: {{t.Pain}}; }
            .note.opportunity rect.cl-note { fill: {{t.Offer}}; }
            .note.threat rect.cl-note { fill: {{t.Reliever}}; }
            .cl-stripe.functional { fill: {{t.Functional}}; }
            .cl-stripe.social { fill: {{t.Social}}; }
            .cl-stripe.emotional { fill: {{t.Emotional}}; }
            .note.linked rect.cl-note, .note.hovered rect.cl-note { stroke: {{t.Highlight}}; stroke-width: 3; }
            .note.dimmed { opacity: 0.35; }
            .cl-legend { fill: {{t.Muted}}; }
            .persona rect.cl-persona { fill: {{t.Card}}; stroke: {{t.NoteEdge}}; stroke-width: 1; }
            .cl-persona-name { fill: {{t.Ink}}; font-weight: 700; }
            .cl-persona-traits, .cl-persona-small { fill: {{t.Muted}}; }
            .cl-persona-label { fill: {{t.NoteHeader}}; font-weight: 700; }
            .cl-persona-text { fill: {{t.Ink}}; }
            .cl-persona-quote { fill: {{t.Ink}}; font-style: italic; }
            .persona.linked rect.cl-persona, .persona.hovered rect.cl-persona { stroke: {{t.Highlight}}; stroke-width: 3; }
            .persona.dimmed { opacity: 0.35; }
            """;
    }

    public static string Background(RenderTheme theme) => (theme == RenderTheme.Dark ? Dark : Light).Background;

    public static string Ink(RenderTheme theme) => (theme == RenderTheme.Dark ? Dark : Light).Ink;

    private sealed record Palette(
        string Background, string Paper, string Ink, string Muted, string Line, string NoteEdge, string NoteInk, string NoteHeader,
        string Match, string Alert, string Highlight, string Job, string Pain, string Gain, string Offer, string Reliever, string Creator,
        string Card, string Functional, string Social, string Emotional);

    private static readonly Palette Light = new(
        "#f7f7f4", "#ffffff", "#1d2430", "#5b6472", "#3c4656", "#b9b39a", "#1d2430", "#4b5363",
        "#1d7a3a", "#c62828", "#1565c0", "#fff4b8", "#ffd9d6", "#d9f2d0", "#d7e7ff", "#ffe2c4", "#e8ddff",
        "#fffdf5", "#f2a900", "#d81b60", "#7e57c2");

    private static readonly Palette Dark = new(
        "#17191e", "#22252c", "#e8eaf0", "#a3a9b6", "#9aa3b5", "#4a4f5c", "#eef0f5", "#c3c8d4",
        "#7bdc93", "#ff7a70", "#64b5f6", "#4d4420", "#552b2b", "#27472a", "#233a59", "#583c22", "#3d3163",
        "#2c3038", "#f2c14e", "#f06292", "#b39ddb");
}
