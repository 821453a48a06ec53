using System.Text;
using AlertBot.Ingestion;
using AlertBot.Tests.Support;

namespace AlertBot.Tests.Ingestion;

public sealed class ArticleFileReaderTests : IDisposable
{
    private const long MaxBytes = 5 * 1024 * 1024;
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task ReadAsync_PlainText_FirstLineIsHeadlineAndDateLineIsPublished()
    {
        var path = Write("a.txt", "Floods cut off the city of Lyon\n\nMay 03, 2013\nRivers burst their banks overnight.\nRescuers said hundreds were evacuated.");

        var article = await ArticleFileReader.ReadAsync(path, "a.txt", "inbox", MaxBytes, CancellationToken.None);

        Assert.Equal("Floods cut off the city of Lyon", article.Title);
        Assert.StartsWith("Rivers burst their banks overnight.", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("2013", article.Body, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2013, 5, 3, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("inbox", article.Outlet);
        Assert.Equal("a.txt", article.Source);
    }

    [Fact]
    public async Task ReadAsync_PlainTextWithDatelineAboveHeadline_HeadlineIsTheNextLine()
    {
        var path = Write("dated.txt", "May 2, 2013, 1: 12 PM\n\nLawyer: singer checks into rehab facility\nThe singer checked into a clinic, her lawyer said.");

        var article = await ArticleFileReader.ReadAsync(path, "dated.txt", "inbox", MaxBytes, CancellationToken.None);

        Assert.Equal("Lawyer: singer checks into rehab facility", article.Title);
        Assert.Equal(new DateTimeOffset(2013, 5, 2, 13, 12, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public async Task ReadAsync_PlainTextUnderAYearlessStamp_StampIsNotTheHeadline()
    {
        var path = Write("stamp.txt", "APR 28\n\nCouncil restores river protections\nThe council restored the rules on Tuesday.");

        var article = await ArticleFileReader.ReadAsync(path, "stamp.txt", "inbox", MaxBytes, CancellationToken.None);

        Assert.Equal("Council restores river protections", article.Title);
    }

    [Fact]
    public async Task ReadAsync_PlainTextWithStampUnderStandfirst_ReadsIt()
    {
        var path = Write("standfirst.txt",
            "Club makes record offer to slugger\nEight years, reportedly\n\n12 / 16 / 08 1: 30 AM EST\nThe club made the offer on Monday.");

        var article = await ArticleFileReader.ReadAsync(path, "standfirst.txt", "inbox", MaxBytes, CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2008, 12, 16, 1, 30, 0, TimeSpan.FromHours(-5)), article.Published);
        Assert.DoesNotContain("12 / 16 / 08", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_PlainTextWhoseFirstLineIsAParagraph_KeepsItInTheBody()
    {
        var lead = "Rescue teams in Lyon reached the flooded districts on Sunday after the river rose two metres overnight. " +
                   "Officials said more than a thousand homes were without power and that schools would stay shut.";
        var path = Write("b.txt", lead + "\n\nMore rain is expected.");

        var article = await ArticleFileReader.ReadAsync(path, "b.txt", "inbox", MaxBytes, CancellationToken.None);

        Assert.Equal("Rescue teams in Lyon reached the flooded districts on Sunday after the river rose two metres overnight.", article.Title);
        Assert.StartsWith(lead, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MarkdownWithFrontMatter_UsesMetadataAndStripsMarkup()
    {
        var path = Write("c.md", """
            ---
            title: "Strike halts trains in Lyon"
            date: 2024-03-05T08:00:00Z
            source: Example Wire
            url: https://example.org/strike
            ---
            # Ignored heading

            Unions said the **strike** would last [two days](https://example.org/unions).

            - Trains cancelled
            - ![photo](x.jpg)Buses running
            """);

        var article = await ArticleFileReader.ReadAsync(path, "c.md", "inbox", MaxBytes, CancellationToken.None);

        Assert.Equal("Strike halts trains in Lyon", article.Title);
        Assert.Equal("Example Wire", article.Outlet);
        Assert.Equal("https://example.org/strike", article.Url);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Contains("Unions said the strike would last two days.", article.Body, StringComparison.Ordinal);
        Assert.Contains("Buses running", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("**", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("](", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Html_TakesMainTextAndDropsNavigationScriptsAndAsides()
    {
        var path = Write("d.html", """
            <html><head><title>Site | Page</title>
            <meta property="og:title" content="Bridge collapses in Lyon">
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2024-06-01T10:00:00Z">
            <script>var tracking = "do not read";</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Bridge collapses in Lyon</h1>
            <p>A road bridge collapsed in Lyon on Saturday, the fire service said.</p>
            <p>Three cars fell into the river &amp; divers searched for survivors.</p>
            <aside><p>Related: ten bridges to see</p></aside></article>
            <footer>Copyright</footer></body></html>
            """);

        var article = await ArticleFileReader.ReadAsync(path, "d.html", "inbox", MaxBytes, CancellationToken.None);

        Assert.Equal("Bridge collapses in Lyon", article.Title);
        Assert.Equal("Example News", article.Outlet);
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 10, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Contains("Three cars fell into the river & divers searched for survivors.", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Related", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Json_ReadsTheArticleShape()
    {
        var path = Write("e.json", """{"title":"Quake hits Lyon","body":"A magnitude 5 quake shook Lyon.","url":"https://example.org/q","published":"2024-01-02T03:04:05Z","source":"Wire"}""");

        var article = await ArticleFileReader.ReadAsync(path, "e.json", "inbox", MaxBytes, CancellationToken.None);

        Assert.Equal(("Quake hits Lyon", "A magnitude 5 quake shook Lyon.", "https://example.org/q", "Wire"), (article.Title, article.Body, article.Url, article.Outlet));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), article.Published);
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty")]
    [InlineData("blank.txt", new byte[] { 32, 10, 32, 10 }, "empty")]
    [InlineData("binary.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x01 }, "binary")]
    [InlineData("latin1.txt", new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E }, "UTF-8")]
    [InlineData("broken.json", new byte[] { 0x7B, 0x22, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x22, 0x3A }, "JSON")]
    [InlineData("array.json", new byte[] { 0x5B, 0x5D }, "object")]
    public async Task ReadAsync_UnreadableFile_ThrowsWithReason(string name, byte[] content, string reason)
    {
        var path = _temp.File(name);
        await File.WriteAllBytesAsync(path, content);

        var ex = await Assert.ThrowsAsync<UnreadableArticleException>(() => ArticleFileReader.ReadAsync(path, name, "inbox", MaxBytes, CancellationToken.None));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FiftyMegabyteFile_RefusedWithoutReadingIt()
    {
        var path = _temp.File("huge.txt");
        await using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var ex = await Assert.ThrowsAsync<UnreadableArticleException>(() => ArticleFileReader.ReadAsync(path, "huge.txt", "inbox", MaxBytes, CancellationToken.None));

        Assert.Contains("Inbox:MaxFileBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf16WithByteOrderMark_Decodes()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Kyiv news")).ToArray();

        Assert.Equal("Kyiv news", ArticleFileReader.Decode(bytes));
    }

    private string Write(string name, string text)
    {
        var path = _temp.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => _temp.Dispose();
}
