using System.Text;
using AlertBot.Ingestion.Feeds;

namespace AlertBot.Tests.Ingestion.Feeds;

public sealed class HtmlCharsetTests
{
    [Theory]
    [InlineData("<html><head><meta charset=\"windows-1251\"></head>", "windows-1251")]
    [InlineData("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-2\"></head>", "ISO-8859-2")]
    [InlineData("<html><head><meta charset=utf-8 /></head>", "utf-8")]
    [InlineData("<html><head><title>No charset</title></head>", null)]
    public void Sniff_MetaTag_ReturnsDeclaredCharset(string html, string? expected) =>
        Assert.Equal(expected, HtmlCharset.Sniff(Encoding.ASCII.GetBytes(html)));

    [Fact]
    public void Sniff_Windows1251Page_DecodesCyrillic()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1251).GetBytes("<html><head><meta charset=\"windows-1251\"></head><body><p>Новости дня</p></body></html>");

        var text = FeedTextDecoder.Decode(bytes, HtmlCharset.Sniff(bytes));

        Assert.Contains("Новости дня", text, StringComparison.Ordinal);
    }
}
