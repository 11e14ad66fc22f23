namespace CanvasLang.LanguageServer.Tests;

/// <summary>Canvases the tests open.</summary>
internal static class Samples
{
    public const string Coffee = """
        title "Coffee to go"

        segment commuters "Urban commuters who buy coffee on the way to work" aka "commuter"

        profile commuters {
          functional job get_coffee "Buy a hot coffee between leaving home and boarding the 8:10 train" importance high
          emotional job feel_awake "Feel alert before the first meeting of the day" importance medium
          social job look_punctual "Be seen by colleagues as someone who is always on time"

          pain queue "Waiting more than 5 minutes in the queue and missing the train" severity extreme
          risk pain spill "Spilling hot coffee on work clothes on a crowded platform" severity moderate
          obstacle pain cash "The kiosk takes cash only, and I rarely carry any" severity extreme

          required gain ready "The coffee is ready the moment I walk in" relevance essential
          desired gain same_taste "My usual order tastes the same every day" relevance high
          unexpected gain remembered "The barista greets me by name and knows my usual" relevance nice
        }

        valuemap commuters {
          digital product app "Pre-order app with saved favourites" serves get_coffee relevance essential
          reliever preorder "Order ahead so the cup is waiting at pick-up" relieves queue
          creator one_tap "Repeat yesterday's order with one tap" creates ready, same_taste
        }
        """;
}
