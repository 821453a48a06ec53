using AlertBot.Ingestion.Feeds;

namespace AlertBot.Tests.Ingestion.Feeds;

/// <summary>Spot checks on real feeds (copies in Fixtures/); each expected value was verified in the raw file.</summary>
public sealed class FeedCorpusTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Ingestion", "Feeds", "Fixtures");
    private readonly FeedParser _parser = new();

    [Theory]
    [InlineData("craigslist.rss", FeedFormat.Rdf, 25)]
    [InlineData("encoding.rss", FeedFormat.Rss, 40)]
    [InlineData("feedburner.atom", FeedFormat.Atom, 25)]
    [InlineData("guardian.rss", FeedFormat.Rss, 55)]
    [InlineData("heise.atom", FeedFormat.Atom, 15)]
    [InlineData("heraldsun.rss", FeedFormat.Rss, 2)]
    [InlineData("instant-article.rss", FeedFormat.Rss, 1)]
    [InlineData("narro.rss", FeedFormat.Rss, 1)]
    [InlineData("reddit-atom.rss", FeedFormat.Rss, 24)]
    [InlineData("reddit-home.rss", FeedFormat.Atom, 24)]
    [InlineData("reddit.rss", FeedFormat.Rss, 24)]
    [InlineData("rss-1.rss", FeedFormat.Rdf, 69)]
    [InlineData("uolNoticias.rss", FeedFormat.Rss, 15)]
    public void Parse_CorpusFeed_AllItemsRead(string file, FeedFormat format, int items)
    {
        var result = _parser.Parse(File.ReadAllBytes(Path.Combine(Folder, file)));

        Assert.True(result.IsFeed, result.Refusal);
        Assert.Equal(format, result.Format);
        Assert.Equal(items, result.Items.Count);
        Assert.All(result.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Title)));
        Assert.Equal(items, result.Items.Select(i => i.Key).Distinct().Count());
    }

    [Theory]
    [InlineData("incomplete-fields.atom")]
    [InlineData("missing-fields.atom")]
    public void Parse_EntryWithoutTitleOrLink_IsRead(string file)
    {
        var result = _parser.Parse(File.ReadAllBytes(Path.Combine(Folder, file)));

        Assert.True(result.IsFeed);
        var item = Assert.Single(result.Items);
        Assert.False(item.HasText, "nothing to detect on: read, but kept out of the pipeline");
    }

    [Fact]
    public void Parse_HtmlPageNamedRss_RefusedAsNotAFeed()
    {
        var result = _parser.Parse(File.ReadAllBytes(Path.Combine(Folder, "unrecognized.rss")));

        Assert.False(result.IsFeed);
        Assert.StartsWith("not a feed: root element <head>", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Latin1WithoutDeclaration_AccentsAndLocalisedDatesRead()
    {
        var result = _parser.Parse(File.ReadAllBytes(Path.Combine(Folder, "uolNoticias.rss")));

        var first = result.Items[0];
        Assert.Equal("Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno", first.Title);
        Assert.StartsWith("Líder na pesquisa Ibope de intenção de voto", first.Body, StringComparison.Ordinal);
        // "Seg, 24 Set 2018 19:42:40 -0300": Portuguese weekday and month.
        Assert.Equal(new DateTimeOffset(2018, 9, 24, 19, 42, 40, TimeSpan.FromHours(-3)), first.Published);
        Assert.All(result.Items, i => Assert.NotNull(i.Published));
    }

    [Fact]
    public void Parse_DeclaredIso88591_AccentsRead()
    {
        var result = _parser.Parse(File.ReadAllBytes(Path.Combine(Folder, "encoding.rss")));

        Assert.Equal("Jornal de Notícias - Últimas Notícias", result.Title);
        Assert.Equal("Mãe de utente é a nova presidente da Raríssimas", result.Items[0].Title);
    }

    [Fact]
    public void Parse_HeiseAtom_IdsAndTrackingFreeLinks()
    {
        var first = _parser.Parse(File.ReadAllBytes(Path.Combine(Folder, "heise.atom"))).Items[0];

        Assert.Equal("http://heise.de/-3088438", first.Key);
        Assert.Equal("http://www.heise.de/developer/meldung/Java-Anwendungsserver-Red-Hat-gibt-WildFly-10-frei-3088438.html", first.Link);
        Assert.Equal(new DateTimeOffset(2016, 2, 1, 16, 22, 0, TimeSpan.Zero), first.Published);
    }

    [Fact]
    public void Parse_InstantArticle_ContentEncodedUnescaped()
    {
        var item = Assert.Single(_parser.Parse(File.ReadAllBytes(Path.Combine(Folder, "instant-article.rss"))).Items);

        Assert.Equal("My first Instant Article", item.Title);
        Assert.Equal("Lorem ipsum", item.Body);
    }

    [Fact]
    public void Parse_EveryFixture_NeverThrows()
    {
        var files = Directory.GetFiles(Folder);

        var results = files.Select(f => _parser.Parse(File.ReadAllBytes(f))).ToList();

        Assert.Equal(17, results.Count);
        Assert.Equal(15, results.Count(r => r.IsFeed));
    }
}
