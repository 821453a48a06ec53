using System.Text;
using AlertBot.Detection.Alerting;

namespace AlertBot.Alerts;

/// <summary>
/// What deciding on a development reads of the store: its first sources in the store's order, the alert columns of its
/// row and its places, each exactly as a read would give them. Immutable: a merge changes a copy, and the copy is kept
/// (<see cref="DevelopmentCache"/>) only once the merge commits.
/// </summary>
internal sealed record DevelopmentMemory(IReadOnlyList<DevelopmentMemory.Source> Sources, DevelopmentMemory.Row State, IReadOnlyList<DevelopmentMemory.PlaceRow> Places)
{
    /// <summary>A source as the store sorts them: by the text of its time, then its article.</summary>
    internal sealed record Source(SourceFacts Facts, string Summary, string Seen, long ArticleId);

    internal sealed record Row(long IsAlert, long HeldBack, string Headline, string Summary, string Certainty, double Significance, long Confirmations, string Updated);

    internal sealed record PlaceRow(long GeonameId, string Name, string Country, double Latitude, double Longitude);

    /// <summary>With one more source, in the store's order, keeping only the first <paramref name="max"/> as a read would.</summary>
    public DevelopmentMemory WithSource(Source source, int max)
    {
        var sources = new List<Source>(Sources.Count + 1);
        var placed = false;
        foreach (var s in Sources)
        {
            if (!placed && Before(source, s))
            {
                sources.Add(source);
                placed = true;
            }

            sources.Add(s);
        }

        if (!placed)
        {
            sources.Add(source);
        }

        if (sources.Count > max)
        {
            sources.RemoveRange(max, sources.Count - max);
        }

        return this with { Sources = sources };
    }

    /// <summary>
    /// Text as the store gives it back: both providers write UTF-8, so a lone surrogate comes back as U+FFFD (SQLite) or
    /// is refused with the whole merge (PostgreSQL). Keeps what is remembered equal to what a reread would give.
    /// </summary>
    public static string Stored(string text) =>
        text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 ? text : Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));

    /// <summary>ORDER BY seen_utc, article_id: the times are ISO text compared byte by byte (SQLite BINARY, PostgreSQL "C").</summary>
    private static bool Before(Source a, Source b)
    {
        var bySeen = string.CompareOrdinal(a.Seen, b.Seen);
        return bySeen < 0 || (bySeen == 0 && a.ArticleId < b.ArticleId);
    }
}
