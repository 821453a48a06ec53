using System.Collections.Frozen;

namespace AlertBot.Detection.Text;

/// <summary>
/// Splits a paragraph into sentences in one forward pass without regexes. Expects normalised text
/// (see <see cref="TextNormalizer"/>); a line break always ends a sentence.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var result = new List<string>();
        var span = paragraph.AsSpan();
        var lineStart = 0;
        while (lineStart <= span.Length)
        {
            var newline = span[lineStart..].IndexOf('\n');
            var lineEnd = newline < 0 ? span.Length : lineStart + newline;
            SplitLine(paragraph, lineStart, lineEnd, result);
            lineStart = lineEnd + 1;
        }

        return result;
    }

    private static void SplitLine(string text, int from, int to, List<string> result)
    {
        var start = from;
        var inQuote = false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                inQuote = !inQuote;
                continue;
            }

            if (!IsTerminal(c))
            {
                continue;
            }

            var runEnd = i;
            var dots = 0;
            while (runEnd < to && IsTerminal(text[runEnd]))
            {
                dots += text[runEnd] == '.' ? 1 : text[runEnd] == '\u2026' ? 3 : 0;
                runEnd++;
            }

            var closeEnd = runEnd;
            while (closeEnd < to && IsCloser(text[closeEnd]))
            {
                if (text[closeEnd] == '"')
                {
                    inQuote = !inQuote;
                }

                closeEnd++;
            }

            if (closeEnd >= to || !char.IsWhiteSpace(text[closeEnd]))
            {
                i = closeEnd - 1;
                continue;
            }

            var next = closeEnd;
            while (next < to && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (IsBoundary(text, start, i, runEnd, dots, inQuote, next, to))
            {
                Add(text, start, closeEnd, result);
                start = next;
                i = next - 1;
            }
            else
            {
                i = closeEnd - 1;
            }
        }

        Add(text, start, to, result);
    }

    private static bool IsBoundary(string text, int sentenceStart, int terminal, int runEnd, int dots, bool inQuote, int next, int to)
    {
        var letter = next;
        while (letter < to && IsOpener(text[letter]))
        {
            letter++;
        }

        if (letter >= to)
        {
            return true;
        }

        var first = text[letter];
        if (char.IsLower(first))
        {
            return false;
        }

        if (dots >= 2)
        {
            // An ellipsis inside a quotation marks a pause in the quote, not the end of the reporter's sentence.
            return !inQuote;
        }

        if (runEnd - terminal != 1 || text[terminal] != '.')
        {
            // "Is it over?" Mr Lewis asked. The attribution belongs to the quoted question.
            return !(next > runEnd + 1 && text[runEnd] == '"' && IsAttribution(text, letter, to));
        }

        var tokenStart = terminal;
        while (tokenStart > sentenceStart && !char.IsWhiteSpace(text[tokenStart - 1]) && !IsOpener(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        var token = text.AsSpan(tokenStart, terminal - tokenStart);
        if (IsSpacedDecimal(text, tokenStart, token, letter, to))
        {
            // "a 5. 9 magnitude quake": text from a tokenised source spaces a decimal point out.
            return false;
        }

        if (IsClockSuffix(token) || IsSpacedClockSuffix(text, tokenStart, token))
        {
            // "at 6 p.m. Rebels then entered": a time closes sentences often; only a zone or day continues it.
            return !char.IsDigit(first) && !IsWordIn(text.AsSpan(letter, to - letter), Abbreviations.TimeFollowers);
        }

        return ClassifyToken(token, tokenStart == sentenceStart) switch
        {
            TokenKind.NeverEnds => false,
            TokenKind.MayEnd => !char.IsDigit(first) && IsSentenceStarter(text.AsSpan(letter, to - letter)),
            _ => true,
        };
    }

    private static TokenKind ClassifyToken(ReadOnlySpan<char> token, bool atSentenceStart)
    {
        if (token.Length == 0)
        {
            return TokenKind.Word;
        }

        if (Abbreviations.Titles.Contains(token))
        {
            return TokenKind.NeverEnds;
        }

        if (atSentenceStart && token.Length <= 2 && IsAllDigits(token))
        {
            // "1. Rebels took the city": a list marker, not a sentence.
            return TokenKind.NeverEnds;
        }

        if (Abbreviations.Ambiguous.Contains(token) || IsInitials(token))
        {
            return TokenKind.MayEnd;
        }

        return TokenKind.Word;
    }

    /// <summary>"W" in "George W. Bush", "J.K", "U.S", "a.m", "e.g": single letters joined by full stops.</summary>
    private static bool IsInitials(ReadOnlySpan<char> token)
    {
        if (token.Length == 1)
        {
            return char.IsUpper(token[0]);
        }

        for (var i = 0; i < token.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(token[i]) : token[i] != '.')
            {
                return false;
            }
        }

        return token.Length % 2 == 1;
    }

    private static bool IsAttribution(string text, int from, int to)
    {
        const int MaxWords = 4;
        var words = 0;
        var i = from;
        while (i < to && words < MaxWords)
        {
            var start = i;
            while (i < to && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > start && Abbreviations.SpeechVerbs.Contains(text.AsSpan(start, i - start)))
            {
                return true;
            }

            words++;
            while (i < to && !char.IsLetter(text[i]))
            {
                if (IsTerminal(text[i]) || text[i] == '"')
                {
                    return false;
                }

                i++;
            }
        }

        return false;
    }

    /// <summary>The "m" of "p. m.", as a tokenised source writes "p.m.".</summary>
    private static bool IsSpacedClockSuffix(string text, int tokenStart, ReadOnlySpan<char> token) =>
        token is "m" && tokenStart >= 3 && text[tokenStart - 1] == ' ' && text[tokenStart - 2] == '.' && (text[tokenStart - 3] | 0x20) is 'a' or 'p'
            && (tokenStart == 3 || !char.IsLetter(text[tokenStart - 4]));

    /// <summary>
    /// One or two digits, a full stop, a space and digits that end a number ("5. 9 -", "3. 5%"): a decimal written apart. A year
    /// before ("in 2003. 2004 was") or a word after ("3. 3G") is two sentences.
    /// </summary>
    private static bool IsSpacedDecimal(string text, int tokenStart, ReadOnlySpan<char> token, int next, int to)
    {
        if (token.Length is 0 or > 2 || !IsAllDigits(token) || (tokenStart > 0 && char.IsLetterOrDigit(text[tokenStart - 1])))
        {
            return false;
        }

        var end = next;
        while (end < to && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end > next && end - next <= 2 && (end == to || !char.IsLetterOrDigit(text[end]));
    }

    private static bool IsClockSuffix(ReadOnlySpan<char> token) =>
        token.Length == 3 && token[1] == '.' && (token[0] | 0x20) is 'a' or 'p' && (token[2] | 0x20) == 'm';

    private static bool IsSentenceStarter(ReadOnlySpan<char> rest) => IsWordIn(rest, Abbreviations.SentenceStarters);

    private static bool IsWordIn(ReadOnlySpan<char> rest, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        var end = 0;
        while (end < rest.Length && char.IsLetter(rest[end]))
        {
            end++;
        }

        return end > 0 && words.Contains(rest[..end]);
    }

    private static bool IsAllDigits(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(string text, int start, int end, List<string> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                result.Add(text.Substring(start, end - start));
                return;
            }
        }
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB';

    private static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018' or '\u00AB';
}
