namespace AlertBot.Telegram.Api;

public static class ParseModes
{
    public const string Html = "HTML";
}
