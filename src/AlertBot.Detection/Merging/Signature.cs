using AlertBot.Detection.Events;

namespace AlertBot.Detection.Merging;

/// <summary>
/// Builds the word part of a <see cref="DevelopmentKey"/>: stemmed content words, names marked "^" (they tell two
/// events of one kind apart), context words from the article's title and lead marked "+", and the tense as "~…".
/// </summary>
public sealed class Signature
{
    public const char Name = '^';
    public const char Context = '+';
    public const char Marker = '~';

    private readonly Dictionary<string, string> _byStem = new(StringComparer.Ordinal);
    private string? _marker;

    public void AddText(string text, bool context)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var titleCase = LooksTitleCased(tokens);
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || t.Lower.Length < 2 || StopWords.Contains(t.Lower) || (t.Lower.Length < 4 && t.Lower.All(char.IsDigit)))
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
        if (token.Length == 0 || token[0] == Marker)
        {
            return 0;
        }

        var context = token[0] == Context;
        var body = context ? token.AsSpan(1) : token.AsSpan();
        var weight = body.Length > 0 && body[0] == Name ? 3.0 : 1.0;
        return context ? weight / 2 : weight;
    }

    /// <summary>The stem without its markers, so "^homs" and "+homs" are one word.</summary>
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
