namespace AlertBot.Detection.Grouping;

/// <summary>Words that say nothing about which development a text reports.</summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(
        ("a about above after again against all also am an and any are as at be because been before being below between both but by "
        + "can could did do does doing down during each few for from further had has have having he her here hers herself him himself his "
        + "how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same "
        + "she should so some such than that the their theirs them then there these they this those through to too under until up very "
        + "was we were what when where which while who whom why will with would you your said says say told tell stated according "
        + "reported reports report news people year years time times new one two three first last week month day today yesterday "
        + "monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr like may might must shall since still many much "
        + "well even back just get got make made including around amid per via yet however meanwhile earlier later hours hour "
        + "told officials official statement added").Split(' ', StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    public static bool Contains(string lowerWord) => Words.Contains(lowerWord);
}
