namespace AlertBot.Detection.Places;

/// <summary>Known places, matched in text and in users' queries.</summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, List<Place>> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, Place> _byId = [];

    public Gazetteer(IEnumerable<Place> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        foreach (var place in places)
        {
            _byId[place.GeonameId] = place;
            foreach (var name in place.Aliases.Prepend(place.Name))
            {
                if (!_byName.TryGetValue(name, out var list))
                {
                    _byName[name] = list = [];
                }

                list.Add(place);
            }
        }
    }

    public int Count => _byId.Count;

    public Place? FindById(int geonameId) => _byId.GetValueOrDefault(geonameId);

    public IReadOnlyList<PlaceMention> FindMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<PlaceMention>();
        foreach (var (name, places) in _byName)
        {
            var at = text.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0)
            {
                found.Add(new PlaceMention(places.MaxBy(p => p.Population)!, at, name.Length, name));
            }
        }

        return found.OrderBy(m => m.Start).ToList();
    }

    public PlaceLookup Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name.Trim(), out var places)
            ? new PlaceLookup(places.OrderByDescending(p => p.Population).ToList(), [])
            : new PlaceLookup([], []);
    }
}
