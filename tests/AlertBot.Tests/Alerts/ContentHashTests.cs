using System.Security.Cryptography;
using System.Text;
using AlertBot.Alerts;

namespace AlertBot.Tests.Alerts;

public sealed class ContentHashTests
{
    [Theory]
    [InlineData("Blast in Kharkiv", "Three workers were killed.")]
    [InlineData("  Blast in Kharkiv \r\n", "\tThree workers\r\n\r\nwere  killed.  ")]
    [InlineData("", "Only a body")]
    [InlineData("Only a title", "")]
    [InlineData("", "")]
    [InlineData(" \u00a0\u2003", "\u2028 x \u3000y\u0085")]
    public void Of_AnyWhitespace_HashesTheWordsJoinedBySingleSpaces(string title, string body) =>
        Assert.Equal(Defined(title, body), ContentHash.Of(title, body));

    [Fact]
    public void Of_Surrogates_HashesTheirUtf8AsTheWordsDo()
    {
        // Built in code: a lone surrogate does not survive a test case's serialization.
        var title = "Emoji " + char.ConvertFromUtf32(0x1F600) + " pair";
        var body = " lone " + (char)0xD800 + " surrogate ";

        Assert.Equal(Defined(title, body), ContentHash.Of(title, body));
    }

    [Fact]
    public void Of_WordsSplitDifferently_DiffersOnlyWhenTheWordsDo()
    {
        Assert.NotEqual(ContentHash.Of("Blast", "in Kharkiv"), ContentHash.Of("Bla", "st in Kharkiv"));
        Assert.Equal(ContentHash.Of("Blast in", "Kharkiv"), ContentHash.Of("Blast", "in Kharkiv"));
    }

    /// <summary>The definition: the words of "title\nbody" as string.Split reads whitespace, joined by one space.</summary>
    private static string Defined(string title, string body)
    {
        var words = string.Join(' ', (title + "\n" + body).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(words)));
    }
}
