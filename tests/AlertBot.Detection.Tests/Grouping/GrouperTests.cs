using AlertBot.Detection.Grouping;
using AlertBot.Detection.Scoring;

namespace AlertBot.Detection.Tests.Grouping;

public sealed class GrouperTests
{
    private static readonly DateTimeOffset T0 = Signals.T0;

    private static Grouper NewGrouper(int capacity = DevelopmentIndex.DefaultCapacity) =>
        new(new TermStatistics(), new DevelopmentIndex(GroupingWeights.WithEmbeddings, GroupingWeights.Lexical, capacity));

    [Fact]
    public void Choose_AnyArticle_ObservesTheWordsOfEachOfItsDevelopments()
    {
        var grouper = NewGrouper();

        grouper.Choose(Article(Dev("Rebels seize Mosul airport", "Rebels seized the airport on Sunday."), Dev("Troops shelled Kirkuk")), [null, null], T0);

        Assert.Equal(2, grouper.Statistics.Documents);
        Assert.Equal(1, grouper.Statistics.FrequencyOf("airport"));
        Assert.Equal(1, grouper.Statistics.FrequencyOf("kirkuk"));
    }

    [Fact]
    public void Choose_BeforeCommit_LeavesTheIndexAsItWas()
    {
        var grouper = NewGrouper();

        grouper.Choose(Article(Dev("Rebels seize Mosul airport")), [null], T0);

        Assert.Equal(0, grouper.Index.Count);
    }

    [Theory]
    [InlineData(true, EventAction.TookControl)]
    [InlineData(false, EventAction.Other)]
    public void Choose_ArticlesOwnDevelopment_CarriesTheTitlesKindOnlyWhenTheTitleStatesNews(bool titleStatesNews, EventAction expected)
    {
        var analysis = Article(Dev("Rebels seize Mosul airport")) with { TitleStatesNews = titleStatesNews, TitleAction = EventAction.TookControl };

        var choice = NewGrouper().Choose(analysis, [null], T0)[0];

        Assert.Equal(expected, choice.Signal.Action);
        Assert.False(choice.Signal.Clause);
    }

    [Fact]
    public void Choose_FurtherDevelopment_IsAClauseOfItsOwnKind()
    {
        var analysis = Article(Dev("Rebels seize Mosul airport"), Dev("Troops shelled Kirkuk overnight") with { Action = EventAction.Attack });

        var choice = NewGrouper().Choose(analysis, [null, null], T0)[1];

        Assert.True(choice.Signal.Clause);
        Assert.Equal(EventAction.Attack, choice.Signal.Action);
    }

    [Fact]
    public void Choose_EmbeddingsGiven_TravelWithTheirDevelopments()
    {
        var embedding = Embeddings.WithCosine(1);

        var choices = NewGrouper().Choose(Article(Dev("Rebels seize Mosul airport"), Dev("Troops shelled Kirkuk")), [embedding], T0);

        Assert.Same(embedding, choices[0].Signal.Embedding);
        Assert.Null(choices[1].Signal.Embedding);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void PlacesOf_Development_TheTownsItsOwnTextNames(bool placesNamed, int expected)
    {
        var development = Dev("Floods hit Herat") with { Places = [WorldTowns.Herat, WorldTowns.Afghanistan], PlacesNamed = placesNamed };

        var points = Grouper.PlacesOf(development);

        Assert.Equal(expected, points.Length);
        Assert.All(points, p => Assert.Equal(WorldTowns.Herat.GeonameId, p.GeonameId));
    }

    [Fact]
    public void Choose_SecondaryOfAnotherKindNearTheArticlesOwn_StaysItsOwnDevelopment()
    {
        var grouper = NewGrouper();
        var seized = Dev(EventAction.TookControl, "Rebels seized the airport and the oil refinery");
        var first = grouper.Choose(
            new ArticleAnalysis([seized], [], ArticleKind.Report, seized.Text[0], TitleStatesNews: true, EventAction.TookControl), [null], T0);
        grouper.Commit(first, [7]);

        var choices = grouper.Choose(
            Article(Dev(EventAction.TookControl, "Rebels seized the airport"), Dev(EventAction.Disaster, "Floods swept through the oil refinery")),
            [null, null],
            T0.AddHours(1));

        Assert.Equal(7, choices[0].Match?.DevelopmentId);
        Assert.Equal(-1, choices[1].SameAs);
        Assert.NotEqual(7, choices[1].Match?.DevelopmentId);
    }

    [Fact]
    public void Choose_BodyRestatesTheArticlesOwnDevelopment_FoldsIntoIt()
    {
        var grouper = NewGrouper();
        grouper.Commit(grouper.Choose(Article(Dev("Rebels seize Mosul airport after fierce battle")), [null], T0), [7]);

        var choices = grouper.Choose(
            Article(Dev("Rebels seize Mosul airport", "Rebel fighters seized Mosul airport on Sunday."), Dev("Rebel fighters seized Mosul airport on Sunday")),
            [null, null],
            T0.AddHours(1));

        Assert.Equal(0, choices[1].SameAs);
        Assert.Equal(choices[0].Match, choices[1].Match);
    }

    [Fact]
    public void Commit_Restatement_AddsNoReportOfItsOwn()
    {
        var grouper = NewGrouper();
        var choices = Choices((Signals.Words(T0, "quake"), -1), (Signals.Words(T0, "flood"), -1), (Signals.Words(T0, "quake"), 0));

        grouper.Commit(choices, [9, 4, 9]);

        Assert.Equal(2, grouper.Index.Count);
    }

    [Fact]
    public void Commit_SeveralDevelopments_AddsThemInDevelopmentIdOrder()
    {
        // With room for one report, the one added last stays: the highest id, whatever the article's order.
        var grouper = NewGrouper(capacity: 1);

        grouper.Commit(Choices((Signals.Words(T0, "quake"), -1), (Signals.Words(T0, "quake"), -1)), [9, 4]);

        Assert.Equal(9, grouper.Index.Find(Signals.Words(T0, "quake"))?.DevelopmentId);
    }

    private static List<GroupingChoice> Choices(params (ReportSignal Signal, int SameAs)[] choices) =>
        [.. choices.Select(c => new GroupingChoice(c.Signal, null, c.SameAs))];

    private static Development Dev(params string[] text) => Dev(EventAction.Other, text);

    private static Development Dev(EventAction action, params string[] text) =>
        new(text[0], text[0], action, null, [], text, 0.7, true, Certainty.Stated, null, 0, false, text);

    private static ArticleAnalysis Article(params Development[] developments) =>
        new(developments, [], ArticleKind.Report, developments[0].Text[0], TitleStatesNews: false);
}
