using AlertBot.Detection.Events;
using AlertBot.Detection.Places;
using AlertBot.Detection.Summaries;

namespace AlertBot.Detection.Tests.Summaries;

public sealed class HeadlineWriterTests
{
    /// <summary>What a cut may stop before: a clause or phrase that follows the event.</summary>
    private static readonly string[] PhraseOpeners = [" - ", " \u2013 ", " \u2014 ", " after ", " as ", " amid ", " while ", " when ", " because ", " with ", " following ", " on ", " in ", " for ", " from ", " at ", " near "];

    private static string HeadlineOf(string sentence)
    {
        var candidate = SentenceExtractor.Extract(sentence, 0, Array.Empty<PlaceMention>(), 2024)
            .First(c => c.Action != EventAction.Declared || c.ContentAction != EventAction.Other);
        return HeadlineWriter.Write(candidate, candidate.Hedged, candidate.Attribution);
    }

    [Fact]
    public void Write_HedgeRemovedWithOpener_AddsReportedly()
    {
        Assert.Equal("The president has reportedly fled the country", HeadlineOf("and amid reports that the president has fled the country."));
    }

    [Theory]
    // The appositive after the opening place goes with the place: the headline opens on the event's own subject.
    [InlineData("In Dubai, one of the seven emirates, several buildings were evacuated.", "Several buildings were evacuated")]
    [InlineData("In Kyiv, a city of three million, missiles struck a power plant.", "Missiles struck a power plant")]
    [InlineData("In Gaza, the health ministry said 40 people were killed.", "The health ministry said 40 people were killed")]
    public void Write_OpeningPlaceWithAppositive_DropsBoth(string sentence, string expected)
    {
        Assert.Equal(expected, HeadlineOf(sentence));
    }

    [Fact]
    public void Write_TimeAside_IsDropped()
    {
        Assert.Equal("Rebels captured the airport", HeadlineOf("Hours earlier, rebels captured the airport."));
    }

    [Fact]
    public void Write_TrailingSource_BecomesAccordingTo()
    {
        Assert.Equal("The regime's rule has ended, according to Reuters", HeadlineOf("The regime's rule has ended, a senior officer told Reuters."));
    }

    [Fact]
    public void Write_LongClause_StaysUnderLimitAndKeepsTheEvent()
    {
        var headline = HeadlineOf("Government forces backed by heavy artillery and air support have finally taken full control of the northern city after a long and bloody siege that lasted many months.");

        Assert.True(headline.Length <= HeadlineWriter.MaxLength, headline);
        Assert.Contains("taken full control", headline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rebels say they have entered the prison north of the capital and freed prisoners there", "rebels say they have entered the prison and freed prisoners there")]
    [InlineData("They released detainees from the jail, a notorious detention centre near the border", "They released detainees from the jail")]
    public void Compress_Asides_AreRemovedAndNothingIsAdded(string clause, string expected)
    {
        Assert.Equal(expected, EvidenceText.Compress(clause));
    }

    [Theory]
    [InlineData("Insurgents seized Kirkuk on Sunday.", "They have also claimed Erbil in the north.", "Insurgents have also claimed Erbil in the north")]
    [InlineData("The general resigned on Monday.", "He fled the country hours later.", "The general fled the country hours later")]
    public void Write_PronounOpening_NamesTheActor(string first, string second, string expected)
    {
        Assert.Equal(expected, HeadlinesOf(first, second)[^1]);
    }

    [Theory]
    [InlineData("A woman has died in the crash.", "He has been charged with manslaughter.")]
    [InlineData("Mr Smith was arrested on Monday.", "She has been charged with fraud.")]
    public void Write_PronounOfTheOtherSex_IsNotResolvedToThePersonBefore(string first, string second)
    {
        var headline = HeadlinesOf(first, second)[^1];

        Assert.DoesNotContain("woman", headline, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Smith", headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PronounBeforeVerbsTheLexiconDoesNotKnow_SaysThePhraseOnce()
    {
        var headline = HeadlinesOf("The gunman escaped from the courthouse.", "He burst into the courtroom and shot and killed the judge.")[^1];

        Assert.Equal("The gunman burst into the courtroom and shot and killed the judge", headline);
    }

    [Fact]
    public void Write_ThereWere_StatesTheEventWithoutTheDummySubject()
    {
        Assert.Equal("46 arrests during the night of protests", HeadlineOf("There were 46 arrests during the night of protests."));
    }

    [Fact]
    public void Write_JoiningWordBeforeAParticiple_IsKept()
    {
        var headline = HeadlineOf("after being hit by a car that fled the town, the woman died in hospital.");

        Assert.StartsWith("After being hit", headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TooLongWithATimeAside_DropsTheTimeBeforeAnyWordOfTheEvent()
    {
        var headline = HeadlineOf("A judge on Saturday sentenced the man who killed four people during a daring courthouse escape to three life sentences with no chance of parole.");

        Assert.Equal("A judge sentenced the man who killed four people during a daring courthouse escape to three life sentences", headline);
    }

    [Fact]
    public void Write_ShortEnoughWithATimeAside_KeepsIt()
    {
        Assert.Equal("Rebels captured the airport on Sunday", HeadlineOf("Rebels captured the airport on Sunday."));
    }

    [Fact]
    public void Write_PronounNamingNobody_IsLeftForTheShapeCheckToReject()
    {
        var headline = HeadlinesOf("They stormed the capital.")[^1];

        Assert.False(HeadlineShape.IsSound(headline), headline);
    }

    [Fact]
    public void Write_LongSentence_CutBeforeTheClauseThatFollowsTheEvent()
    {
        var headline = HeadlineOf("Government forces backed by heavy artillery have finally taken full control of the northern city of Mosul after a long and bloody siege that lasted many months.");

        Assert.Equal("Government forces backed by heavy artillery have finally taken full control of the northern city of Mosul", headline);
    }

    [Theory]
    [InlineData("A passenger train carrying more than five hundred people derailed in a remote mountain region of the north on Friday night as it crossed a bridge weakened by weeks of heavy rain.", " on Friday night")]
    [InlineData("A strong earthquake shook the northern provinces of the country early on Tuesday, toppling power lines and damaging hundreds of homes in mountain villages close to the border.", " early on Tuesday")]
    public void Write_LongSentence_CutWhereAPhraseEndsWithoutEllipsisOrDanglingWord(string sentence, string timeAside)
    {
        var headline = HeadlineOf(sentence);
        sentence = sentence.Replace(timeAside, "", StringComparison.Ordinal);

        Assert.True(headline.Length <= HeadlineWriter.MaxLength, headline);
        Assert.True(HeadlineShape.IsSound(headline), headline);
        Assert.StartsWith(headline, sentence, StringComparison.Ordinal);
        var rest = sentence[headline.Length..];
        Assert.True(
            rest[0] is ',' or ';' || PhraseOpeners.Any(o => rest.StartsWith(o, StringComparison.Ordinal)),
            $"cut inside a phrase: {headline} | {rest}");
    }

    private static List<string> HeadlinesOf(params string[] sentences)
    {
        // As the engine does: each clause's pronoun resolved from the actors named before it.
        var actors = new ActorMemory();
        var headlines = new List<string>();
        for (var i = 0; i < sentences.Length; i++)
        {
            foreach (var candidate in SentenceExtractor.Extract(sentences[i], i, Array.Empty<PlaceMention>(), 2024))
            {
                var resolved = actors.Resolve(candidate);
                headlines.Add(HeadlineWriter.Write(resolved, resolved.Hedged, resolved.Attribution));
            }
        }

        return headlines;
    }
}
