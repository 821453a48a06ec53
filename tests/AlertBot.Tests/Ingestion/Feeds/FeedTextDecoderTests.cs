using System.Text;
using AlertBot.Ingestion.Feeds;

namespace AlertBot.Tests.Ingestion.Feeds;

public sealed class FeedTextDecoderTests
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    [Fact]
    public void Decode_UndeclaredLatin1_ReadAsWindows1252()
    {
        var bytes = Latin1.GetBytes("<rss><channel><title>Últimas Notícias</title></channel></rss>");

        Assert.Contains("Últimas Notícias", FeedTextDecoder.Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Windows1252CurlyQuotesLabelledUtf8_FallsBack()
    {
        var bytes = FeedTextDecoder.Windows1252.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><t>“quoted” – dash</t>");

        Assert.Contains("“quoted” – dash", FeedTextDecoder.Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_DeclaredIso88591_Honoured()
    {
        var bytes = Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>Grüße</t>");

        Assert.Contains("Grüße", FeedTextDecoder.Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HttpCharsetWinsOverDeclaration()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var koi8 = Encoding.GetEncoding("koi8-r");
        var bytes = koi8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><t>Новости</t>");

        Assert.Contains("Новости", FeedTextDecoder.Decode(bytes, "koi8-r"), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf16LeBom_Decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<t>Αθήνα</t>")).ToArray();

        Assert.Equal("<t>Αθήνα</t>", FeedTextDecoder.Decode(bytes));
    }

    [Fact]
    public void Decode_ValidUtf8WithoutDeclaration_KeptAsUtf8() =>
        Assert.Equal("<t>Kraków</t>", FeedTextDecoder.Decode(Encoding.UTF8.GetBytes("<t>Kraków</t>")));
}
