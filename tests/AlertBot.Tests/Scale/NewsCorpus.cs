using AlertBot.Alerts;
using AlertBot.Tests.Ingestion.Feeds.Support;

namespace AlertBot.Tests.Scale;

/// <summary>
/// 200 articles: 40 developments, one per city, each reported by all 5 outlets in nearly the same words (only the
/// closing sentence differs, so each report is an article of its own). Whatever detection makes of them, two alerts
/// of one city with one headline can only come from two workers merging its reports at once.
/// </summary>
public static class NewsCorpus
{
    public const int Outlets = 5;

    public static readonly IReadOnlyList<string> Cities =
    [
        "Kharkiv", "Odesa", "Lyon", "Marseille", "Toulouse", "Hamburg", "Munich", "Cologne", "Milan", "Naples",
        "Madrid", "Barcelona", "Valencia", "Seville", "Lisbon", "Porto", "Warsaw", "Krakow", "Prague", "Vienna",
        "Budapest", "Bucharest", "Sofia", "Athens", "Istanbul", "Ankara", "Cairo", "Lagos", "Nairobi", "Karachi",
        "Lahore", "Mumbai", "Dhaka", "Jakarta", "Manila", "Osaka", "Seoul", "Sydney", "Toronto", "Chicago",
    ];

    private static readonly (string Title, string Body)[] Events =
    [
        ("Explosion hits {0} power station", "A large explosion hit the main power station in {0} on Monday, killing {1} workers, the governor said."),
        ("Floods kill {1} people in {0}", "Floods swept through {0} on Monday, killing {1} people and forcing thousands from their homes, officials said."),
        ("Earthquake strikes {0}, killing {1}", "A powerful earthquake struck {0} on Monday, destroying buildings and killing at least {1} people, the emergency service said."),
        ("Fire destroys central market in {0}", "A huge fire destroyed the central market in {0} on Monday, killing {1} traders, firefighters said."),
        ("Train derails near {0}, killing {1}", "A passenger train derailed near {0} on Monday, killing {1} passengers, the railway operator said."),
        ("Police arrest the mayor of {0}", "Police arrested the mayor of {0} on Monday on corruption charges, prosecutors said."),
        ("Bridge collapses in {0}, killing {1}", "A road bridge collapsed in {0} on Monday, killing {1} drivers, the city council said."),
        ("Gunmen attack hotel in {0}", "Gunmen attacked a hotel in {0} on Monday, killing {1} guests, police said."),
    ];

    private static readonly string[] Closings =
    [
        "More details are expected later.", "Rescue work continued into the night.", "The cause was not immediately known.",
        "Hospitals in the area were on alert.", "Officials gave no further details.",
    ];

    public static string Outlet(int outlet) => "Outlet " + (char)('A' + outlet);

    public static string FeedPath(int outlet) => $"/feeds/{outlet}.rss";

    /// <summary>One outlet's reports, published a minute apart from <paramref name="start"/>.</summary>
    public static IReadOnlyList<IncomingArticle> Reports(int outlet, DateTimeOffset start) =>
        Cities.Select((city, i) =>
        {
            var (title, body) = Events[i % Events.Length];
            var dead = 3 + (i % 5);
            return new IncomingArticle(
                $"https://outlet{outlet}.example/{i}", Outlet(outlet), string.Format(System.Globalization.CultureInfo.InvariantCulture, title, city, dead),
                string.Format(System.Globalization.CultureInfo.InvariantCulture, body, city, dead) + " " + Closings[outlet],
                $"https://outlet{outlet}.example/{i}", start.AddMinutes(i));
        }).ToList();

    public static string Rss(int outlet, DateTimeOffset start) =>
        FeedXml.Rss(Reports(outlet, start).Select(a => (a.Title, a.Url!, a.Published, a.Body)).ToArray());
}
