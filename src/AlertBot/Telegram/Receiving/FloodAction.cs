namespace AlertBot.Telegram.Receiving;

public enum FloodAction
{
    Answer = 0,

    /// <summary>The first command past the window's allowance: tell the chat when the bot listens again.</summary>
    Notice,

    Drop,
}
