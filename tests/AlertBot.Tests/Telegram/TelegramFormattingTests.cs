using System.Text;
using AlertBot.Alerts;
using AlertBot.Chat;
using AlertBot.Telegram.Formatting;

namespace AlertBot.Tests.Telegram;

public sealed class TelegramFormattingTests
{
    [Theory]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("say \"hi\"", "say &quot;hi&quot;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("", "")]
    public void Escape_ArticleText_EscapesMarkupCharacters(string text, string expected) =>
        Assert.Equal(expected, TelegramHtml.Escape(text));

    [Theory]
    [InlineData("https://news.example/a?b=1&c=\"2\"", "<a href=\"https://news.example/a?b=1&amp;c=%222%22\">Outlet</a>")]
    [InlineData("javascript:alert(1)", "Outlet")]
    [InlineData(null, "Outlet")]
    public void Link_Url_OnlyHttpBecomesALink(string? url, string expected) =>
        Assert.Equal(expected, TelegramHtml.Link("Outlet", url));

    [Fact]
    public void Format_HostileArticleText_EveryPieceEscaped()
    {
        var alert = Alert("Rebels <script>x</script> & co take city", "Summary with <b>tags</b> & ampersands.", ("Outlet <i>", "https://n.example/1"));

        var html = AlertFormatter.Format(alert).Html;

        Assert.Contains("&lt;script&gt;x&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;tags&lt;/b&gt; &amp; ampersands", html, StringComparison.Ordinal);
        Assert.Contains(">Outlet &lt;i&gt;</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_MergedFromThreeOutlets_SaysConfirmedByThree()
    {
        var alert = Alert("Headline", "Summary.", ("A", "https://a.example/1"), ("B", "https://b.example/1"), ("C", null));

        var html = AlertFormatter.Format(alert).Html;

        Assert.Contains("Confirmed by 3 outlets", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://a.example/1\">A</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_PlacedAlert_ButtonsCarryCommandsWithinSixtyFourBytes()
    {
        var longName = new string('Ж', 40);
        var alert = Alert("H", "S.", ("A", null)) with
        {
            Places = [new AlertPlace(1, "Townville", "XX", 1, 2), new AlertPlace(2, longName, "YY", 3, 4)],
        };

        var keyboard = AlertFormatter.Format(alert).Keyboard!;

        var all = keyboard.InlineKeyboard.SelectMany(r => r).ToList();
        Assert.Contains(all, b => b.CallbackData == "/city Townville, XX" && b.Text == "More on Townville");
        Assert.Contains(all, b => b.CallbackData == "/follow Townville, XX");
        Assert.All(all, b => Assert.True(Encoding.UTF8.GetByteCount(b.CallbackData!) <= 64));
    }

    [Fact]
    public void Format_HugeSummary_StaysWithinOneMessage()
    {
        var summary = string.Concat(Enumerable.Repeat("A very long sentence about events & more. ", 400));
        var sources = Enumerable.Range(0, 50).Select(i => ($"Outlet{i}", (string?)$"https://o{i}.example/story")).ToArray();

        var html = AlertFormatter.Format(Alert("H", summary, sources)).Html;

        Assert.InRange(html.Length, 1, MessageSplitter.TelegramLimit);
        Assert.Contains("and 42 more", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitPlain_LongText_CutsAtSentenceBoundariesUnderTheLimit()
    {
        var sentences = Enumerable.Range(0, 300).Select(i => $"Sentence number {i} says <something> & more.").ToList();
        var text = string.Join(' ', sentences);

        var blocks = MessageSplitter.SplitPlain(text);

        Assert.True(blocks.Count > 1);
        Assert.All(blocks, b => Assert.InRange(b.Length, 1, MessageSplitter.TelegramLimit));
        Assert.All(blocks, b => Assert.EndsWith("more.", b, StringComparison.Ordinal));
        var rejoined = string.Join(' ', blocks).Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.Equal(text, rejoined);
    }

    [Fact]
    public void SplitPlain_OneEndlessWord_HardCutUnderTheLimit()
    {
        var blocks = MessageSplitter.SplitPlain(new string('&', 10_000));

        Assert.All(blocks, b => Assert.InRange(b.Length, 1, MessageSplitter.TelegramLimit));
        Assert.Equal(10_000, blocks.Sum(b => b.Length / 5));
    }

    [Fact]
    public void Format_ReplyWithManyAlerts_SplitsAndPutsButtonsOnTheLastPart()
    {
        var alerts = Enumerable.Range(0, 60).Select(i => Alert($"Headline {i} " + new string('x', 80), "S.", ("Outlet", "https://o.example/" + i))).ToList();
        var reply = new ChatReply("The latest alerts:", alerts, [new ReplyButton("Townville", "/city Townville")]);

        var parts = ReplyFormatter.Format(reply);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(p.Html.Length, 1, MessageSplitter.TelegramLimit));
        Assert.All(parts.SkipLast(1), p => Assert.Null(p.Keyboard));
        Assert.Equal("/city Townville", parts[^1].Keyboard!.InlineKeyboard[0][0].CallbackData);
        Assert.Equal(60, parts.Sum(p => p.Html.Split("• ").Length - 1));
    }

    [Theory]
    [InlineData("/city Townville, XX", "/city Townville, XX")]
    [InlineData("/city ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ, XX", "/city ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ")]
    [InlineData("/city ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ", null)]
    public void For_Command_FitsSixtyFourBytesOrIsDropped(string command, string? expected) =>
        Assert.Equal(expected, CallbackData.For(command));

    internal static AlertView Alert(string headline, string summary, params (string Outlet, string? Url)[] sources) =>
        new(
            1,
            headline,
            summary,
            "Stated",
            sources.Length,
            new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero),
            0.9,
            [],
            sources.Select(s => new AlertSource(s.Outlet + "-src", s.Outlet, s.Url, ["evidence"])).ToList());
}
