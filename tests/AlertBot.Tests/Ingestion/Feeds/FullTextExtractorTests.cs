using AlertBot.Ingestion.Feeds;

namespace AlertBot.Tests.Ingestion.Feeds;

public sealed class FullTextExtractorTests
{
    [Fact]
    public void Extract_ArticlePage_KeepsBodyDropsChrome()
    {
        const string html = """
            <html><head><title>T</title><script>var tracking = "Do not include this script text anywhere";</script></head>
            <body>
              <header><p>Breaking: subscribe to our newsletter for all the latest headlines</p></header>
              <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
              <main>
                <article>
                  <h1>Floodwaters recede in the valley</h1>
                  <figure><img src="a.jpg"><figcaption>A photo caption that should not be part of the text.</figcaption></figure>
                  <p>Floodwaters began to recede on Tuesday after three days of heavy rain in the valley.</p>
                  <!-- an editor's comment that must not leak -->
                  <p>Emergency crews reopened the main road by the afternoon, officials said.</p>
                  <aside><p>Related: Ten tips for keeping your basement dry during storms</p></aside>
                  <div class="related-links"><p><a href="/x">Another story you might like to read next week</a></p></div>
                </article>
              </main>
              <footer><p>© Example Media Group. All rights reserved. Terms and privacy.</p></footer>
            </body></html>
            """;

        var text = FullTextExtractor.Extract(html);

        Assert.Equal(
            "Floodwaters began to recede on Tuesday after three days of heavy rain in the valley.\nEmergency crews reopened the main road by the afternoon, officials said.",
            text);
    }

    [Fact]
    public void Extract_NoSemanticMarkup_PicksDivWithMostParagraphText()
    {
        const string html = """
            <html><body>
              <div id="sidebar"><p>Short promo text for an unrelated product here.</p></div>
              <div id="story">
                <p>The central bank raised interest rates by a quarter point on Thursday morning.</p>
                <p>It was the third increase this year as inflation stayed above the target range.</p>
                <p>Markets had widely expected the move, analysts said after the announcement.</p>
              </div>
            </body></html>
            """;

        var text = FullTextExtractor.Extract(html);

        Assert.StartsWith("The central bank raised interest rates", text, StringComparison.Ordinal);
        Assert.DoesNotContain("promo", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split('\n').Length);
    }

    [Fact]
    public void Extract_ItemPropArticleBody_Preferred()
    {
        const string html = """
            <html><body>
              <div class="comments-section"><p>A long reader comment that rambles on for quite a while about many things.</p>
              <p>Another long reader comment that also rambles on about many unrelated things.</p>
              <p>A third reader comment which is long enough to count as a paragraph too.</p></div>
              <div itemprop="articleBody"><p>The ceasefire took effect at midnight, both sides confirmed.</p></div>
            </body></html>
            """;

        Assert.Equal("The ceasefire took effect at midnight, both sides confirmed.", FullTextExtractor.Extract(html));
    }

    [Fact]
    public void Extract_NoParagraphs_Empty() =>
        Assert.Equal(string.Empty, FullTextExtractor.Extract("<html><body><div>Login required</div></body></html>"));
}
