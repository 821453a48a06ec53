namespace AlertBot.Detection.Places;

/// <summary>
/// Countries whose languages are written in scripts with no settled romanisation in the press (Arabic, Persian,
/// Hebrew, Ethiopic, Cyrillic, ...): their place names reach English text in many spellings, so only their places
/// may match by <see cref="PlaceMatchKind.Variant"/> in running text.
/// </summary>
internal static class TransliteratedCountries
{
    private static readonly Lazy<HashSet<string>> Codes = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static bool Contains(string countryCode) => Codes.Value.Contains(countryCode);

    private static HashSet<string> Load() =>
        EmbeddedData.ReadLines("countries.tsv")
            .Select(line => line.Split('\t'))
            .Where(f => f.Length > 8 && f[8] == "1")
            .Select(f => f[0])
            .ToHashSet(StringComparer.Ordinal);
}
