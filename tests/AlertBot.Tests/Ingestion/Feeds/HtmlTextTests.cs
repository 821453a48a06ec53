using AlertBot.Ingestion.Feeds;

namespace AlertBot.Tests.Ingestion.Feeds;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("Plain title", "Plain title")]
    [InlineData("Tom &amp; Jerry &#8217;s &quot;show&quot;", "Tom & Jerry ’s \"show\"")]
    [InlineData("<b>Bold</b> move", "Bold move")]
    [InlineData("&lt;b&gt;Lorem&lt;/b&gt; ipsum", "Lorem ipsum")]
    [InlineData("&lt;i&gt;twice&lt;/i&gt; escaped", "twice escaped")]
    [InlineData("Sunrise &lt;today&gt; at six", "Sunrise <today> at six")]
    [InlineData("a<script>alert('x')</script>b", "a b")]
    [InlineData("  spaced \t out  ", "spaced out")]
    [InlineData("5 < 6 and 7 > 3", "5 < 6 and 7 > 3")]
    [InlineData("caf&eacute;&nbsp;society", "café society")]
    public void ToPlainText_SingleLine_CleansMarkupAndEntities(string html, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlainText(html, singleLine: true));

    [Fact]
    public void ToPlainText_Paragraphs_KeepLineBreaks() =>
        Assert.Equal("First paragraph.\nSecond one.", HtmlText.ToPlainText("<p>First paragraph.</p><p>Second <em>one</em>.</p>"));
}
