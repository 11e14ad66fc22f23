using System.Text;
using CanvasLang.LanguageServer.Tests.Client;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Tests;

/// <summary>
/// `canvaslang/render` heeds `$/cancelRequest` (issue 14, item 4): a render cancelled while it draws
/// stops and is answered RequestCancelled (-32800), and the server goes on serving.
/// </summary>
public sealed class RenderCancellationTests
{
    private const int RequestCancelled = -32800;

    [Theory]
    [InlineData("svg")]
    [InlineData("html")]
    public async Task A_render_cancelled_while_it_draws_is_answered_request_cancelled(string format)
    {
        await using var session = await ServerSession.StartAsync();
        var uri = await session.OpenAsync("crowd.canvas", Crowd(8_000));
        await session.DiagnosticsAsync(uri, 1);

        // The cancel is sent as drawing starts, and drawing goes on only once the server has read it:
        // the render (not the analysis) must notice it and stop, whatever the machine's speed.
        const int id = 7001;
        session.Server.RenderStarting = token =>
        {
            session.Client.NotifyAsync("$/cancelRequest", new { id }).GetAwaiter().GetResult();
            token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30)).ShouldBeTrue("the server never read the $/cancelRequest");
        };
        var response = await session.Client.RequestAsync("canvaslang/render", new { uri, format }, id);
        session.Server.RenderStarting = null;

        response["result"].ShouldBeNull();
        response["error"]!["code"]!.Value<int>().ShouldBe(RequestCancelled);
        response["error"]!["message"]!.ToString().ShouldNotContain("   at ");

        var small = await session.OpenAsync("small.canvas", Samples.Coffee);
        (await session.Client.CallAsync("canvaslang/render", new { uri = small, format }))["content"]!.ToString().ShouldContain("<svg");
    }

    /// <summary>Thousands of products in one area: drawing them takes long enough for a cancel to arrive first.</summary>
    private static string Crowd(int count)
    {
        var s = new StringBuilder("segment crowd \"Commuters\"\nvaluemap crowd {\n");
        for (var i = 0; i < count; i++)
        {
            s.Append($"  product o{i} \"Pre-order app number {i} with saved favourites and a pickup slot at the station\"\n");
        }

        return s.Append("}\n").ToString();
    }
}
