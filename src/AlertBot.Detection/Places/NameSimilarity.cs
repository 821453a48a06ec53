namespace AlertBot.Detection.Places;

/// <summary>How far a spelling is from a place's own names, ignoring leading articles and doubled letters ("Ramadi" vs "Ar Ramadi").</summary>
internal static class NameSimilarity
{
    private const int Unbounded = 64;

    public static int Distance(string exactKey, Place place)
    {
        var key = Simplify(exactKey);
        var best = PlaceSuggester.BoundedEditDistance(key, Simplify(NameKey.Exact(place.Name)), Unbounded);
        foreach (var alias in place.Aliases)
        {
            best = Math.Min(best, PlaceSuggester.BoundedEditDistance(key, Simplify(NameKey.Exact(alias)), Unbounded));
        }

        return best;
    }

    /// <summary>Without a leading article and doubled letters, which transliterations add and drop freely.</summary>
    private static string Simplify(string exactKey)
    {
        var text = WithoutArticle(exactKey);
        var chars = new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (length == 0 || chars[length - 1] != c)
            {
                chars[length++] = c;
            }
        }

        return new string(chars, 0, length);
    }

    /// <summary>Edits a respelling may need and still be the same name: one for short names ("Kut"), more for long ones.</summary>
    public static int Tolerance(string exactKey) => exactKey.Length <= 5 ? 1 : Math.Max(2, exactKey.Length / 2);

    private static string WithoutArticle(string exactKey)
    {
        var space = exactKey.IndexOf(' ');
        return space > 0 && space < exactKey.Length - 1 && NameKey.IsArticle(exactKey.AsSpan(0, space))
            ? exactKey[(space + 1)..]
            : exactKey;
    }
}
