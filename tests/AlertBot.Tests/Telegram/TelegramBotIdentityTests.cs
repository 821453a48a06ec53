using AlertBot.Telegram.Receiving;

namespace AlertBot.Tests.Telegram;

public sealed class TelegramBotIdentityTests
{
    [Theory]
    [InlineData("alert_bot", "/city Homs", true)]
    [InlineData("alert_bot", "/city@alert_bot Homs", true)]
    [InlineData("alert_bot", "/city@Alert_Bot", true)]
    [InlineData("alert_bot", "/city@other_bot Homs", false)]
    [InlineData("alert_bot", "  /latest@other_bot", false)]
    [InlineData(null, "/city@other_bot Homs", true)]
    public void IsAddressedToMe_Command_OnlyOtherBotsMentionsRejected(string? username, string text, bool expected)
    {
        var identity = new TelegramBotIdentity { Username = username };

        Assert.Equal(expected, identity.IsAddressedToMe(text));
    }
}
