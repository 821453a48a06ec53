namespace AlertBot.Detection.Events;

/// <summary>Splits a sentence into words and punctuation, keeping offsets into the original text.</summary>
public static class Tokenizer
{
    /// <summary>Quoted runs with at least this many words are speech; shorter ones are scare quotes around a phrase.</summary>
    private const int SpeechWords = 4;

    /// <summary>One-character strings for ASCII punctuation, shared: every sentence has a few.</summary>
    private static readonly string[] Marks = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Counted first, so the tokens go straight into an array of their size (this runs for every sentence read).
        var count = 0;
        for (var i = 0; Next(text, ref i, out _, out _);)
        {
            count++;
        }

        var tokens = new Token[count];
        var n = 0;
        for (var i = 0; Next(text, ref i, out var start, out var isWord);)
        {
            if (isWord)
            {
                var word = text[start..i];
                tokens[n++] = new Token(word, word.ToLowerInvariant(), start, i, true, char.IsUpper(text[start]), false);
            }
            else
            {
                var c = text[start];
                var mark = c < Marks.Length ? Marks[c] : c.ToString();
                tokens[n++] = new Token(mark, mark, start, start + 1, false, false, false);
            }
        }

        MarkQuotes(tokens);
        return tokens;
    }

    /// <summary>Moves past the next token (a word, or one mark) and says where it started; false at the end.</summary>
    private static bool Next(string text, ref int i, out int start, out bool isWord)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        start = i;
        if (i >= text.Length)
        {
            isWord = false;
            return false;
        }

        isWord = char.IsLetterOrDigit(text[i]);
        if (!isWord)
        {
            i++;
            return true;
        }

        while (i < text.Length && IsWordChar(text, i))
        {
            i++;
        }

        return true;
    }

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        // Keep "al-Hakim", "Iraq's", "3.5" and "24-year" whole: joiners count only between letters or digits.
        return c is '-' or '\'' or '.' or ','
            && i > 0 && i + 1 < text.Length
            && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])
            && (c is '-' or '\'' || (char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])));
    }

    private static void MarkQuotes(Token[] tokens)
    {
        var open = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].Is("\""))
            {
                continue;
            }

            if (open < 0)
            {
                open = i;
                continue;
            }

            var words = 0;
            for (var j = open + 1; j < i; j++)
            {
                words += tokens[j].IsWord ? 1 : 0;
            }

            if (words >= SpeechWords)
            {
                for (var j = open; j <= i; j++)
                {
                    tokens[j] = tokens[j] with { InQuote = true };
                }
            }

            open = -1;
        }

        // An unclosed quote runs to the end of the sentence (quotes spanning sentences are common).
        if (open >= 0 && tokens.Length - open > SpeechWords)
        {
            for (var j = open; j < tokens.Length; j++)
            {
                tokens[j] = tokens[j] with { InQuote = true };
            }
        }
    }
}
