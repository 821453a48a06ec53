using System.Runtime.InteropServices;

namespace AlertBot.Detection.Places;

/// <summary>
/// The gazetteer's dictionaries. Every list of places under a key is ordered by population, largest first,
/// and every dictionary can be probed with a span so matching text allocates nothing.
/// </summary>
internal sealed class PlaceIndex
{
    private readonly Dictionary<string, Place[]> _exact;
    private readonly Dictionary<string, Place[]> _variant;
    private readonly Dictionary<string, Place[]> _demonym;
    private readonly Dictionary<string, Place[]> _partial;
    private readonly Lazy<string[]> _exactKeys;

    public PlaceIndex(IEnumerable<Place> places)
    {
        _exact = new Dictionary<string, Place[]>(150_000, StringComparer.Ordinal);
        _variant = new Dictionary<string, Place[]>(150_000, StringComparer.Ordinal);
        _demonym = new Dictionary<string, Place[]>(StringComparer.Ordinal);
        _partial = new Dictionary<string, Place[]>(StringComparer.Ordinal);
        ExactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        VariantLookup = _variant.GetAlternateLookup<ReadOnlySpan<char>>();
        DemonymLookup = _demonym.GetAlternateLookup<ReadOnlySpan<char>>();
        PartialLookup = _partial.GetAlternateLookup<ReadOnlySpan<char>>();
        var byId = new Dictionary<int, Place>(150_000);
        Span<char> buffer = stackalloc char[NameKey.MaxLength];
        foreach (var place in places)
        {
            byId[place.GeonameId] = place;
            AddName(place.Name, place, buffer);
            foreach (var alias in place.Aliases)
            {
                AddName(alias, place, buffer);
            }

            foreach (var adjective in place.Demonyms)
            {
                var key = NameKey.Exact(adjective);
                Add(_demonym, key, place);
                Add(_demonym, key.EndsWith('s') ? key : key + "s", place);
            }
        }

        ById = byId;
        foreach (var index in new[] { _exact, _variant, _demonym, _partial })
        {
            SortByPopulation(index);
        }

        _exactKeys = new Lazy<string[]>(() => [.. _exact.Keys.Order(StringComparer.Ordinal)]);
    }

    public IReadOnlyDictionary<int, Place> ById { get; }

    public Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> ExactLookup { get; }

    public Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> VariantLookup { get; }

    public Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> DemonymLookup { get; }

    /// <summary>Multi-word names under the variant key of their leading word ("Madinat al-Zahra" under "Madinat").</summary>
    public Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> PartialLookup { get; }

    /// <summary>Every exact key, ordinal order: prefix search and spelling suggestions.</summary>
    public string[] ExactKeys => _exactKeys.Value;

    public Place[] Exact(string key) => _exact.GetValueOrDefault(key) ?? [];

    public Place[] Variant(string key) => _variant.GetValueOrDefault(key) ?? [];

    public Place[] Partial(string key) => _partial.GetValueOrDefault(key) ?? [];

    /// <summary>
    /// The leading word's variant key of a multi-word name when that word is distinctive enough (6+ letters)
    /// to stand for the whole name; generic heads ("Kafr", "Tall", "Ain") are shorter than that.
    /// </summary>
    internal static string? HeadWordKey(string exactKey)
    {
        var space = exactKey.IndexOf(' ');
        if (space < 6)
        {
            return null;
        }

        var head = exactKey[..space];

        // A construct-state ending ("-iyat" before a genitive) is the bare "-iya" form when the head stands alone.
        var key = NameKey.Variant(head.EndsWith("at", StringComparison.Ordinal) ? head[..^1] : head);
        return key.Length >= 5 ? key : null;
    }

    private void AddName(string name, Place place, Span<char> buffer)
    {
        var key = NameKey.Exact(name);
        if (key.Length == 0)
        {
            return;
        }

        Add(_exact, key, place);

        // Countries and regions have settled English names; respelling them only invites false matches ("Saudi" for "Sawda").
        if (place.IsSettlement && key.Length <= buffer.Length)
        {
            var length = NameKey.WriteVariant(key, buffer);
            if (length >= 3)
            {
                Add(VariantLookup, buffer[..length], place);
            }
        }

        if (HeadWordKey(key) is { } head)
        {
            Add(_partial, head, place);
        }
    }

    /// <summary>Most keys name one place, so arrays grow by copying instead of holding a list per key.</summary>
    private static void Add(Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> index, ReadOnlySpan<char> key, Place place) =>
        Append(ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out _), place);

    private static void Add(Dictionary<string, Place[]> index, string key, Place place) =>
        Append(ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out _), place);

    private static void Append(ref Place[]? places, Place place)
    {
        if (places is null)
        {
            places = [place];
        }
        else if (!ReferenceEquals(places[^1], place))
        {
            places = [.. places, place];
        }
    }

    private static void SortByPopulation(Dictionary<string, Place[]> index)
    {
        foreach (var places in index.Values)
        {
            if (places.Length > 1)
            {
                Array.Sort(places, static (a, b) => b.Population != a.Population ? b.Population.CompareTo(a.Population) : a.GeonameId.CompareTo(b.GeonameId));
            }
        }
    }
}
