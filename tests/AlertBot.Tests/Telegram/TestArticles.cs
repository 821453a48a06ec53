namespace AlertBot.Tests.Telegram;

/// <summary>Short made-up wire reports: one development told by two outlets, and another one elsewhere.</summary>
public static class TestArticles
{
    public const string CityTakenTitle = "Rebels take full control of Homs";

    public const string CityTakenBody = """
        Rebel forces have taken full control of the Syrian city of Homs after government troops withdrew overnight, rebel commanders said on Saturday.
        Residents were seen celebrating in the streets of the city centre as fighters moved in.
        """;

    public const string CityTakenAgainTitle = "Opposition fighters seize Homs";

    public const string CityTakenAgainBody = """
        Opposition fighters have seized full control of Homs, Syria's third-largest city, after government forces pulled out, the rebels said on Saturday.
        Crowds gathered in the main square of Homs to welcome the fighters.
        """;

    public const string PrisonTitle = "Rebels free detainees from Sednaya prison";

    public const string PrisonBody = """
        Rebels said they had entered the Syrian town of Sednaya and freed thousands of detainees from its notorious prison.
        Families rushed to the prison gates in Sednaya looking for relatives who had disappeared years ago.
        """;

    public const string HostileTitle = "Rebels take control of Homs & <script>alert(1)</script> villages";

    public const string HostileBody = """
        Rebel forces have taken full control of Homs & <script>alert(1)</script> nearby villages after troops withdrew, commanders said on Saturday.
        """;

    public const string QuakeTitle = "Powerful earthquake kills 12 in central Chile";

    public const string QuakeBody = """
        A magnitude 7.4 earthquake struck central Chile on Sunday, killing at least 12 people and toppling buildings in the city of Talca, officials said.
        Rescue teams were searching collapsed homes through the night.
        """;
}
