using AlertBot.Detection.Scoring;

namespace AlertBot.Detection.Tests.Scoring;

public sealed class ArticleKindClassifierTests
{
    private const string Report = "Rebels capture second city";

    [Theory]
    [InlineData("Rebels capture second city", ArticleKind.Report)]
    [InlineData("Why the offensive matters?", ArticleKind.Question)]
    [InlineData("What's next for the region", ArticleKind.Explainer)]
    [InlineData("Live: latest updates from the border", ArticleKind.LiveShell)]
    [InlineData("In pictures: the morning after", ArticleKind.Media)]
    [InlineData("Opinion: the siege must end", ArticleKind.Opinion)]
    [InlineData("Morning briefing: five things to know", ArticleKind.Digest)]
    [InlineData("Rebels at the gates: can the army hold the capital?", ArticleKind.Question)]
    [InlineData("US election results: How young voters shifted", ArticleKind.Explainer)]
    [InlineData("Ceasefire talks: What each side wants", ArticleKind.Explainer)]
    [InlineData("Inside the besieged city", ArticleKind.Feature)]
    // A noun phrase after the colon that states nothing is a feature's angle; one that states news is a report.
    [InlineData("Gaza after the ceasefire: a city in ruins", ArticleKind.Feature)]
    [InlineData("The night the president fled: an eyewitness account", ArticleKind.Feature)]
    [InlineData("Syria war: the rebels have taken the capital", ArticleKind.Report)]
    [InlineData("Ukraine war: a missile attack kills five in Kharkiv", ArticleKind.Report)]
    // A title that is one noun phrase about who or what, as a profile's is; headlines drop the article and say what happened.
    [InlineData("The men who killed the commander", ArticleKind.Feature)]
    [InlineData("The quake that shook the valley, and the junta's response", ArticleKind.Feature)]
    [InlineData("Gunman who killed five arrested", ArticleKind.Report)]
    [InlineData("The gunman who killed five has been arrested", ArticleKind.Report)]
    [InlineData("Preview: the summit that could end the war", ArticleKind.Preview)]
    [InlineData("Key events on day 300 of the war", ArticleKind.Digest)]
    [InlineData("Floods in the north - video", ArticleKind.Media)]
    [InlineData("TIL the only actor to play one character in ten series was killed off twice", ArticleKind.Feature)]
    [InlineData("ELI5 the eruption that buried the town", ArticleKind.Explainer)]
    [InlineData("FACTBOX-Who controls the towns around Homs", ArticleKind.Explainer)]
    [InlineData("Quotes: World leaders on the fall of Assad", ArticleKind.Digest)]
    [InlineData("Reaction: Leaders welcome the ceasefire deal", ArticleKind.Digest)]
    [InlineData("INSIGHT-In the rebels' new capital, an uneasy calm", ArticleKind.Feature)]
    [InlineData("Quake hits Taiwan (VIDEO)", ArticleKind.Media)]
    [InlineData("ANALYSIS-Israel's next move", ArticleKind.Explainer)]
    [InlineData("Review: the film that won Cannes", ArticleKind.Opinion)]
    [InlineData("The victory of the student movement should not surprise anyone", ArticleKind.Opinion)]
    [InlineData("Amid the escalation, it's time for a region-wide ceasefire", ArticleKind.Opinion)]
    [InlineData("Enlightened voters must now rise up and resist", ArticleKind.Opinion)]
    [InlineData("The Guardian view on the siege: a city starved", ArticleKind.Opinion)]
    [InlineData("Ukraine updates: Russia strikes Kyiv energy grid", ArticleKind.LiveShell)]
    [InlineData("Obituary: the general who took the capital", ArticleKind.Profile)]
    [InlineData("Interview: the mayor who stayed", ArticleKind.Feature)]
    [InlineData("Sudan violence: The horrifying statistics behind the brutal conflict", ArticleKind.Explainer)]
    [InlineData("The story behind the photo that shocked the world", ArticleKind.Explainer)]
    public void Classify_Title_GivesKind(string title, ArticleKind expected)
    {
        Assert.Equal(expected, ArticleKindClassifier.Classify(title));
    }

    [Theory]
    [InlineData("Who is the general now leading the army", ArticleKind.Profile)]
    [InlineData("Who are the rebels who took the capital", ArticleKind.Profile)]
    [InlineData("Profile: the general who took the capital", ArticleKind.Profile)]
    [InlineData("What we know about the ferry sinking", ArticleKind.Explainer)]
    [InlineData("Ferry sinking: what we know so far", ArticleKind.Explainer)]
    [InlineData("Ferry sinking: what to know", ArticleKind.Explainer)]
    [InlineData("The war in the north: the story so far", ArticleKind.Explainer)]
    [InlineData("Five things we learned from the debate", ArticleKind.Explainer)]
    [InlineData("Three things to know about the ferry sinking", ArticleKind.Explainer)]
    public void Classify_WhoIsProfileAndWhatWeKnow_AreNotReports(string title, ArticleKind expected)
    {
        Assert.Equal(expected, ArticleKindClassifier.Classify(title));
    }

    [Theory]
    [InlineData("https://example.com/opinions/2024/06/01/the-siege-must-end", ArticleKind.Opinion)]
    [InlineData("https://example.com/commentisfree/2024/jun/01/siege", ArticleKind.Opinion)]
    [InlineData("https://example.com/features/2024/6/1/life-after-the-siege", ArticleKind.Feature)]
    [InlineData("https://example.com/program/the-week/2024/6/1/rebels-capture-second-city", ArticleKind.Media)]
    [InlineData("https://example.com/video/world/rebels-capture-second-city", ArticleKind.Media)]
    [InlineData("https://example.com/news/av/world-12345", ArticleKind.Media)]
    [InlineData("https://example.com/live/2024/6/1/rebels-capture-second-city", ArticleKind.LiveShell)]
    [InlineData("https://example.com/news/LIVE/world-12345", ArticleKind.LiveShell)]
    [InlineData("https://example.com/news/world/2024/06/01/rebels-capture-second-city", ArticleKind.Report)]
    public void Classify_OpinionFeatureVideoAndLiveUrls_AreNotReports(string url, ArticleKind expected)
    {
        Assert.Equal(expected, ArticleKindClassifier.Classify(Report, url, null));
    }

    [Theory]
    [InlineData("https://example.com/news/world-live-at-the-scene")]
    [InlineData("https://example.com/news/video")]
    [InlineData("https://example.com/news/story?section=opinion")]
    [InlineData("inbox/opinion/rebels-capture-second-city.txt")]
    [InlineData("ftp://example.com/opinion/rebels-capture-second-city")]
    public void Classify_SectionWordOnlyInTheSlugOrNotAWebAddress_IsAReport(string url)
    {
        Assert.Equal(ArticleKind.Report, ArticleKindClassifier.Classify(Report, url, null));
    }

    [Theory]
    [InlineData("In this episode, we ask how the rebels took the city.", ArticleKind.Media)]
    [InlineData("Watch our correspondent in the city centre.", ArticleKind.Media)]
    [InlineData("We speak to residents who fled the fighting.", ArticleKind.Media)]
    [InlineData("Rebel forces took the city on Sunday after two days of fighting.", ArticleKind.Report)]
    public void Classify_MediaLead_IsMedia(string lead, ArticleKind expected)
    {
        Assert.Equal(expected, ArticleKindClassifier.Classify(Report, null, lead));
    }

    [Theory]
    [InlineData("Liverpool win the league title")]
    [InlineData("Watchdog fines bank over data breach")]
    [InlineData("Videos show troops entering the city")]
    [InlineData("Commentators react as the vote is counted")]
    [InlineData("Insider trading charges for two bankers")]
    public void Classify_LabelWordOpeningALongerWord_IsAReport(string title)
    {
        Assert.Equal(ArticleKind.Report, ArticleKindClassifier.Classify(title));
    }

    [Theory]
    [InlineData("Five years after the Beirut blast, victims still wait for justice", ArticleKind.Feature)]
    [InlineData("A year on from the quake, survivors rebuild", ArticleKind.Feature)]
    [InlineData("10 years since the coup: a nation divided", ArticleKind.Feature)]
    [InlineData("The day Assad fled: inside the final hours of his regime", ArticleKind.Feature)]
    [InlineData("Iran's attack on Israel: a visual guide", ArticleKind.Explainer)]
    [InlineData("The war in Gaza in maps", ArticleKind.Explainer)]
    [InlineData("Key moments as Labour wins landslide", ArticleKind.Explainer)]
    [InlineData("Sudan war: 'They killed my husband in front of me'", ArticleKind.Feature)]
    [InlineData("\"We will rebuild\"", ArticleKind.Feature)]
    [InlineData("Ukraine war latest: Russia launches massive drone attack on Kyiv", ArticleKind.LiveShell)]
    public void Classify_AnniversaryGuideOrRecap_IsNotAReport(string title, ArticleKind expected)
    {
        Assert.Equal(expected, ArticleKindClassifier.Classify(title));
    }

    [Theory]
    [InlineData("Man jailed 20 years after murder of teenager")]
    [InlineData("Two years jail for rioter who attacked police")]
    [InlineData("Five killed after bus plunges into ravine")]
    [InlineData("'Enough is enough': Protesters storm parliament")]
    [InlineData("Rebels say 'Damascus is free' as Assad flees")]
    public void Classify_TimeSpanInsideTheNews_IsAReport(string title)
    {
        Assert.Equal(ArticleKind.Report, ArticleKindClassifier.Classify(title));
    }
}
