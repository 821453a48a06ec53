namespace AlertBot.Detection.Places;

/// <summary>
/// What a whole document says about where it is and who is in it: the countries and regions it names
/// (directly, by adjective, or through an unambiguous big city) and the words it uses as people's names.
/// Build it once per article with <see cref="Gazetteer.ContextOf"/> and pass it to
/// <see cref="Gazetteer.FindMentions(string, PlaceContext)"/> for each sentence.
/// </summary>
public sealed class PlaceContext
{
    private readonly Dictionary<string, double> _countryWeights = new(StringComparer.Ordinal);
    private readonly HashSet<(string Country, string Admin1)> _regions = [];
    private readonly HashSet<string> _personWords = new(StringComparer.Ordinal);

    public static PlaceContext Empty { get; } = new();

    /// <summary>ISO codes of the countries the document is about, most evidence first.</summary>
    public IReadOnlyList<string> Countries => [.. _countryWeights.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)];

    /// <summary>Folded words the document uses as (parts of) people's names ("maliki").</summary>
    public IReadOnlyCollection<string> PersonWords => _personWords;

    public bool HasCountry(string countryCode) => _countryWeights.ContainsKey(countryCode);

    /// <summary>How much the document says about a country: 1 per naming of it or its regions, 0.5 per telling city.</summary>
    public double CountryWeight(string countryCode) => _countryWeights.GetValueOrDefault(countryCode);

    internal double StrongestCountryWeight => _countryWeights.Count == 0 ? 0 : _countryWeights.Values.Max();

    public bool HasRegion(string countryCode, string admin1) => admin1.Length > 0 && _regions.Contains((countryCode, admin1));

    internal bool IsPersonWord(ReadOnlySpan<char> folded) =>
        _personWords.Count > 0 && _personWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    internal void AddCountry(string countryCode, double weight) =>
        _countryWeights[countryCode] = _countryWeights.GetValueOrDefault(countryCode) + weight;

    internal void AddRegion(string countryCode, string admin1)
    {
        _regions.Add((countryCode, admin1));
        AddCountry(countryCode, 1);
    }

    internal void AddPersonWord(string folded) => _personWords.Add(folded);

    /// <summary>A new context holding the evidence of both.</summary>
    internal PlaceContext Merge(PlaceContext other)
    {
        var merged = new PlaceContext();
        foreach (var source in new[] { this, other })
        {
            foreach (var (country, weight) in source._countryWeights)
            {
                merged.AddCountry(country, weight);
            }

            merged._regions.UnionWith(source._regions);
            merged._personWords.UnionWith(source._personWords);
        }

        return merged;
    }
}
