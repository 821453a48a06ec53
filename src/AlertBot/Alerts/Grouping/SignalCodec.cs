using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using AlertBot.Detection.Grouping;

namespace AlertBot.Alerts.Grouping;

/// <summary>
/// How a report's signal is stored: words as "word:weight" pairs, names space-separated, the embedding as raw float32;
/// and a merge's word counts as "word:count" pairs (the reports themselves under the empty word).
/// </summary>
internal static class SignalCodec
{
    public static string EncodeTerms(IReadOnlyList<TermWeight> terms)
    {
        var builder = new StringBuilder(terms.Count * 12);
        foreach (var term in terms)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(term.Term).Append(':').Append(term.Weight.ToString("R", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    public static TermWeight[] DecodeTerms(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var terms = new TermWeight[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var colon = parts[i].LastIndexOf(':');
            terms[i] = new TermWeight(parts[i][..colon], float.Parse(parts[i].AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return terms;
    }

    public static string EncodeCounts(IEnumerable<KeyValuePair<string, int>> counts) =>
        string.Join(' ', counts.Select(c => c.Key + ":" + c.Value.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Adds the counts in <paramref name="text"/> to <paramref name="totals"/>.</summary>
    public static void AddCounts(string text, Dictionary<string, long> totals)
    {
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.LastIndexOf(':');
            var term = part[..colon];
            totals[term] = totals.GetValueOrDefault(term) + long.Parse(part.AsSpan(colon + 1), CultureInfo.InvariantCulture);
        }
    }

    public static string EncodeNames(IReadOnlyList<string> names) => string.Join(' ', names);

    public static string[] DecodeNames(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static string EncodePlaces(IReadOnlyList<GeoPoint> places) =>
        string.Join(',', places.Select(p => p.GeonameId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The towns by id, placed again from the gazetteer (ids it no longer knows are dropped).</summary>
    public static GeoPoint[] DecodePlaces(string? text, Func<int, AlertBot.Detection.Places.Place?> find) =>
        [.. (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => find(int.Parse(id, CultureInfo.InvariantCulture)))
            .OfType<AlertBot.Detection.Places.Place>()
            .Select(p => new GeoPoint(p.GeonameId, p.Latitude, p.Longitude))];

    public static byte[]? EncodeEmbedding(float[]? vector) => vector is null ? null : MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();

    public static float[]? DecodeEmbedding(byte[]? bytes) => bytes is null ? null : MemoryMarshal.Cast<byte, float>(bytes).ToArray();
}
