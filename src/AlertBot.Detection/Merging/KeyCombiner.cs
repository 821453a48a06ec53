namespace AlertBot.Detection.Merging;

/// <summary>
/// Folds a confirming report's key into the stored one, so a story is matched against everything its outlets
/// said about it rather than only against the first report's wording (outlets lead one event with different verbs).
/// </summary>
public static class KeyCombiner
{
    /// <summary>Enough words for several outlets' leads; beyond it the key would match anything on the topic.</summary>
    public const int MaxWords = 90;

    /// <summary>Towns one story plausibly spans (a city, its districts, a nearby airport).</summary>
    public const int MaxPlaces = 12;

    public static DevelopmentKey Combine(DevelopmentKey existing, DevelopmentKey incoming)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(incoming);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        var geo = new List<string>();
        string? marker = null;
        foreach (var token in existing.Tokens.Concat(incoming.Tokens))
        {
            if (token.Length == 0)
            {
                continue;
            }

            if (token[0] == Signature.Marker)
            {
                // Both keys carry the same tense marker, or the matcher would not have joined them.
                marker ??= token;
                continue;
            }

            if (token[0] == GeoMarker.Prefix)
            {
                if (!geo.Contains(token) && geo.Count < MaxPlaces)
                {
                    geo.Add(token);
                }

                continue;
            }

            var bare = Signature.Bare(token);
            if (words.TryGetValue(bare, out var known))
            {
                if (Signature.Weight(token) > Signature.Weight(known))
                {
                    words[bare] = token;
                }
            }
            else if (order.Count < MaxWords)
            {
                words[bare] = token;
                order.Add(bare);
            }
        }

        var tokens = order.Select(b => words[b]).Order(StringComparer.Ordinal).ToList();
        tokens.AddRange(geo);
        if (marker is not null)
        {
            tokens.Add(marker);
        }

        var places = existing.PlaceIds.Concat(incoming.PlaceIds).Distinct().Take(MaxPlaces).ToList();
        var action = existing.Action == EventAction.Other ? incoming.Action : existing.Action;
        return new DevelopmentKey(action, existing.Actor ?? incoming.Actor, places, tokens);
    }
}
