namespace AlertBot.Detection.Events;

/// <summary>Splits a sentence into words and punctuation, keeping offsets into the original text.</summary>
public static class Tokenizer
{
    /// <summary>Quoted runs with at least this many words are speech; shorter ones are scare quotes around a phrase.</summary>
    private const int SpeechWords = 4;

    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text, i))
                {
                    i++;
                }

                var word = text[start..i];
                tokens.Add(new Token(word, word.ToLowerInvariant(), start, i, true, char.IsUpper(c), false));
                continue;
            }

            var mark = c.ToString();
            tokens.Add(new Token(mark, mark, i, i + 1, false, false, false));
            i++;
        }

        var array = tokens.ToArray();
        MarkQuotes(array);
        return array;
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
