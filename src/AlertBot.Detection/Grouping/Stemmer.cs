namespace AlertBot.Detection.Grouping;

/// <summary>
/// A light suffix stripper: enough to make "captured", "capture" and "capturing" one token across outlets
/// without a full Porter stemmer's cost. Input is lower-case.
/// </summary>
public static class Stemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word.TrimEnd('\'');
        if (w.Length <= 3)
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            return Trim(w[..^3]);
        }

        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            return Trim(w[..^2]);
        }

        if (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 5)
        {
            return w[..^2];
        }

        if (w.EndsWith("es", StringComparison.Ordinal) && w.Length > 4 && w[^3] is 's' or 'x' or 'z' or 'h')
        {
            return w[..^2];
        }

        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        return Trim(w);
    }

    /// <summary>Drops a final "e" and a doubled consonant so "capture"/"captur(ed)" and "stop(p)ed"/"stop" agree.</summary>
    private static string Trim(string w)
    {
        if (w.Length > 4 && w[^1] == 'e')
        {
            return w[..^1];
        }

        return w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z') && !IsVowel(w[^1]) ? w[..^1] : w;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
