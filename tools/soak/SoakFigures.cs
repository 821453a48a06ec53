namespace AlertBot.Soak;

internal sealed record SoakFigures(long Articles, long Alerts, long Expected, long Sent, long Lost, long Duplicated, long WorstChatRepeats, int Kills);
