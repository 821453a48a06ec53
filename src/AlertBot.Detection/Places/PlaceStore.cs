namespace AlertBot.Detection.Places;

/// <summary>
/// Every place of the gazetteer as columns of plain arrays, numbered 0..Count-1 in GeoNames id order; the
/// names of all places share one string. A <see cref="Place"/> object is made the first time a place is asked
/// for and then kept, so only the places news actually names cost an object.
/// </summary>
internal sealed class PlaceStore
{
    private const double CoordinateScale = 10_000;

    private readonly int[] _ids;
    private readonly int[] _populations;
    private readonly int[] _latitudes;
    private readonly int[] _longitudes;
    private readonly ushort[] _countries;
    private readonly ushort[] _admin1s;
    private readonly ushort[] _features;
    private readonly string[] _codes;
    private readonly string _text;
    private readonly int[] _textStarts;
    private readonly int[] _aliasStarts;
    private readonly int[] _englishNames;
    private readonly Place?[] _places;
    private readonly Func<string, string, string> _regionName;

    private PlaceStore(Builder b, int[] order, Func<string, string, string> regionName)
    {
        var count = order.Length;
        _ids = new int[count];
        _populations = new int[count];
        _latitudes = new int[count];
        _longitudes = new int[count];
        _countries = new ushort[count];
        _admin1s = new ushort[count];
        _features = new ushort[count];
        _englishNames = new int[count];
        _aliasStarts = new int[count + 1];
        _places = new Place?[count];
        _regionName = regionName;

        // Names first (text i is place i's name), then each place's aliases in order.
        var text = new char[b.TextLength];
        var length = 0;
        var starts = new List<int>(b.TextCount + 1);
        void Append(Span span)
        {
            starts.Add(length);
            b.Text(span).CopyTo(text.AsSpan(length));
            length += span.Length;
        }

        for (var i = 0; i < count; i++)
        {
            Append(b.Rows[order[i]].Name);
        }

        var aliasCursor = count;
        for (var i = 0; i < count; i++)
        {
            var row = b.Rows[order[i]];
            _ids[i] = row.Id;
            _populations[i] = row.Population;
            _latitudes[i] = row.Latitude;
            _longitudes[i] = row.Longitude;
            _countries[i] = row.Country;
            _admin1s[i] = row.Admin1;
            _features[i] = row.Feature;
            _englishNames[i] = -1;
            _aliasStarts[i] = aliasCursor - count;
            for (var a = 0; a < row.AliasCount; a++)
            {
                var alias = b.Aliases[row.FirstAlias + a];
                if (a == row.EnglishAlias)
                {
                    _englishNames[i] = aliasCursor;
                }

                Append(alias);
                aliasCursor++;
            }

            _places[i] = row.Given;
        }

        _aliasStarts[count] = aliasCursor - count;
        starts.Add(length);
        _text = new string(text, 0, length);
        _textStarts = [.. starts];
        _codes = [.. b.Codes];
    }

    public int Count => _ids.Length;

    public Place this[int index] => Volatile.Read(ref _places[index]) ?? Materialize(index);

    /// <summary>The place number of a GeoNames id, or -1.</summary>
    public int IndexOf(int geonameId)
    {
        var at = Array.BinarySearch(_ids, geonameId);
        return at >= 0 ? at : -1;
    }

    public int Population(int index) => _populations[index];

    public int GeonameId(int index) => _ids[index];

    public string FeatureCode(int index) => _codes[_features[index]];

    public bool IsSettlement(int index) => FeatureCode(index) is not (Place.CountryFeature or Place.RegionFeature);

    public double Latitude(int index) => _latitudes[index] / CoordinateScale;

    public double Longitude(int index) => _longitudes[index] / CoordinateScale;

    public ReadOnlySpan<char> Name(int index) => Text(index);

    public int AliasCount(int index) => _aliasStarts[index + 1] - _aliasStarts[index];

    public ReadOnlySpan<char> Alias(int index, int alias) => Text(Count + _aliasStarts[index] + alias);

    public Place[] Places(ReadOnlySpan<int> indexes)
    {
        var places = new Place[indexes.Length];
        for (var i = 0; i < places.Length; i++)
        {
            places[i] = this[indexes[i]];
        }

        return places;
    }

    /// <summary>Larger first, then lower id: the order every list of places under one key keeps.</summary>
    public int ByPopulation(int a, int b) =>
        _populations[a] != _populations[b] ? _populations[b].CompareTo(_populations[a]) : _ids[a].CompareTo(_ids[b]);

    private ReadOnlySpan<char> Text(int text) => _text.AsSpan(_textStarts[text], _textStarts[text + 1] - _textStarts[text]);

    private Place Materialize(int index)
    {
        var aliases = new string[AliasCount(index)];
        for (var a = 0; a < aliases.Length; a++)
        {
            aliases[a] = Alias(index, a).ToString();
        }

        var country = _codes[_countries[index]];
        var admin1 = _codes[_admin1s[index]];
        var name = Name(index).ToString();
        var place = new Place(_ids[index], name, country, Latitude(index), Longitude(index), _populations[index], aliases)
        {
            FeatureCode = FeatureCode(index),
            Admin1 = admin1,
            EnglishName = _englishNames[index] >= 0 ? Text(_englishNames[index]).ToString() : name,
            RegionName = _regionName(country, admin1),
        };

        return Interlocked.CompareExchange(ref _places[index], place, null) ?? place;
    }

    /// <summary>Gathers rows (parsed data or ready <see cref="Place"/>s); <see cref="Build"/> sorts them by id.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<string, ushort> _codeIndex = new(StringComparer.Ordinal);

        internal List<Row> Rows { get; } = [];

        internal List<Span> Aliases { get; } = [];

        internal List<string> Codes { get; } = [];

        private char[] _text = new char[1 << 16];

        internal int TextLength { get; private set; }

        internal int TextCount => Rows.Count + Aliases.Count;

        /// <summary>One place from data. <paramref name="englishAlias"/> is the position among the aliases of its English name, or -1.</summary>
        public void Add(
            int id, ReadOnlySpan<char> name, ReadOnlySpan<char> country, ReadOnlySpan<char> admin1, ReadOnlySpan<char> feature,
            int population, double latitude, double longitude, ReadOnlySpan<char> aliases, char aliasSeparator, int englishAlias)
        {
            var first = Aliases.Count;
            foreach (var range in aliases.Split(aliasSeparator))
            {
                var alias = aliases[range].Trim();
                if (!alias.IsEmpty)
                {
                    Aliases.Add(Append(alias));
                }
            }

            Rows.Add(new Row(
                id, Append(name), Code(country), Code(admin1), Code(feature.IsEmpty ? "PPL" : feature), population,
                (int)Math.Round(latitude * CoordinateScale), (int)Math.Round(longitude * CoordinateScale),
                first, Aliases.Count - first, englishAlias, null));
        }

        /// <summary>A place given whole (countries, regions, tests): it is served as given.</summary>
        public void Add(Place place)
        {
            var first = Aliases.Count;
            foreach (var alias in place.Aliases)
            {
                Aliases.Add(Append(alias));
            }

            Rows.Add(new Row(
                place.GeonameId, Append(place.Name), Code(place.CountryCode), Code(place.Admin1), Code(place.FeatureCode), place.Population,
                (int)Math.Round(place.Latitude * CoordinateScale), (int)Math.Round(place.Longitude * CoordinateScale),
                first, Aliases.Count - first, -1, place));
        }

        public PlaceStore Build(Func<string, string, string>? regionName = null)
        {
            var order = Enumerable.Range(0, Rows.Count).ToArray();
            Array.Sort(order, (a, b) => Rows[a].Id.CompareTo(Rows[b].Id));
            for (var i = 1; i < order.Length; i++)
            {
                if (Rows[order[i]].Id == Rows[order[i - 1]].Id)
                {
                    throw new ArgumentException($"Two places share the id {Rows[order[i]].Id}.");
                }
            }

            return new PlaceStore(this, order, regionName ?? ((_, _) => ""));
        }

        internal ReadOnlySpan<char> Text(Span span) => _text.AsSpan(span.Start, span.Length);

        private Span Append(ReadOnlySpan<char> value)
        {
            if (TextLength + value.Length > _text.Length)
            {
                Array.Resize(ref _text, Math.Max(_text.Length * 2, TextLength + value.Length));
            }

            value.CopyTo(_text.AsSpan(TextLength));
            TextLength += value.Length;
            return new Span(TextLength - value.Length, value.Length);
        }

        private ushort Code(ReadOnlySpan<char> code)
        {
            var lookup = _codeIndex.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(code, out var index))
            {
                index = checked((ushort)Codes.Count);
                var text = code.ToString();
                Codes.Add(text);
                _codeIndex[text] = index;
            }

            return index;
        }
    }

    internal readonly record struct Span(int Start, int Length);

    internal readonly record struct Row(
        int Id, Span Name, ushort Country, ushort Admin1, ushort Feature, int Population, int Latitude, int Longitude,
        int FirstAlias, int AliasCount, int EnglishAlias, Place? Given);
}
