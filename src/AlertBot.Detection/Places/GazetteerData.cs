using System.Globalization;

namespace AlertBot.Detection.Places;

/// <summary>Turns the embedded GeoNames-derived files into places.</summary>
internal static class GazetteerData
{
    private const int RegionIdBase = 1000;

    public static List<Place> Load()
    {
        var places = new List<Place>(140_000);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        Span<Range> fields = stackalloc Range[10];

        // One string for the whole file: 135k rows parsed as spans, without a string per line.
        var file = EmbeddedData.ReadAll("places.tsv.gz");
        foreach (var range in file.AsSpan().Split('\n'))
        {
            var row = file.AsSpan(range);
            if (row.IsEmpty || row[0] == '#' || row.Split(fields, '\t') < 9)
            {
                continue;
            }

            var aliases = row[fields[8]];
            places.Add(new Place(
                int.Parse(row[fields[0]], CultureInfo.InvariantCulture),
                row[fields[1]].ToString(),
                Shared(codes, row[fields[2]]),
                double.Parse(row[fields[6]], CultureInfo.InvariantCulture),
                double.Parse(row[fields[7]], CultureInfo.InvariantCulture),
                int.Parse(row[fields[5]], CultureInfo.InvariantCulture),
                aliases.IsEmpty ? [] : SplitList(aliases.ToString()))
            {
                Admin1 = Shared(codes, row[fields[3]]),
                FeatureCode = row[fields[4]].IsEmpty ? "PPL" : Shared(codes, row[fields[4]]),
            });
        }

        places.AddRange(LoadRegions(places));
        places.AddRange(LoadCountries());
        return places;
    }

    /// <summary>Country, admin and feature codes repeat across rows: one string each.</summary>
    private static string Shared(Dictionary<string, string> codes, ReadOnlySpan<char> code)
    {
        var lookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(code, out var shared))
        {
            shared = code.ToString();
            lookup[code] = shared;
        }

        return shared;
    }

    /// <summary>Countries are not GeoNames cities; their id is derived from the ISO code so it never changes.</summary>
    public static int CountryId(string iso2) => -(1 + ((iso2[0] - 'A') * 26) + (iso2[1] - 'A'));

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

    /// <summary>Regions get their size and centre from the cities listed in them.</summary>
    private static List<Place> LoadRegions(List<Place> cities)
    {
        var rows = EmbeddedData.ReadLines("regions.tsv").Select(l => l.Split('\t')).ToList();
        var countries = rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var members = cities.Where(c => countries.Contains(c.CountryCode)).ToLookup(c => (c.CountryCode, c.Admin1));
        var regions = new List<Place>(rows.Count);
        foreach (var f in rows)
        {
            var inRegion = members[(f[0], f[1])].ToList();
            var weight = Math.Max(1.0, inRegion.Sum(c => Math.Max(1.0, c.Population)));
            regions.Add(new Place(
                -(RegionIdBase + regions.Count),
                f[2],
                f[0],
                inRegion.Sum(c => c.Latitude * Math.Max(1.0, c.Population)) / weight,
                inRegion.Sum(c => c.Longitude * Math.Max(1.0, c.Population)) / weight,
                (int)Math.Min(int.MaxValue, inRegion.Sum(c => (long)c.Population)),
                [])
            {
                FeatureCode = Place.RegionFeature,
                Admin1 = f[1],
            });
        }

        return regions;
    }

    private static string[] SplitList(string field) =>
        field.Length == 0 ? [] : field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
