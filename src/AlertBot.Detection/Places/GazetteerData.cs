using System.Globalization;

namespace AlertBot.Detection.Places;

/// <summary>Turns the embedded GeoNames-derived files into a <see cref="PlaceStore"/>.</summary>
internal static class GazetteerData
{
    private const int RegionIdBase = 1000;

    /// <summary>The embedded places, countries and regions, with the English names of every first-level region.</summary>
    public static PlaceStore Load()
    {
        var builder = new PlaceStore.Builder();
        var regionNames = LoadRegionNames();
        var regionRows = EmbeddedData.ReadLines("regions.tsv").Select(l => l.Split('\t')).ToList();
        var regionCountries = regionRows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var regionTotals = new Dictionary<(string Country, string Admin1), RegionTotal>();
        Span<Range> fields = stackalloc Range[11];

        // Row by row from the decompressed stream: no string holds the whole file.
        foreach (var line in EmbeddedData.ReadLines("places.tsv.gz"))
        {
            var row = line.AsSpan();
            var count = row.Split(fields, '\t');
            if (count < 9)
            {
                continue;
            }

            var population = int.Parse(row[fields[5]], CultureInfo.InvariantCulture);
            var latitude = double.Parse(row[fields[6]], CultureInfo.InvariantCulture);
            var longitude = double.Parse(row[fields[7]], CultureInfo.InvariantCulture);
            var country = row[fields[2]];
            var englishFirst = count > 9 && row[fields[9]] is "1";
            builder.Add(
                int.Parse(row[fields[0]], CultureInfo.InvariantCulture), row[fields[1]], country, row[fields[3]], row[fields[4]],
                population, latitude, longitude, row[fields[8]], '|', englishFirst ? 0 : -1);

            if (regionCountries.Contains(country))
            {
                var key = (country.ToString(), row[fields[3]].ToString());
                regionTotals[key] = regionTotals.GetValueOrDefault(key).With(population, latitude, longitude);
            }
        }

        foreach (var f in regionRows)
        {
            var total = regionTotals.GetValueOrDefault((f[0], f[1]));
            // A region's full name ("Sindh Province") is an alias of the name news uses ("Sindh").
            builder.Add(new Place(-(RegionIdBase + regionRows.IndexOf(f)), f[2], f[0], total.Latitude, total.Longitude, total.Population, f.Length > 3 ? SplitList(f[3]) : [])
            {
                FeatureCode = Place.RegionFeature,
                Admin1 = f[1],
            });
        }

        foreach (var country in LoadCountries())
        {
            builder.Add(country);
        }

        return builder.Build((country, admin1) => admin1.Length == 0 ? "" : regionNames.GetValueOrDefault((country, admin1), ""));
    }

    /// <summary>Countries are not GeoNames cities; their id is derived from the ISO code so it never changes.</summary>
    public static int CountryId(string iso2) => -(1 + ((iso2[0] - 'A') * 26) + (iso2[1] - 'A'));

    private static Dictionary<(string Country, string Admin1), string> LoadRegionNames()
    {
        var names = new Dictionary<(string, string), string>();
        foreach (var line in EmbeddedData.ReadLines("admin1.tsv"))
        {
            var f = line.Split('\t');
            names[(f[0], f[1])] = f[2];
        }

        return names;
    }

    private static IEnumerable<Place> LoadCountries()
    {
        foreach (var line in EmbeddedData.ReadLines("countries.tsv"))
        {
            var f = line.Split('\t');
            yield return new Place(
                CountryId(f[0]),
                f[1],
                f[0],
                double.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture),
                (int)Math.Min(int.MaxValue, long.Parse(f[4], CultureInfo.InvariantCulture)),
                SplitList(f[6]))
            {
                FeatureCode = Place.CountryFeature,
                Demonyms = f[7].Split(['|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            };
        }
    }

    private static string[] SplitList(string field) =>
        field.Length == 0 ? [] : field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A region's size and population-weighted centre, summed over the towns listed in it.</summary>
    private readonly record struct RegionTotal(long People, double WeightedLatitude, double WeightedLongitude, double Weight)
    {
        public int Population => (int)Math.Min(int.MaxValue, People);

        public double Latitude => Weight > 0 ? WeightedLatitude / Weight : 0;

        public double Longitude => Weight > 0 ? WeightedLongitude / Weight : 0;

        public RegionTotal With(int population, double latitude, double longitude)
        {
            var weight = Math.Max(1.0, population);
            return new RegionTotal(People + population, WeightedLatitude + (latitude * weight), WeightedLongitude + (longitude * weight), Weight + weight);
        }
    }
}
