using AlertBot.Detection.Events;

namespace AlertBot.Detection.Merging;

/// <summary>
/// Builds the word part of a <see cref="DevelopmentKey"/>: stemmed content words, names marked "^" (they tell two
/// events of one kind apart), context words from the article's title and lead marked "+", and the tense as "~…".
/// Words that named a place are left out: the key's place ids and coordinates already carry them, and a shared
/// town name must not make two different events look alike.
/// </summary>
public sealed class Signature(IReadOnlySet<string>? placeWords = null)
{
    public const char Name = '^';
    public const char Context = '+';
    public const char Marker = '~';

    /// <summary>Title and lead words count this much of an evidence word: they say what the article is about.</summary>
    private const double ContextWeight = 0.5;

    private readonly Dictionary<string, string> _byStem = new(StringComparer.Ordinal);
    private readonly List<string> _geo = [];
    private string? _marker;

    public void AddText(string text, bool context)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var titleCase = LooksTitleCased(tokens);
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || t.Lower.Length < 2 || StopWords.Contains(t.Lower) || (t.Lower.Length < 4 && t.Lower.All(char.IsDigit))
                || placeWords?.Contains(t.Lower) == true)
            {
                continue;
            }

            var stem = Stemmer.Stem(t.Lower);
            if (stem.Length < 2 || StopWords.Contains(stem))
            {
                continue;
            }

            var isName = t.IsCapitalized && !titleCase && (i > 0 || (tokens.Length > 1 && tokens[1].IsCapitalized));
            var form = (context ? "+" : "") + (isName ? "^" : "") + stem;
            if (!_byStem.TryGetValue(stem, out var known) || Weight(form) > Weight(known))
            {
                _byStem[stem] = form;
            }
        }
    }

    /// <summary>Coordinates of the towns (not countries or regions) the development happened in.</summary>
    public void AddPlaces(IEnumerable<AlertBot.Detection.Places.Place> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        foreach (var place in places.Where(p => p.IsSettlement))
        {
            var marker = GeoMarker.Of(place);
            if (!_geo.Contains(marker))
            {
                // Kept in the order given: the first is where the development mainly happened.
                _geo.Add(marker);
            }
        }
    }

    public void SetTense(EventTense tense) =>
        _marker = tense switch
        {
            EventTense.Background => "~past",
            EventTense.Prospective => "~next",
            _ => null,
        };

    public IReadOnlyList<string> ToTokens()
    {
        var list = _byStem.Values.Order(StringComparer.Ordinal).ToList();
        list.AddRange(_geo);
        if (_marker is not null)
        {
            list.Add(_marker);
        }

        return list;
    }

    /// <summary>How much a key token counts in the cosine: names 3, plain words 1, title/lead context half.</summary>
    public static double Weight(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length == 0 || token[0] == Marker || token[0] == GeoMarker.Prefix)
        {
            return 0;
        }

        var context = token[0] == Context;
        var body = context ? token.AsSpan(1) : token.AsSpan();
        var weight = body.Length > 0 && body[0] == Name ? 3.0 : 1.0;
        return context ? weight * ContextWeight : weight;
    }

    /// <summary>The stem without its markers, so "^lyon" and "+lyon" are one word.</summary>
    public static string Bare(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.TrimStart(Context, Name);
    }

    private static bool LooksTitleCased(Token[] tokens)
    {
        var words = 0;
        var capitalized = 0;
        foreach (var t in tokens)
        {
            if (t.IsWord && t.Lower.Length > 3)
            {
                words++;
                capitalized += t.IsCapitalized ? 1 : 0;
            }
        }

        return words >= 3 && capitalized * 10 >= words * 7;
    }
}
