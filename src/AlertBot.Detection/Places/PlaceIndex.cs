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
        var all = places as IReadOnlyList<Place> ?? [.. places];
        var names = new List<(string Key, Place Place)>(all.Count + (all.Count / 8));
        foreach (var place in all)
        {
            AddKey(names, place.Name, place);
            foreach (var alias in place.Aliases)
            {
                AddKey(names, alias, place);
            }
        }

        _exact = new Dictionary<string, Place[]>(names.Count, StringComparer.Ordinal);
        _variant = new Dictionary<string, Place[]>(names.Count, StringComparer.Ordinal);
        _demonym = new Dictionary<string, Place[]>(StringComparer.Ordinal);
        _partial = new Dictionary<string, Place[]>(StringComparer.Ordinal);
        ExactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        VariantLookup = _variant.GetAlternateLookup<ReadOnlySpan<char>>();
        DemonymLookup = _demonym.GetAlternateLookup<ReadOnlySpan<char>>();
        PartialLookup = _partial.GetAlternateLookup<ReadOnlySpan<char>>();

        // The respelling dictionaries are independent of the others: build them on a second core (load time).
        var respellings = Task.Run(() => IndexRespellings(names));
        var byId = new Dictionary<int, Place>(all.Count);
        foreach (var place in all)
        {
            byId[place.GeonameId] = place;
            foreach (var adjective in place.Demonyms)
            {
                var key = NameKey.Exact(adjective);
                Add(_demonym, key, place);
                Add(_demonym, key.EndsWith('s') ? key : key + "s", place);
            }
        }

        foreach (var (key, place) in names)
        {
            Add(_exact, key, place);
        }

        SortByPopulation(_exact);
        SortByPopulation(_demonym);
        respellings.GetAwaiter().GetResult();
        ById = byId;
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

    private static void AddKey(List<(string Key, Place Place)> names, string name, Place place)
    {
        var key = NameKey.Exact(name);
        if (key.Length > 0)
        {
            names.Add((key, place));
        }
    }

    private void IndexRespellings(List<(string Key, Place Place)> names)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxLength];
        foreach (var (key, place) in names)
        {
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

        SortByPopulation(_variant);
        SortByPopulation(_partial);
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
