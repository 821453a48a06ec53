namespace AlertBot.Detection.Places;

/// <summary>
/// Known places, matched in text and in users' queries. Immutable after construction and safe to share
/// between threads. <see cref="LoadDefault"/> gives the embedded GeoNames gazetteer (built once, cached).
/// </summary>
/// <remarks>
/// Text matching is two-pass so ambiguous names resolve from the whole document: <see cref="FindMentions(string)"/>
/// uses the text itself as context; to match sentence by sentence, build <see cref="ContextOf"/> once from the
/// whole article and call <see cref="FindMentions(string, PlaceContext)"/> per sentence.
/// </remarks>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Default = new(() => new Gazetteer(GazetteerData.Load()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PlaceIndex _index;
    private readonly MentionScanner _scanner;
    private readonly PlaceSuggester _suggester;
    private readonly Place[] _settlements;

    public Gazetteer(IEnumerable<Place> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var all = places.ToList();
        _index = new PlaceIndex(all);
        _scanner = new MentionScanner(_index, WordLists.Default);
        _suggester = new PlaceSuggester(_index);
        _settlements = [.. all.Where(p => p.IsSettlement)];
    }

    /// <summary>The embedded gazetteer: GeoNames places of 1000+ people, countries and US states. Loaded on first use.</summary>
    public static Gazetteer LoadDefault() => Default.Value;

    public int Count => _index.ById.Count;

    public Place? FindById(int geonameId) => _index.ById.GetValueOrDefault(geonameId);

    /// <summary>Places named in <paramref name="text"/>, in text order, resolved with the text itself as context.</summary>
    public IReadOnlyList<PlaceMention> FindMentions(string text) => FindMentions(text, PlaceContext.Empty);

    /// <summary>
    /// Places named in <paramref name="text"/> (typically one sentence), resolved with the evidence of
    /// <paramref name="documentContext"/> (from <see cref="ContextOf"/> on the whole article) plus the text's own.
    /// </summary>
    public IReadOnlyList<PlaceMention> FindMentions(string text, PlaceContext documentContext)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(documentContext);
        var tokens = PlaceTokenizer.Tokenize(text);
        var own = new PlaceContext();
        var candidates = _scanner.Scan(tokens, own);
        var context = documentContext == PlaceContext.Empty ? own : own.Merge(documentContext);
        candidates = MentionResolver.WithoutPeople(tokens, candidates, context);
        MentionResolver.AddEvidence(candidates, context);
        return MentionResolver.Resolve(tokens, candidates, context);
    }

    /// <summary>Evidence from a whole document: the countries and regions it is about and the names it uses for people.</summary>
    public PlaceContext ContextOf(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = PlaceTokenizer.Tokenize(document);
        var context = new PlaceContext();
        var candidates = MentionResolver.WithoutPeople(tokens, _scanner.Scan(tokens, context), context);
        MentionResolver.AddEvidence(candidates, context);
        return context;
    }

    /// <summary>
    /// A user's place name (<c>/city NAME</c>): exact spelling (ignoring case and accents), else another
    /// transliteration, else a multi-word name it abbreviates; matches by size. When nothing matches,
    /// <see cref="PlaceLookup.Suggestions"/> holds close spellings.
    /// </summary>
    public PlaceLookup Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = NameKey.Exact(name);
        if (key.Length == 0)
        {
            return new PlaceLookup([], []);
        }

        var exact = _index.Exact(key);
        if (exact.Length > 0)
        {
            return new PlaceLookup(PlaceRanking.Ordered(exact, PlaceContext.Empty), []);
        }

        var variant = NameKey.Variant(name);
        var respelled = variant.Length >= 3 ? _index.Variant(variant) : [];
        if (respelled.Length == 0 && variant.Length >= 5)
        {
            respelled = _index.Partial(variant);
        }

        // Among respellings the closest spelling leads, then size: a small near-identical town beats a big loose match.
        return respelled.Length > 0
            ? new PlaceLookup([.. respelled.OrderBy(p => NameSimilarity.Distance(key, p)).ThenByDescending(p => p.Population)], [])
            : new PlaceLookup([], _suggester.Suggest(key));
    }

    /// <summary>Towns and cities within <paramref name="radiusKm"/> of a point, nearest first.</summary>
    public IReadOnlyList<Place> Near(double latitude, double longitude, double radiusKm)
    {
        // A degree of latitude is ~111 km; the box test skips the trigonometry for nearly every place.
        var latSpan = radiusKm / 111.0;
        var lonSpan = radiusKm / Math.Max(1e-6, 111.0 * Math.Cos(latitude * Math.PI / 180));
        return _settlements
            .Where(p => Math.Abs(p.Latitude - latitude) <= latSpan && (lonSpan >= 180 || LongitudeGap(p.Longitude, longitude) <= lonSpan))
            .Select(p => (Place: p, Km: GeoDistance.Kilometres(latitude, longitude, p.Latitude, p.Longitude)))
            .Where(p => p.Km <= radiusKm)
            .OrderBy(p => p.Km)
            .Select(p => p.Place)
            .ToList();
    }

    private static double LongitudeGap(double a, double b)
    {
        var gap = Math.Abs(a - b) % 360;
        return gap > 180 ? 360 - gap : gap;
    }
}
