using AlertBot.Detection.Merging;

namespace AlertBot.Detection.Tests.Merging;

public sealed class DevelopmentMatcherTests
{
    private readonly DetectionEngine _engine = TestGazetteer.Engine();

    private DevelopmentKey KeyOf(string title, string body, EventAction action) =>
        _engine.Analyze(TestGazetteer.Article(title, body)).Developments.First(d => d.Action == action).Key;

    [Fact]
    public void IsSame_SameEventOtherOutletOtherWords_IsSame()
    {
        var a = KeyOf("Rebels take Mosul", "Rebels announced they had gained complete control of the city of Mosul on Sunday.", EventAction.TookControl);
        var b = KeyOf("Mosul falls", "Insurgent forces have captured Mosul, a rebel commander declared.", EventAction.TookControl);

        Assert.True(DevelopmentMatcher.IsSame(a, b), $"similarity {DevelopmentMatcher.Similarity(a, b)}");
    }

    [Fact]
    public void IsSame_SameKindOfEventElsewhere_IsNotSame()
    {
        var a = KeyOf("Rebels take Mosul", "Rebels captured the city of Mosul on Sunday.", EventAction.TookControl);
        var b = KeyOf("Rebels take Kirkuk", "Rebels captured the city of Kirkuk on Sunday.", EventAction.TookControl);

        Assert.False(DevelopmentMatcher.IsSame(a, b));
    }

    [Fact]
    public void IsSame_OtherDevelopmentAtTheSamePlace_IsNotSame()
    {
        var a = KeyOf("Leader flees", "The governor has fled Mosul on a plane.", EventAction.Fled);
        var b = KeyOf("Prisoners freed", "Militants freed hundreds of prisoners from the central jail in Mosul.", EventAction.Freed);

        Assert.False(DevelopmentMatcher.IsSame(a, b));
    }

    [Fact]
    public void IsSame_BackgroundMentionAndCurrentReport_IsNotSame()
    {
        var past = KeyOf("Anniversary", "Rebels captured Mosul last year after a short siege.", EventAction.TookControl);
        var now = KeyOf("Rebels take Mosul", "Rebels captured Mosul after a short siege.", EventAction.TookControl);

        Assert.Equal(0, DevelopmentMatcher.Similarity(past, now));
    }

    [Theory]
    [InlineData("Fugitive caught", "Police arrested the escaped prisoner in Mosul on Monday.", EventAction.Arrested, true)]
    [InlineData("Rebels take Kirkuk", "Rebels captured the city of Kirkuk on Sunday.", EventAction.TookControl, true)]
    [InlineData("Mosul falls", "Insurgent forces have captured Mosul, a rebel commander declared.", EventAction.TookControl, false)]
    public void IsOtherNews_ReportInsideAStory_KeepsOtherKindsAndPlacesApart(string title, string body, EventAction action, bool expected)
    {
        var story = KeyOf("Rebels take Mosul", "Rebels announced they had gained complete control of the city of Mosul on Sunday.", EventAction.TookControl);
        var report = KeyOf(title, body, action);

        Assert.Equal(expected, DevelopmentMatcher.IsOtherNews(report, story));
    }

    [Fact]
    public void Similarity_IsSymmetricAndBounded()
    {
        var a = KeyOf("Blast in Kirkuk", "A car bomb exploded in Kirkuk, killing 12 people.", EventAction.Killed);
        var b = KeyOf("Rebels take Mosul", "Rebels captured the city of Mosul on Sunday.", EventAction.TookControl);

        Assert.Equal(DevelopmentMatcher.Similarity(a, b), DevelopmentMatcher.Similarity(b, a), 9);
        Assert.InRange(DevelopmentMatcher.Similarity(a, b), 0, DevelopmentMatcher.Threshold);
    }

    [Fact]
    public void Parse_SerializedKey_RoundTrips()
    {
        var key = KeyOf("Rebels take Mosul", "Rebels captured the city of Mosul on Sunday.", EventAction.TookControl);

        var back = DevelopmentKey.Parse(key.Serialize());

        Assert.Equal(key.Action, back.Action);
        Assert.Equal(key.Actor, back.Actor);
        Assert.Equal(key.PlaceIds, back.PlaceIds);
        Assert.Equal(key.Tokens, back.Tokens);
        Assert.Equal(1, DevelopmentMatcher.Similarity(key, back), 9);
    }

    [Theory]
    [InlineData("captured", "capture")]
    [InlineData("capturing", "captures")]
    [InlineData("protesters", "protester")]
    [InlineData("stopped", "stop")]
    public void Stem_Inflections_Agree(string a, string b)
    {
        Assert.Equal(Stemmer.Stem(a), Stemmer.Stem(b));
    }

    [Fact]
    public void Cosine_NamesWeighMoreThanCommonWords()
    {
        var sharedName = DevelopmentMatcher.Cosine(["^smith", "fire", "church"], ["^smith", "blaze", "store"]);
        var sharedWord = DevelopmentMatcher.Cosine(["^smith", "fire", "church"], ["^jones", "fire", "store"]);

        Assert.True(sharedName > sharedWord);
    }
}
