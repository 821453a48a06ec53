using System.Globalization;

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
    private readonly PlaceStore _store;
    private readonly MentionScanner _scanner;
    private readonly PlaceSuggester _suggester;

    public Gazetteer(IEnumerable<Place> places)
        : this(Store(places))
    {
    }

    internal Gazetteer(PlaceStore store)
    {
        _store = store;
        _index = new PlaceIndex(store);
        _scanner = new MentionScanner(_index, WordLists.Default);
        _suggester = new PlaceSuggester(store);
    }

    /// <summary>The embedded gazetteer: GeoNames places of 1000+ people, countries and US states. Loaded on first use.</summary>
    public static Gazetteer LoadDefault() => Default.Value;

    public int Count => _store.Count;

    public Place? FindById(int geonameId) => _store.IndexOf(geonameId) is var i and >= 0 ? _store[i] : null;

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
    /// The places <paramref name="texts"/> (a development's titles and leads) name, most specific first: towns before
    /// regions before countries; among one kind, the one more of the texts name, then the one in the country they say
    /// most about, then the first named, then the bigger. Nationality words ("Syrian") only inform the context.
    /// The first entry is the development's place ("Baalbek", not "Lebanon"); a country is only ever a country.
    /// </summary>
    public IReadOnlyList<NamedPlace> PlacesNamed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var context = ContextOf(string.Join('\n', texts));
        var named = new Dictionary<int, (Place Place, int Texts, int First)>();
        for (var t = 0; t < texts.Count; t++)
        {
            foreach (var place in FindMentions(texts[t], context).Where(m => m.Match != PlaceMatchKind.Demonym).Select(m => m.Place).DistinctBy(p => p.GeonameId))
            {
                var known = named.GetValueOrDefault(place.GeonameId, (Place: place, Texts: 0, First: t));
                named[place.GeonameId] = (place, known.Texts + 1, known.First);
            }
        }

        return [.. named.Values
            .Select(n => new NamedPlace(n.Place, n.Texts, n.First, context.CountryWeight(n.Place.CountryCode)))
            .OrderBy(n => n.Kind)
            .ThenByDescending(n => n.Texts)
            .ThenByDescending(n => n.CountryWeight)
            .ThenBy(n => n.FirstText)
            .ThenByDescending(n => n.Place.Population)];
    }

    /// <summary>
    /// A user's place name (<c>/city NAME</c>): exact spelling (ignoring case and accents) of a name or alias,
    /// likeliest first; else another transliteration of a place whose names reach English in competing
    /// romanisations, closest spelling first; no two matches share a <see cref="Place.Label"/>. When nothing
    /// matches, <see cref="PlaceLookup.Suggestions"/> holds close spellings, to offer, never to answer with.
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
            return new PlaceLookup(Distinct(PlaceRanking.Ordered(exact, PlaceContext.Empty)), []);
        }

        var respelled = Respellings(key);

        // Among respellings the closest spelling leads, then size: a small near-identical town beats a big loose match.
        return respelled.Length > 0
            ? new PlaceLookup(Distinct(respelled.OrderBy(p => NameSimilarity.Distance(key, p)).ThenByDescending(p => p.Population)), [])
            : new PlaceLookup([], _suggester.Suggest(key));
    }

    /// <summary>
    /// Respelling is how a transliteration variant finds the gazetteer's spelling; it is no way to guess: a word of everyday
    /// English ("The Libyan") or a short query ("xyz") respells into unrelated towns, and Latin-script names have one spelling
    /// ("Rami" is no Rome).
    /// </summary>
    private Place[] Respellings(string key)
    {
        if (key.Length < MinRespelledQuery || MentionScanner.HasEnglishWord(key, WordLists.Default, _index))
        {
            return [];
        }

        var variant = NameKey.Variant(key);
        var respelled = _index.Variant(variant);
        if (respelled.Length == 0 && variant.Length >= 5)
        {
            respelled = _index.Partial(variant);
        }

        return Array.FindAll(respelled, p => TransliteratedCountries.Contains(p.CountryCode));
    }

    private const int MinRespelledQuery = 4;

    /// <summary>
    /// Two places with one full label ("Name, Region, CC") are one town listed twice by GeoNames (a town and its
    /// centre): the bigger stays. Without a known region the label says too little to merge on.
    /// </summary>
    private static List<Place> Distinct(IEnumerable<Place> places) =>
        [.. places.DistinctBy(p => p.RegionName.Length > 0 ? p.Label : p.GeonameId.ToString(CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase)];

    /// <summary>Towns and cities within <paramref name="radiusKm"/> of a point, nearest first.</summary>
    public IReadOnlyList<Place> Near(double latitude, double longitude, double radiusKm)
    {
        // A degree of latitude is ~111 km; the box test skips the trigonometry for nearly every place.
        var latSpan = radiusKm / 111.0;
        var lonSpan = radiusKm / Math.Max(1e-6, 111.0 * Math.Cos(latitude * Math.PI / 180));
        var near = new List<(int Place, double Km)>();
        for (var i = 0; i < _store.Count; i++)
        {
            var lat = _store.Latitude(i);
            var lon = _store.Longitude(i);
            if (Math.Abs(lat - latitude) <= latSpan && (lonSpan >= 180 || LongitudeGap(lon, longitude) <= lonSpan) && _store.IsSettlement(i)
                && GeoDistance.Kilometres(latitude, longitude, lat, lon) is var km && km <= radiusKm)
            {
                near.Add((i, km));
            }
        }

        return [.. near.OrderBy(p => p.Km).Select(p => _store[p.Place])];
    }

    private static PlaceStore Store(IEnumerable<Place> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var builder = new PlaceStore.Builder();
        foreach (var place in places)
        {
            builder.Add(place);
        }

        return builder.Build();
    }

    private static double LongitudeGap(double a, double b)
    {
        var gap = Math.Abs(a - b) % 360;
        return gap > 180 ? 360 - gap : gap;
    }
}
