namespace AlertBot.Detection.Places;

/// <summary>Close names for a query that matched nothing: same consonant skeleton, same prefix, or a small edit away.</summary>
internal sealed class PlaceSuggester(PlaceIndex index)
{
    private const int MaxSuggestions = 10;
    private const int MinPrefixLength = 3;
    private const int MaxPrefixKeys = 200;

    public List<Place> Suggest(string exactKey)
    {
        if (exactKey.Length < 2)
        {
            return [];
        }

        // Lower is closer: one edit, then the same consonant skeleton, then two edits, then prefix completions.
        var closeness = new Dictionary<Place, int>(ReferenceEqualityComparer.Instance);
        var skeleton = NameKey.Skeleton(exactKey);
        var maxEdits = exactKey.Length <= 4 ? 1 : 2;
        foreach (var key in index.ExactKeys)
        {
            if (Math.Abs(key.Length - exactKey.Length) > maxEdits)
            {
                continue;
            }

            var distance = BoundedEditDistance(exactKey, key, maxEdits);
            if (distance <= maxEdits)
            {
                Offer(closeness, index.Exact(key), distance * 2);
            }
        }

        if (skeleton.Length >= 3)
        {
            foreach (var key in index.ExactKeys.Where(k => k[0] == exactKey[0] && Math.Abs(k.Length - exactKey.Length) <= 3))
            {
                if (NameKey.Skeleton(key) == skeleton)
                {
                    Offer(closeness, index.Exact(key), 3);
                }
            }
        }

        if (exactKey.Length >= MinPrefixLength)
        {
            var at = Array.BinarySearch(index.ExactKeys, exactKey, StringComparer.Ordinal);
            for (var i = at < 0 ? ~at : at; i < index.ExactKeys.Length && i < (at < 0 ? ~at : at) + MaxPrefixKeys && index.ExactKeys[i].StartsWith(exactKey, StringComparison.Ordinal); i++)
            {
                Offer(closeness, index.Exact(index.ExactKeys[i]), (maxEdits * 2) + 1);
            }
        }

        return [.. closeness.OrderBy(p => p.Value).ThenByDescending(p => p.Key.Population).Select(p => p.Key).Take(MaxSuggestions)];
    }

    private static void Offer(Dictionary<Place, int> closeness, Place[] places, int distance)
    {
        foreach (var place in places)
        {
            if (!closeness.TryGetValue(place, out var known) || distance < known)
            {
                closeness[place] = distance;
            }
        }
    }

    /// <summary>Levenshtein distance, giving up (returning max + 1) once every path exceeds <paramref name="max"/>.</summary>
    internal static int BoundedEditDistance(string a, string b, int max)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
