namespace AlertBot.Detection.Places;

/// <summary>
/// Close names for a query that matched nothing: a small edit away, the same consonant skeleton, or a longer
/// name it begins. One pass over every name of the store: a miss is rare, and keeping every key as a string
/// for it would cost the whole process megabytes for good.
/// </summary>
internal sealed class PlaceSuggester(PlaceStore store)
{
    private const int MaxSuggestions = 10;

    /// <summary>Three letters ("xyz") are one edit from hundreds of villages: too little to guess from.</summary>
    private const int MinQueryLength = 4;

    /// <summary>Short prefixes ("san") begin thousands of names; past this many the rest are no better.</summary>
    private const int MaxPrefixOffers = 2_000;

    public List<Place> Suggest(string exactKey)
    {
        if (exactKey.Length < MinQueryLength)
        {
            return [];
        }

        // Lower is closer: one edit, then the same consonant skeleton, then two edits, then prefix completions.
        var closeness = new Dictionary<int, int>();
        var skeleton = NameKey.Skeleton(exactKey);
        var maxEdits = exactKey.Length <= 5 ? 1 : 2;
        var prefixOffers = 0;
        Span<char> key = stackalloc char[NameKey.ExactCapacity(NameKey.MaxLength)];
        for (var i = 0; i < store.Count; i++)
        {
            for (var n = -1; n < store.AliasCount(i); n++)
            {
                var name = n < 0 ? store.Name(i) : store.Alias(i, n);
                if (name.Length > NameKey.MaxLength)
                {
                    continue;
                }

                var candidate = key[..NameKey.WriteExact(name, key)];
                if (candidate.IsEmpty)
                {
                    continue;
                }

                if (Math.Abs(candidate.Length - exactKey.Length) <= maxEdits && BoundedEditDistance(exactKey, candidate, maxEdits) is var edits && edits <= maxEdits)
                {
                    Offer(closeness, i, edits * 2);
                }
                else if (skeleton.Length >= 3 && candidate[0] == exactKey[0] && Math.Abs(candidate.Length - exactKey.Length) <= 3
                    && NameKey.Skeleton(candidate.ToString()) == skeleton)
                {
                    Offer(closeness, i, 3);
                }
                else if (candidate.Length > exactKey.Length && candidate.StartsWith(exactKey, StringComparison.Ordinal) && prefixOffers++ < MaxPrefixOffers)
                {
                    Offer(closeness, i, (maxEdits * 2) + 1);
                }
            }
        }

        return [.. closeness
            .OrderBy(p => p.Value)
            .ThenBy(p => p.Key, Comparer<int>.Create(store.ByPopulation))
            .Select(p => store[p.Key])
            .DistinctBy(p => p.Label, StringComparer.OrdinalIgnoreCase)
            .Take(MaxSuggestions)];
    }

    private static void Offer(Dictionary<int, int> closeness, int place, int distance)
    {
        if (!closeness.TryGetValue(place, out var known) || distance < known)
        {
            closeness[place] = distance;
        }
    }

    /// <summary>Levenshtein distance, giving up (returning max + 1) once every path exceeds <paramref name="max"/>.</summary>
    internal static int BoundedEditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
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
