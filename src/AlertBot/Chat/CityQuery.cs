using AlertBot.Alerts;
using AlertBot.Detection;
using AlertBot.Detection.Places;
using Microsoft.Extensions.Options;

namespace AlertBot.Chat;

/// <summary>
/// Resolves a place name the way an article's places are resolved (same gazetteer, so any spelling of a
/// place finds it) and lists its alerts. Serves /city and the replay report's cityQueries alike.
/// </summary>
public sealed class CityQuery(DetectionEngine engine, AlertQueries alerts, IOptions<AlertsOptions> options)
{
    /// <summary>Other places of the name offered as buttons: enough for "Paris, US", few enough to read.</summary>
    public const int MaxAlternatives = 7;

    public async Task<CityAnswer> AnswerAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Buttons name places by GeoNames id, so a press means exactly the place on the button.
        if (int.TryParse(name.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return engine.Gazetteer.FindById(id) is { } byId
                ? new CityAnswer(byId, await alerts.ForPlaceAsync(byId.GeonameId, options.Value.MaxListed, cancellationToken), [], [])
                : new CityAnswer(null, [], [], []);
        }

        PlaceLookup lookup = new([], []);
        List<Place> matches = [];
        foreach (var (query, region, country) in Readings(name))
        {
            lookup = engine.Gazetteer.Lookup(query);
            matches = [.. lookup.Matches
                .Where(p => country is null || string.Equals(p.CountryCode, country, StringComparison.OrdinalIgnoreCase))
                .Where(p => region is null || string.Equals(p.RegionName, region, StringComparison.OrdinalIgnoreCase))];
            if (matches.Count > 0)
            {
                break;
            }
        }

        if (matches.Count == 0)
        {
            return new CityAnswer(null, [], [], lookup.Suggestions.Concat(lookup.Matches).DistinctBy(p => p.GeonameId).Take(5).ToList());
        }

        // Of the places a name can mean, the one with news is the one the user is asking about.
        Place? chosen = null;
        IReadOnlyList<AlertView> found = [];
        foreach (var place in matches.Take(5))
        {
            found = await alerts.ForPlaceAsync(place.GeonameId, options.Value.MaxListed, cancellationToken);
            if (found.Count > 0)
            {
                chosen = place;
                break;
            }
        }

        chosen ??= matches[0];
        return new CityAnswer(chosen, found, matches.Where(p => p.GeonameId != chosen.GeonameId).Take(MaxAlternatives).ToList(), []);
    }

    /// <summary>How to name the place so that no other place reads the same ("Paris, US (TX)").</summary>
    public string LabelOf(Place place) => PlaceLabel.Unique(place, engine.Gazetteer);

    /// <summary>
    /// "Paris, Texas, US" (a place's label) narrows the name to a region and a country, "Paris, US" to a country;
    /// a name with a comma of its own ("Washington, D.C.") is tried whole after that.
    /// </summary>
    private static IEnumerable<(string Query, string? Region, string? Country)> Readings(string name)
    {
        var parts = name.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length >= 2 && parts[^1].Length == 2 && parts[^1].All(char.IsAsciiLetter) && parts[0].Length > 0)
        {
            var country = parts[^1].ToUpperInvariant();
            if (parts.Length >= 3)
            {
                yield return (parts[0], string.Join(", ", parts[1..^1]), country);
            }

            yield return (string.Join(", ", parts[..^1]), null, country);
        }

        yield return (name.Trim(), null, null);
    }
}
