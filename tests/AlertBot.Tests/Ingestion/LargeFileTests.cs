using System.Text;
using AlertBot.Alerts;
using AlertBot.Ingestion;
using AlertBot.Tests.Support;

namespace AlertBot.Tests.Ingestion;

/// <summary>
/// One file must not stall ingestion: hostile shapes are read in one pass and bounded. The time limits here are
/// hang guards, far above what the code takes (well under a second), not speed targets.
/// </summary>
public sealed class LargeFileTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Read_HundredThousandNestedDivs_ReadInBoundedTime()
    {
        var path = _temp.File("deep.html");
        var html = new StringBuilder("<html><head><title>Rebels take full control of Homs</title></head><body>");
        html.Insert(html.Length, "<div>", 100_000).Append("<p>Rebels took full control of the city of Homs on Sunday, residents said.</p>").Insert(html.Length, "</div>", 100_000);
        await File.WriteAllTextAsync(path, html.Append("</body></html>").ToString());

        var article = await Task.Run(() => ArticleFileReader.ReadAsync(path, "deep.html", "inbox", 5 * 1024 * 1024, CancellationToken.None)).WaitAsync(HangGuard);

        Assert.Contains("Rebels took full control of the city of Homs", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_MillionLineFile_BodyBoundedAndReadInOnePass()
    {
        var path = _temp.File("lines.txt");
        var text = new StringBuilder("\n", 4_200_000).Insert(0, "\n", 200_000).Append("Explosion hits Kharkiv power station\n");
        for (var i = 0; i < 1_000_000; i++)
        {
            text.Append("x y\n");
        }

        await File.WriteAllTextAsync(path, text.ToString());

        var article = await Task.Run(() => ArticleFileReader.ReadAsync(path, "lines.txt", "inbox", 5 * 1024 * 1024, CancellationToken.None)).WaitAsync(HangGuard);

        Assert.Equal("Explosion hits Kharkiv power station", article.Title);
        Assert.InRange(article.Body.Length, 1, IncomingArticle.MaxBodyChars);
    }

    [Fact]
    public async Task PlainText_MillionBlankLinesBeforeTheHeadline_ReadInOnePass()
    {
        var text = new string('\n', 1_000_000) + "Explosion hits Kharkiv power station\nAn explosion hit a power station in Kharkiv.";

        var parsed = await Task.Run(() => PlainTextArticleParser.Parse(text)).WaitAsync(HangGuard);

        Assert.Equal("Explosion hits Kharkiv power station", parsed.Title);
    }

    public void Dispose() => _temp.Dispose();
}
