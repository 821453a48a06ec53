namespace AlertBot.Telegram.Api;

public static class ChatTypes
{
    public const string Private = "private";
    public const string Group = "group";
    public const string Supergroup = "supergroup";
    public const string Channel = "channel";
}
