using System.Globalization;

namespace AlertBot.Soak;

internal sealed record SoakOptions(double Minutes, int Chats, int Seed, bool Keep)
{
    public static SoakOptions? Parse(string[] args)
    {
        var options = new SoakOptions(10, 5, Environment.TickCount, false);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : "";
            switch (args[i])
            {
                case "--minutes" when double.TryParse(Next(), CultureInfo.InvariantCulture, out var minutes) && minutes > 0:
                    options = options with { Minutes = minutes };
                    break;
                case "--chats" when int.TryParse(Next(), CultureInfo.InvariantCulture, out var chats) && chats > 0:
                    options = options with { Chats = chats };
                    break;
                case "--seed" when int.TryParse(Next(), CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--keep":
                    options = options with { Keep = true };
                    break;
                default:
                    return null;
            }
        }

        return options;
    }
}
