namespace AlertBot.Detection.Places;

/// <summary>
/// The gazetteer's name tables over a <see cref="PlaceStore"/>. Every list of places under a key is ordered by
/// population, largest first, and every table is probed with a span, so a text's words that name nothing
/// allocate nothing.
/// </summary>
internal sealed class PlaceIndex
{
    private readonly NameTable _exact;
    private readonly NameTable _variant;
    private readonly NameTable _demonym;
    private readonly NameTable _partial;

    public PlaceIndex(PlaceStore store)
    {
        Store = store;
        var exact = new NameTable.Builder();
        var variant = new NameTable.Builder();
        var demonym = new NameTable.Builder();
        var partial = new NameTable.Builder();
        for (var i = 0; i < store.Count; i++)
        {
            var settlement = store.IsSettlement(i);
            AddName(store.Name(i), i, settlement, exact, variant, partial);
            for (var a = 0; a < store.AliasCount(i); a++)
            {
                AddName(store.Alias(i, a), i, settlement, exact, variant, partial);
            }

            if (!settlement)
            {
                foreach (var adjective in store[i].Demonyms)
                {
                    var key = NameKey.Exact(adjective);
                    demonym.Add(key, i);
                    demonym.Add(key.EndsWith('s') ? key : key + "s", i);
                }
            }
        }

        _exact = exact.Build(store.ByPopulation);
        _variant = variant.Build(store.ByPopulation);
        _demonym = demonym.Build(store.ByPopulation);
        _partial = partial.Build(store.ByPopulation);
    }

    public PlaceStore Store { get; }

    public bool TryExact(ReadOnlySpan<char> key, out Place[] places) => Found(_exact.Get(key), out places);

    public bool TryVariant(ReadOnlySpan<char> key, out Place[] places) => Found(_variant.Get(key), out places);

    public bool TryDemonym(ReadOnlySpan<char> key, out Place[] places) => Found(_demonym.Get(key), out places);

    /// <summary>Multi-word names under the variant key of their leading word ("Madinat al-Zahra" under "Madinat").</summary>
    public bool TryPartial(ReadOnlySpan<char> key, out Place[] places) => Found(_partial.Get(key), out places);

    public Place[] Exact(ReadOnlySpan<char> key) => Store.Places(_exact.Get(key));

    public Place[] Variant(ReadOnlySpan<char> key) => Store.Places(_variant.Get(key));

    public Place[] Partial(ReadOnlySpan<char> key) => Store.Places(_partial.Get(key));

    /// <summary>
    /// The leading word's variant key of a multi-word name when that word is distinctive enough (6+ letters)
    /// to stand for the whole name; generic heads ("Kafr", "Tall", "Ain") are shorter than that.
    /// </summary>
    internal static string? HeadWordKey(ReadOnlySpan<char> exactKey)
    {
        var space = exactKey.IndexOf(' ');
        if (space < 6)
        {
            return null;
        }

        var head = exactKey[..space];

        // A construct-state ending ("-iyat" before a genitive) is the bare "-iya" form when the head stands alone.
        var key = NameKey.Variant(head.EndsWith("at", StringComparison.Ordinal) ? head[..^1].ToString() : head.ToString());
        return key.Length >= 5 ? key : null;
    }

    private bool Found(ReadOnlySpan<int> indexes, out Place[] places)
    {
        places = indexes.IsEmpty ? [] : Store.Places(indexes);
        return !indexes.IsEmpty;
    }

    private static void AddName(
        ReadOnlySpan<char> name, int place, bool settlement, NameTable.Builder exact, NameTable.Builder variant, NameTable.Builder partial)
    {
        if (name.Length > NameKey.MaxLength)
        {
            return;
        }

        Span<char> key = stackalloc char[NameKey.ExactCapacity(NameKey.MaxLength)];
        var length = NameKey.WriteExact(name, key);
        if (length == 0)
        {
            return;
        }

        exact.Add(key[..length], place);

        // Countries and regions have settled English names; respelling them only invites false matches ("Saudi" for "Sawda").
        if (settlement && length <= NameKey.MaxLength)
        {
            Span<char> respelled = stackalloc char[NameKey.MaxLength];
            var written = NameKey.WriteVariant(key[..length], respelled);
            if (written >= 3)
            {
                variant.Add(respelled[..written], place);
            }
        }

        if (HeadWordKey(key[..length]) is { } head)
        {
            partial.Add(head, place);
        }
    }
}
