using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace AlertBot.Alerts;

/// <summary>Identity of an article's content: the same words from any path or feed are the same article.</summary>
public static class ContentHash
{
    public static string Of(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        // Whitespace differences (re-wrapped lines, CRLF) must not make a new article: the words of title and body, each
        // run of whitespace (char.IsWhiteSpace, as string.Split reads it) one space, none at either end.
        var chars = ArrayPool<char>.Shared.Rent(title.Length + body.Length + 1);
        try
        {
            var length = 0;
            var space = false;
            Append(title, chars, ref length, ref space);
            space |= length > 0;
            Append(body, chars, ref length, ref space);
            var words = chars.AsSpan(0, length);
            var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
            try
            {
                var count = Encoding.UTF8.GetBytes(words, bytes);
                return Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(0, count)));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static void Append(string text, char[] chars, ref int length, ref bool space)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                chars[length++] = ' ';
                space = false;
            }

            chars[length++] = c;
        }
    }
}
