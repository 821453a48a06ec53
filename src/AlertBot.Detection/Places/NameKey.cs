using System.Globalization;

namespace AlertBot.Detection.Places;

/// <summary>
/// Keys that make spellings of one place name compare equal.
/// <see cref="Exact"/> only forgives case, accents and punctuation; <see cref="Variant"/> also forgives
/// transliteration (articles, vowels, doubled letters, common consonant digraphs); <see cref="Skeleton"/>
/// keeps only the consonants and is for suggestions, never for matching text.
/// </summary>
public static class NameKey
{
    /// <summary>Longest name (in chars) the span-based keys handle; longer names are never matched in text.</summary>
    internal const int MaxLength = 128;

    /// <summary>Lowercase, accent-free, apostrophes dropped, any other punctuation as one space.</summary>
    public static string Exact(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var buffer = name.Length <= MaxLength ? stackalloc char[ExactCapacity(name.Length)] : new char[ExactCapacity(name.Length)];
        return new string(buffer[..WriteExact(name, buffer)]);
    }

    /// <summary>Room <see cref="WriteExact"/> needs for a name of this length: folding can double a letter ("ß" to "ss"), never more.</summary>
    internal static int ExactCapacity(int nameLength) => (nameLength * 2) + 2;

    /// <summary>Writes the <see cref="Exact"/> key of <paramref name="name"/>; <paramref name="destination"/> holds <see cref="ExactCapacity"/> chars.</summary>
    internal static int WriteExact(ReadOnlySpan<char> name, Span<char> destination)
    {
        var written = 0;
        var pendingSpace = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (IsApostrophe(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // Dots inside abbreviations ("U.S.", "D.C.") join letters; elsewhere they separate words.
            if (c == '.' && i + 1 < name.Length && char.IsLetter(name[i + 1]) && i > 0 && (i < 2 || !char.IsLetter(name[i - 2])))
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = written > 0;
                continue;
            }

            if (pendingSpace)
            {
                destination[written++] = ' ';
                pendingSpace = false;
            }

            if (LetterFolds.Of(c) is { } folded)
            {
                folded.CopyTo(destination[written..]);
                written += folded.Length;
            }
            else
            {
                destination[written++] = char.ToLowerInvariant(c);
            }
        }

        return written;
    }

    /// <summary>The transliteration-aware key of a name (it is computed from <see cref="Exact"/>).</summary>
    public static string Variant(string name)
    {
        var exact = Exact(name);
        Span<char> buffer = stackalloc char[Math.Min(exact.Length, MaxLength)];
        return exact.Length > MaxLength ? exact : new string(buffer[..WriteVariant(exact, buffer)]);
    }

    /// <summary>Consonant skeleton with the first letter kept: "Baqubah" and "Baquba" give "bkb".</summary>
    public static string Skeleton(string name)
    {
        var variant = Variant(name);
        var chars = variant.Where((c, i) => i == 0 || c != 'a').ToArray();
        return new string(chars);
    }

    internal static bool IsApostrophe(char c) =>
        c is '\'' or '\u2019' or '\u2018' or '\u02BF' or '\u02BE' or '\u02BC' or '\u02BB' or '`' or '\u00B4' or '\u2032';

    /// <summary>Appends the lowercase bare form of one letter or digit.</summary>
    internal static void AppendFolded(System.Text.StringBuilder buffer, char c)
    {
        if (LetterFolds.Of(c) is { } folded)
        {
            buffer.Append(folded);
        }
        else
        {
            buffer.Append(char.ToLowerInvariant(c));
        }
    }

    /// <summary>
    /// Writes the variant key of an exact key (lowercase words separated by single spaces) into
    /// <paramref name="destination"/>, which must be at least as long as <paramref name="exact"/>.
    /// </summary>
    internal static int WriteVariant(ReadOnlySpan<char> exact, Span<char> destination)
    {
        var wordCount = exact.Count(' ') + 1;
        var written = 0;
        var previous = '\0';
        var wordIndex = 0;
        Span<char> collapsed = stackalloc char[Math.Min(exact.Length, MaxLength)];
        foreach (var range in exact.Split(' '))
        {
            var raw = exact[range];
            var isLast = wordIndex == wordCount - 1;
            wordIndex++;
            if (raw.IsEmpty || raw.Length > collapsed.Length || (!isLast && IsArticle(raw)))
            {
                continue;
            }

            // Doubled letters carry no weight in transliteration ("Jiddah", "Tall Abbas").
            var length = 0;
            foreach (var c in raw)
            {
                if (length == 0 || collapsed[length - 1] != c)
                {
                    collapsed[length++] = c;
                }
            }

            var word = collapsed[..length];
            var end = TrimEnding(word, isLast);
            for (var i = 0; i < end; i++)
            {
                var output = Fold(word, i, end, out var consumedNext);
                if (consumedNext)
                {
                    i++;
                }

                if (output != previous)
                {
                    destination[written++] = output;
                    previous = output;
                }
            }
        }

        return written;
    }

    // Arabic ta marbuta is written -a, -ah, -eh; before a genitive ("Madinat al-Zahra") it is -at.
    private static int TrimEnding(ReadOnlySpan<char> word, bool isLast)
    {
        var end = word.Length;
        if (end > 2 && word[end - 1] == 'h' && IsVowel(word[end - 2]))
        {
            return end - 1;
        }

        return !isLast && end > 3 && word[end - 1] == 't' && word[end - 2] == 'a' ? end - 1 : end;
    }

    private static char Fold(ReadOnlySpan<char> word, int i, int end, out bool consumedNext)
    {
        var c = word[i];
        var next = i + 1 < end ? word[i + 1] : '\0';
        consumedNext = true;
        switch (c, next)
        {
            case ('k', 'h'):
            case ('c', 'k'):
                return 'k';
            case ('s', 'h'):
            case ('c', 'h'):
                return 'x';
            case ('p', 'h'):
                return 'f';
            case ('t', 'h'):
                return 't';
            case ('d', 'h'):
                return 'd';
            case ('g', 'h'):
                return 'g';
            case ('d', 'j'):
                return 'j';
        }

        consumedNext = false;
        if (c is 'q' or 'c')
        {
            return 'k';
        }

        // Y and W are consonants starting a word ("Yabroud") or between vowels ("Sulaymaniyah", "Diwaniya");
        // elsewhere they spell a vowel or diphthong ("Bayt" ~ "Beit", "Shaykh" ~ "Sheikh").
        if (c is 'y' or 'w')
        {
            var consonant = i == 0 || (IsVowel(word[i - 1]) && IsVowel(next));
            return consonant ? c : 'a';
        }

        return IsVowel(c) ? 'a' : c;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    internal static bool IsArticle(ReadOnlySpan<char> word) => word switch
    {
        "al" or "el" or "il" or "ul" or "ad" or "ed" or "ud" or "as" or "es" or "us" or "at" or "et" => true,
        "ar" or "er" or "an" or "en" or "ash" or "esh" or "az" or "ez" or "ath" or "adh" or "ech" or "the" => true,
        _ => false,
    };
}
