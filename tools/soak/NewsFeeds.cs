using System.Globalization;
using System.Net;
using System.Text;
using AlertBot.Tests.Ingestion.Feeds.Support;
using Microsoft.AspNetCore.Http;

namespace AlertBot.Soak;

/// <summary>
/// Outlets on the local feed server: breaking news written from templates (each development reported by one
/// outlet, often confirmed by another in other words), plus an outlet that writes broken items and a feed that
/// answers 500 or garbage.
/// </summary>
internal sealed class NewsFeeds(FeedServer server, Random random)
{
    public static readonly string[] Outlets = ["wire-a", "wire-b", "wire-c"];

    private static readonly string[] Cities =
    [
        "Kharkiv", "Homs", "Aleppo", "Odesa", "Mosul", "Lyon", "Marseille", "Idlib", "Kherson", "Mariupol", "Dnipro", "Lviv",
        "Benghazi", "Khartoum", "Mogadishu", "Kabul", "Kandahar", "Basra", "Kirkuk", "Raqqa", "Latakia", "Hama", "Zaporizhzhia",
    ];

    /// <summary>Headline and body as the first outlet writes it, then as a second outlet does.</summary>
    private static readonly (string Title, string Body, string OtherTitle, string OtherBody)[] Templates =
    [
        ("Rebels take full control of {0}", "Rebels took full control of {0} on Sunday after days of fighting, residents and a monitoring group said.",
         "Opposition fighters seize {0}", "Opposition fighters seized {0} on Sunday, residents told reporters, after government forces withdrew."),
        ("Explosion hits power station in {0}, killing {1}", "A large explosion hit the main power station in {0} on Monday, killing {1} workers, the governor said.",
         "Blast at {0} power plant kills {1}", "A powerful blast hit the main power plant in {0} on Monday, killing {1} workers, officials said."),
        ("Earthquake strikes near {0}, killing {1}", "An earthquake of magnitude 6.1 struck near {0} on Tuesday, killing at least {1} people, officials said.",
         "Deadly quake hits {0}", "A strong earthquake hit {0} on Tuesday and killed at least {1} people, the civil defence agency said."),
        ("Floods kill {1} in {0}", "Flash floods killed {1} people in {0} on Wednesday after torrential rain, the health ministry said.",
         "{1} dead as floods sweep {0}", "Floodwaters swept through {0} on Wednesday, leaving {1} people dead, rescue workers said."),
    ];

    private readonly object _gate = new();
    private readonly Dictionary<string, List<string>> _items = Outlets.ToDictionary(o => o, _ => new List<string>());
    private readonly List<(DateTimeOffset Due, string Outlet, string Item)> _later = [];
    private int _next;
    private bool _brokenTurn;

    public int Developments { get; private set; }

    public void Map()
    {
        foreach (var outlet in Outlets)
        {
            server.Map("/" + outlet, async context =>
            {
                context.Response.ContentType = "application/rss+xml; charset=utf-8";
                await context.Response.WriteAsync(Document(outlet));
            });
        }

        server.Map("/odd", async context =>
        {
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            await context.Response.WriteAsync(OddDocument());
        });
        server.Map("/broken", async context =>
        {
            _brokenTurn = !_brokenTurn;
            context.Response.StatusCode = _brokenTurn ? 500 : 200;
            await context.Response.WriteAsync(_brokenTurn ? "Internal Server Error" : "<rss><channel><item><title>cut off");
        });
    }

    /// <summary>A new development: reported now by one outlet and, more often than not, by another a little later.</summary>
    public void Publish(DateTimeOffset now)
    {
        var (city, template, n) = NextDevelopment();
        var first = Outlets[random.Next(Outlets.Length)];
        var link = $"https://{first}.example/{Developments}";
        lock (_gate)
        {
            _items[first].Add(Item(string.Format(CultureInfo.InvariantCulture, template.Title, city, n), link, now, string.Format(CultureInfo.InvariantCulture, template.Body, city, n)));
            if (random.NextDouble() < 0.6)
            {
                var second = Outlets.Where(o => o != first).ElementAt(random.Next(Outlets.Length - 1));
                var later = now.AddSeconds(20 + random.Next(40));
                _later.Add((later, second, Item(string.Format(CultureInfo.InvariantCulture, template.OtherTitle, city, n), $"https://{second}.example/{Developments}", later, string.Format(CultureInfo.InvariantCulture, template.OtherBody, city, n))));
            }
        }
    }

    /// <summary>Moves confirmations that are due into their outlets' feeds.</summary>
    public void Release(DateTimeOffset now)
    {
        lock (_gate)
        {
            foreach (var due in _later.Where(l => l.Due <= now).ToList())
            {
                _items[due.Outlet].Add(due.Item);
                _later.Remove(due);
            }
        }
    }

    /// <summary>An inbox article of its own development, as a .txt file's text.</summary>
    public string InboxArticle()
    {
        var (city, template, n) = NextDevelopment();
        return string.Format(CultureInfo.InvariantCulture, template.Title, city, n) + "\n\n" + string.Format(CultureInfo.InvariantCulture, template.Body, city, n) + "\n";
    }

    private (string City, (string Title, string Body, string OtherTitle, string OtherBody) Template, int N) NextDevelopment()
    {
        lock (_gate)
        {
            var index = _next++;
            Developments++;
            return (Cities[index % Cities.Length], Templates[index / Cities.Length % Templates.Length], 3 + (index % 17));
        }
    }

    private string Document(string outlet)
    {
        lock (_gate)
        {
            return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>" + outlet + "</title>"
                + string.Concat(_items[outlet].TakeLast(30)) + "</channel></rss>";
        }
    }

    /// <summary>Items that broke the reader once: malformed dates, one guid for five items, fields of 5,000 characters.</summary>
    private static string OddDocument()
    {
        var text = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>odd</title>");
        foreach (var date in (string[])["Mon, 01 Jan 99999999999 10:00:00 GMT", "Sat, 01 Jan 0000 00:00:00 GMT", "Mon, 04 Mar 2024 09:00:00 +1430"])
        {
            text.Append(CultureInfo.InvariantCulture, $"<item><title>Dam bursts near Kherson after shelling</title><link>https://odd.example/{date.Length}</link><pubDate>{date}</pubDate><description>A dam burst near Kherson after overnight shelling, officials said.</description></item>");
        }

        for (var i = 0; i < 5; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<item><guid isPermaLink=\"false\">same</guid><title>Ferry sinks off Odesa, {i + 2} missing</title><link>https://odd.example/ferry-{i}</link><description>A ferry sank off Odesa, the coast guard said.</description></item>");
        }

        var huge = new string('x', 5_000);
        text.Append(CultureInfo.InvariantCulture, $"<item><title>Explosion hits Lviv rail depot {huge}</title><link>https://odd.example/{huge}</link><description>An explosion hit the main rail depot in Lviv, killing four workers, officials said. {huge}</description></item>");
        return text.Append("</channel></rss>").ToString();
    }

    private static string Item(string title, string link, DateTimeOffset published, string description) =>
        $"<item><title>{WebUtility.HtmlEncode(title)}</title><link>{link}</link><guid>{link}</guid>"
        + $"<pubDate>{published.ToString("r", CultureInfo.InvariantCulture)}</pubDate><description>{WebUtility.HtmlEncode(description)}</description></item>";
}
