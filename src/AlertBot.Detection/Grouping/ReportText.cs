using System.Text.RegularExpressions;
using AlertBot.Detection.Events;
using AlertBot.Detection.Places;

namespace AlertBot.Detection.Grouping;

/// <summary>The words and names of a report's text (headline and lead), as grouping counts them.</summary>
public static partial class ReportText
{
    /// <summary>
    /// Headline abbreviations, as outlets write them either way ("PM" and "prime minister", "U.S." and "US"): two letters are
    /// too short to count as words, and "US" is not "us". Held as stems.
    /// </summary>
    private static readonly Dictionary<string, string[]> Abbreviations = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["PM"] = ["prime", "minister"],
        ["US"] = ["usa"],
        ["USA"] = ["usa"],
        ["UK"] = ["britain"],
        ["UN"] = ["unation"],
        ["EU"] = ["europeanunion"],
    }.ToDictionary(a => a.Key, a => a.Value.Select(Stemmer.Stem).ToArray(), StringComparer.Ordinal);

    /// <summary>Stemmed content words and how often each occurs.</summary>
    public static Dictionary<string, int> CountTerms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(Dotted().Replace(text, m => m.Value.Replace(".", ""))))
        {
            if (token.IsWord && Abbreviations.TryGetValue(token.Text, out var words))
            {
                foreach (var word in words)
                {
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                }

                continue;
            }

            if (!token.IsWord || token.Lower.Length < 3 || StopWords.Contains(token.Lower))
            {
                continue;
            }

            var stem = Stemmer.Stem(token.Lower);
            if (stem.Length < 3 || StopWords.Contains(stem))
            {
                continue;
            }

            counts[stem] = counts.GetValueOrDefault(stem) + 1;
        }

        return counts;
    }

    /// <summary>
    /// Words capitalised where an ordinary word would not be: not opening a sentence, not in a title-cased line ("Stabbing
    /// Attack in Sydney Kills 6"), not an everyday English word ("Police"). They are who and where: two reports that
    /// share them are likelier one event than two reports that share only its verbs.
    /// </summary>
    public static string[] Names(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var first = true;
        foreach (var line in lines)
        {
            var tokens = Tokenizer.Tokenize(line);
            if (first && StormNamed(tokens) is { } storm)
            {
                names.Add(storm);
            }

            first = false;
            if (LooksTitleCased(tokens))
            {
                continue;
            }

            var sentenceStart = true;
            foreach (var token in tokens)
            {
                if (!token.IsWord)
                {
                    sentenceStart |= token.Text is "." or "!" or "?" or ":" or "\"" or "“";
                    continue;
                }

                if (!sentenceStart && token.IsCapitalized && token.Lower.Length >= 3 && !char.IsDigit(token.Text[0])
                    && !StopWords.Contains(token.Lower) && !WordLists.Default.IsCommon(token.Lower))
                {
                    names.Add(Stemmer.Stem(token.Lower));
                }

                sentenceStart = false;
            }
        }

        return [.. names];
    }

    /// <summary>What <see cref="Names"/> lists for a storm its headline names: one storm is one development, whatever it did next.</summary>
    public const string StormPrefix = "storm:";

    /// <summary>
    /// What <see cref="WithQuakeKeys"/> adds for an earthquake in a country: one country's earthquake within the window is one
    /// development, however its toll is told as it rises ("7.7 earthquake hits Myanmar", hours on "Myanmar quake death toll rises
    /// to 144, junta says" share one word).
    /// </summary>
    public const string QuakePrefix = "quake:";

    /// <summary>The report's names, with a <see cref="QuakePrefix"/> key for each country of its places when its first line tells of an earthquake.</summary>
    public static string[] WithQuakeKeys(string[] names, string firstLine, IEnumerable<string> countryCodes)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(firstLine);
        ArgumentNullException.ThrowIfNull(countryCodes);
        if (!Tokenizer.Tokenize(firstLine).Any(t => t.IsWord && QuakeWords.Contains(t.Lower)))
        {
            return names;
        }

        var keys = new SortedSet<string>(names, StringComparer.Ordinal);
        foreach (var code in countryCodes)
        {
            if (code.Length > 0)
            {
                keys.Add(QuakePrefix + code.ToLowerInvariant());
            }
        }

        return [.. keys];
    }

    private static readonly HashSet<string> QuakeWords = new(["earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock", "aftershocks"], StringComparer.Ordinal);

    /// <summary>
    /// "Hurricane Debby", "Storm Debby", "Typhoon Yagi": a weather service's name for one storm, as the headline gives it (a
    /// storm named in passing, "the worst since Hurricane Katrina", is no key). "Storm Shadow" missiles are no storm: a storm's
    /// name is a given name, not an English word.
    /// </summary>
    private static string? StormNamed(Token[] tokens)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].IsCapitalized && tokens[i].Lower is "hurricane" or "typhoon" or "cyclone" or "storm" && tokens[i + 1].IsWord && tokens[i + 1].IsCapitalized
                && tokens[i + 1].Lower.Length >= 3 && tokens[i + 1].Lower is not ("storm" or "hurricane" or "typhoon")
                && !StopWords.Contains(tokens[i + 1].Lower) && !WordLists.Default.IsCommon(tokens[i + 1].Lower))
            {
                return StormPrefix + tokens[i + 1].Lower;
            }
        }

        return null;
    }

    /// <summary>Most longer words capitalised: a headline style, where capitals say nothing about names.</summary>
    internal static bool LooksTitleCased(Token[] tokens)
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

    /// <summary>"U.S.", "U.K.", "U.N.": the dotted forms of the abbreviations.</summary>
    [GeneratedRegex(@"\b(?:U\.S\.(?:A\.)?|U\.K\.|U\.N\.|E\.U\.)", RegexOptions.CultureInvariant)]
    private static partial Regex Dotted();
}
