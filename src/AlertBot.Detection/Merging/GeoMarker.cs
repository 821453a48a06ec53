using System.Globalization;
using AlertBot.Detection.Places;

namespace AlertBot.Detection.Merging;

/// <summary>
/// A town's coordinates carried in a key's tokens ("@34.73:36.71"), so two keys can tell "elsewhere" from "another
/// name for a district of the same city" without the gazetteer.
/// </summary>
public static class GeoMarker
{
    public const char Prefix = '@';

    /// <summary>Closer than this, two named towns may be one scene (a city and its district, an airport and its city).</summary>
    public const double SameSceneKm = 20;

    public static string Of(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}{place.Latitude:0.00}:{place.Longitude:0.00}");
    }

    public static bool TryParse(string token, out double latitude, out double longitude)
    {
        ArgumentNullException.ThrowIfNull(token);
        latitude = longitude = 0;
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        return token.Length > 1 && token[0] == Prefix && colon > 1
            && double.TryParse(token.AsSpan(1, colon - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out latitude)
            && double.TryParse(token.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out longitude);
    }

    /// <summary>True when the first-named towns of both keys are more than <see cref="SameSceneKm"/> apart.</summary>
    public static bool PrimaryApart(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return First(a) is { } pa && First(b) is { } pb && GeoDistance.Kilometres(pa.Lat, pa.Lon, pb.Lat, pb.Lon) > SameSceneKm;
    }

    private static (double Lat, double Lon)? First(IReadOnlyList<string> tokens)
    {
        foreach (var token in tokens)
        {
            if (TryParse(token, out var lat, out var lon))
            {
                return (lat, lon);
            }
        }

        return null;
    }

    /// <summary>True when both keys name towns and no town of one is within <see cref="SameSceneKm"/> of one of the other.</summary>
    public static bool Apart(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var any = false;
        foreach (var ta in a)
        {
            if (!TryParse(ta, out var lat1, out var lon1))
            {
                continue;
            }

            foreach (var tb in b)
            {
                if (!TryParse(tb, out var lat2, out var lon2))
                {
                    continue;
                }

                any = true;
                if (GeoDistance.Kilometres(lat1, lon1, lat2, lon2) <= SameSceneKm)
                {
                    return false;
                }
            }
        }

        return any;
    }
}
