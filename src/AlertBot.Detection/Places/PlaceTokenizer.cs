using System.Globalization;
using System.Text;

namespace AlertBot.Detection.Places;

/// <summary>Splits text into words with the casing and boundary cues the place matcher needs; one pass, no regex.</summary>
internal static class PlaceTokenizer
{
    public static TokenizedText Tokenize(string text)
    {
        var folded = new StringBuilder(text.Length);
        var tokens = new List<PlaceToken>(text.Length / 5);
        var sentenceInitial = true;
        var lineStart = 0;
        var position = 0;
        while (position < text.Length)
        {
            var wordStart = position;
            while (wordStart < text.Length && !IsWordChar(text[wordStart]))
            {
                wordStart++;
            }

            if (wordStart >= text.Length)
            {
                break;
            }

            var wordEnd = ReadWord(text, wordStart);
            var (start, end) = TrimWord(text, wordStart, wordEnd);
            position = wordEnd;
            if (start >= end)
            {
                continue;
            }

            if (tokens.Count > 0)
            {
                var gap = Gap(text, tokens[^1], start);
                tokens[^1] = tokens[^1] with { JoinedToNext = gap.Joined };
                sentenceInitial = gap.SentenceEnds;
                if (gap.NewLine)
                {
                    MarkWeakCase(tokens, lineStart);
                    lineStart = tokens.Count;
                }
            }

            var foldStart = folded.Length == 0 ? 0 : folded.Length + 1;
            if (folded.Length > 0)
            {
                folded.Append(' ');
            }

            var (capitalised, allCaps) = Fold(text.AsSpan(start, end - start), folded);
            tokens.Add(new PlaceToken(start, end - start, foldStart, folded.Length - foldStart, capitalised, allCaps, false, sentenceInitial, false));
        }

        MarkWeakCase(tokens, lineStart);
        return new TokenizedText(text, folded.ToString(), [.. tokens]);
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || NameKey.IsApostrophe(c);

    /// <summary>End of the word at <paramref name="start"/>; "U.S."-style dotted abbreviations are one word.</summary>
    private static int ReadWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        if (end == start + 1 && char.IsUpper(text[start]))
        {
            while (end + 1 < text.Length && text[end] == '.' && char.IsUpper(text[end + 1]) && (end + 2 >= text.Length || !char.IsLetter(text[end + 2])))
            {
                end += 2;
            }

            if (end > start + 1 && end < text.Length && text[end] == '.')
            {
                end++;
            }
        }

        return end;
    }

    /// <summary>Drops quotes around a word and a possessive "'s".</summary>
    private static (int Start, int End) TrimWord(string text, int start, int end)
    {
        while (start < end && NameKey.IsApostrophe(text[start]))
        {
            start++;
        }

        if (end - start > 2 && (text[end - 1] is 's' or 'S') && NameKey.IsApostrophe(text[end - 2]))
        {
            end -= 2;
        }

        while (end > start && NameKey.IsApostrophe(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static (bool Capitalised, bool AllCaps) Fold(ReadOnlySpan<char> word, StringBuilder folded)
    {
        var capitalised = false;
        var letters = 0;
        var upper = 0;
        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            if (char.IsLetter(c))
            {
                capitalised |= letters == 0 && char.IsUpper(c);
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }

            NameKey.AppendFolded(folded, c);
        }

        return (capitalised, letters > 1 && upper == letters);
    }

    private static TokenGap Gap(string text, PlaceToken previous, int nextStart)
    {
        var from = previous.Start + previous.Length;
        var gap = text.AsSpan(from, nextStart - from);
        var newLine = gap.ContainsAny('\n', '\r');
        if (newLine)
        {
            return new TokenGap(false, true, true);
        }

        var trimmed = gap.Trim();
        if (trimmed.IsEmpty || trimmed is "-")
        {
            return new TokenGap(true, false, false);
        }

        // "St. Petersburg", "Mt. Lebanon": a short capitalised word before a dot abbreviates, it does not end a sentence.
        if (trimmed is "." && previous.Length <= 2 && previous.Capitalised && !previous.AllCaps && gap.Length > 1)
        {
            return new TokenGap(true, false, false);
        }

        var sentenceEnds = trimmed.ContainsAny(".!?:\"\u201C\u201D\u00AB\u00BB") && !trimmed.StartsWith("'s", StringComparison.Ordinal);
        return new TokenGap(false, sentenceEnds, false);
    }

    /// <summary>In a title-case or all-caps line (a headline) every word is capitalised, so casing proves nothing.</summary>
    private static void MarkWeakCase(List<PlaceToken> tokens, int lineStart)
    {
        var longWords = 0;
        var capitalised = 0;
        for (var i = lineStart; i < tokens.Count; i++)
        {
            if (tokens[i].Length >= 4)
            {
                longWords++;
                capitalised += tokens[i].Capitalised ? 1 : 0;
            }
        }

        if (longWords < 3 || capitalised * 4 < longWords * 3)
        {
            return;
        }

        for (var i = lineStart; i < tokens.Count; i++)
        {
            tokens[i] = tokens[i] with { WeakCase = true };
        }
    }
}
