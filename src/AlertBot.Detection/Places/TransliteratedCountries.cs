namespace AlertBot.Detection.Places;

/// <summary>
/// Countries whose own script is not Latin: their place names reach English text in many transliterations,
/// so only their places may match by <see cref="PlaceMatchKind.Variant"/> in running text.
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
