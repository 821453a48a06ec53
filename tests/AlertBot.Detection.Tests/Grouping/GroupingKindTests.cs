namespace AlertBot.Detection.Tests.Grouping;

/// <summary>Event kinds in grouping: a toll agrees with what caused it; an attack and an accident in one city stay apart.</summary>
public sealed class GroupingKindTests
{
    private readonly Newsroom _newsroom = new(WorldTowns.Engine());

    [Fact]
    public void Choose_OneQuakeReportedAsAQuakeAndAsItsDeaths_Joins()
    {
        // One outlet's title states the quake (Disaster), the other's its toll (Killed): the kind veto must not split them.
        // Other news first, as on a real feed, so the words have statistics to weigh them by.
        FileOtherNews();
        var quake = _newsroom.File(WorldTowns.Article(
            "Powerful earthquake strikes western Afghanistan near Herat",
            "A magnitude 6.3 earthquake struck near the city of Herat on Saturday morning, collapsing homes in several villages, officials said."));
        var toll = _newsroom.File(WorldTowns.Article(
            "Dozens killed as earthquake hits Herat",
            "At least 40 people were killed when a strong earthquake hit villages around Herat on Saturday, a government spokesman said.",
            "daily",
            hours: 3));

        Assert.Equal(quake[0], toll[0]);
    }

    [Fact]
    public void Choose_StabbingAndFerrySinkingInOneCity_NotJoined()
    {
        // The two share enough words ("six", "Sydney", "Saturday") to join: their kinds (an attack, an accident; the deaths
        // are what each did) tell them apart.
        FileOtherNews();
        var stabbing = _newsroom.File(WorldTowns.Article(
            "Six killed in stabbing at Sydney shopping centre",
            "A man stabbed six people to death at a busy shopping centre in Sydney on Saturday before police shot him, officers said."));
        var ferry = _newsroom.File(WorldTowns.Article(
            "Six dead after ferry capsizes off Sydney",
            "A passenger ferry capsized off Sydney on Saturday, leaving six people dead and dozens missing, officers said.",
            "daily",
            hours: 3));

        Assert.NotEqual(stabbing[0], ferry[0]);
    }

    private void FileOtherNews()
    {
        _newsroom.File(WorldTowns.Article(
            "Flash floods kill dozens in northern Tanzania",
            "Flash floods swept through villages near Arusha on Saturday, killing at least 40 people and washing away roads, officials said."));
        _newsroom.File(WorldTowns.Article(
            "Court jails opposition leader in Dhaka",
            "A court in Dhaka on Friday sentenced the opposition leader to five years in prison, his lawyers said."));
        _newsroom.File(WorldTowns.Article(
            "Wildfire forces thousands to flee homes in California",
            "A fast-moving wildfire forced thousands of residents to leave their homes on Friday, fire officials said."));
        _newsroom.File(WorldTowns.Article(
            "Voters go to the polls in Arusha",
            "Voters in Arusha cast ballots on Saturday in a local election, officials said."));
    }
}
