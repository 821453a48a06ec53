using AlertBot.Detection.Events;
using AlertBot.Detection.Grouping;
using AlertBot.Detection.Places;

namespace AlertBot.Detection.Tests.Events;

public sealed class SentenceExtractorTests
{
    private const int Year = 2024;

    private static List<EventCandidate> Extract(string sentence) => SentenceExtractor.Extract(sentence, 0, Array.Empty<PlaceMention>(), Year);

    [Theory]
    [InlineData("Rebels captured the northern city on Sunday.", EventAction.TookControl)]
    [InlineData("Government troops took full control of the airport.", EventAction.TookControl)]
    [InlineData("The president fled the country on a plane.", EventAction.Fled)]
    [InlineData("Police arrested three men after the raid on the warehouse.", EventAction.Arrested)]
    [InlineData("The prime minister resigned on Monday.", EventAction.Resigned)]
    [InlineData("Thousands of protesters marched through the old town.", EventAction.Protest)]
    [InlineData("A powerful earthquake struck the coast early on Tuesday.", EventAction.Disaster)]
    [InlineData("Gunmen shot dead two guards at the border post.", EventAction.Killed)]
    [InlineData("Gunman opens fire at Prague university", EventAction.Attack)]
    // Headlines in the present tense.
    [InlineData("Rebels seize Aleppo airport", EventAction.TookControl)]
    [InlineData("Rebels take Homs", EventAction.TookControl)]
    [InlineData("Israel strikes Beirut suburb", EventAction.Attack)]
    [InlineData("Militants attack army post", EventAction.Attack)]
    [InlineData("Army ousts president", EventAction.Ousted)]
    [InlineData("Police arrest 3 over attack", EventAction.Arrested)]
    [InlineData("Court jails activist for five years", EventAction.Sentenced)]
    [InlineData("Hamas releases three hostages", EventAction.Freed)]
    [InlineData("Biden pardons son Hunter", EventAction.Freed)]
    [InlineData("Parliament impeaches president", EventAction.Ousted)]
    [InlineData("South Korean president declares emergency martial law", EventAction.Ousted)]
    [InlineData("Israel and Hezbollah agree to ceasefire", EventAction.Agreement)]
    [InlineData("Helicopter carrying Iran's president crashes", EventAction.Accident)]
    [InlineData("US and UK strike Houthi targets in Yemen", EventAction.Attack)]
    [InlineData("Israel struck sites in southern Beirut overnight", EventAction.Attack)]
    [InlineData("The storm struck Florida on Tuesday", EventAction.Disaster)]
    [InlineData("Hezbollah fires 200 rockets at northern Israel", EventAction.Attack)]
    [InlineData("US strikes three Iranian nuclear sites, Trump says", EventAction.Attack)]
    [InlineData("Ukraine says it struck Russian oil refinery with drones", EventAction.Attack)]
    [InlineData("Israeli strikes kill at least 30 in Gaza, health officials say", EventAction.Killed)]
    [InlineData("Russia fires new intermediate-range missile at Dnipro", EventAction.Attack)]
    [InlineData("Lebanon's Hezbollah fires 'dozens of rockets' at Israeli positions", EventAction.Attack)]
    [InlineData("Twin blasts kill 20 in the capital", EventAction.Killed)]
    [InlineData("Blasts rock the capital as rebels advance", EventAction.Attack)]
    [InlineData("ICC issues arrest warrant for Netanyahu", EventAction.Charged)]
    [InlineData("Israeli jets strike southern Lebanon in breach of ceasefire, Lebanon says", EventAction.Attack)]
    [InlineData("Israel and Hezbollah ceasefire takes effect", EventAction.Agreement)]
    [InlineData("Iran executed three protesters on Monday", EventAction.Killed)]
    [InlineData("The strikes hit a school sheltering displaced families", EventAction.Attack)]
    [InlineData("Israel hits Hezbollah positions in southern Lebanon", EventAction.Attack)]
    [InlineData("Storm hits tourist sites on the coast", EventAction.Disaster)]
    [InlineData("Russia launched more than 100 drones at Ukraine overnight", EventAction.Attack)]
    [InlineData("Maduro declared winner of disputed Venezuela election", EventAction.Election)]
    [InlineData("Global tech outage grounds flights and disrupts banks", EventAction.Disaster)]
    [InlineData("Court convicts former prime minister", EventAction.Charged)]
    [InlineData("Volcano erupts in Iceland", EventAction.Disaster)]
    [InlineData("Houthis hit ship in Red Sea", EventAction.Attack)]
    [InlineData("Missile hits apartment block in Dnipro", EventAction.Attack)]
    [InlineData("Fire engulfs tower block in London", EventAction.Disaster)]
    [InlineData("Rebels capture key town", EventAction.TookControl)]
    [InlineData("The militia freed dozens of hostages.", EventAction.Freed)]
    // A participle before its noun is not the event; a person captured is arrested.
    [InlineData("Sacked worker shoots ex-colleagues", EventAction.Attack)]
    [InlineData("Jailed activist dies in prison", EventAction.Died)]
    [InlineData("The ousted president fled to Moscow on Sunday.", EventAction.Fled)]
    [InlineData("Kyiv denied any part in the attacks by rebels that killed Russian and Malian troops.", EventAction.Killed)]
    [InlineData("Texas prisoner captured after week on the run", EventAction.Arrested)]
    [InlineData("Police captured the gunman on Monday.", EventAction.Arrested)]
    [InlineData("Troops seized the airport overnight.", EventAction.TookControl)]
    public void Extract_EventSentence_FindsAction(string sentence, EventAction expected)
    {
        var found = Extract(sentence);

        Assert.Contains(found, c => c.Action == expected);
    }

    [Theory]
    // A fresh report says the disaster or attack happened, and is still one with an aftermath word further on.
    [InlineData("An earthquake hit the island overnight, and aid workers rushed to the area.", EventAction.Disaster)]
    [InlineData("The town was hit by a powerful earthquake on Tuesday.", EventAction.Disaster)]
    [InlineData("A gunman kills victims at random in the city centre.", EventAction.Killed)]
    [InlineData("Bombing suspect arrested at the airport.", EventAction.Arrested)]
    public void Extract_FreshEventWithAftermathWordsNearby_FindsAction(string sentence, EventAction expected)
    {
        Assert.Contains(Extract(sentence), c => c.Action == expected);
    }

    [Theory]
    // The event's noun names what followed it (aid, victims, a benefit gig, a debt deal), or points back at an event already
    // known ("hit by the tsunami"): the sentence reports the help, the gig, the deal, not the disaster.
    [InlineData("Gurkhas to help tsunami victims")]
    [InlineData("Glasgow hosts tsunami benefit gig")]
    [InlineData("Warning over tsunami aid website")]
    [InlineData("Sediments tell a tsunami story")]
    [InlineData("Indonesia was by far the country worst affected by the tsunami.")]
    [InlineData("A benefit concert was held in aid of the victims of the Asian tsunami.")]
    [InlineData("Survivors of the bombing met the minister on Monday.")]
    // A market's move caused by the event, and growth called an explosion.
    [InlineData("Asian quake hits European shares")]
    [InlineData("Hariri killing hits Beirut shares")]
    [InlineData("Tsunami slows Sri Lanka's growth")]
    [InlineData("Tsunami 'to hit Sri Lanka banks'")]
    [InlineData("Asia quake increases poverty risk")]
    [InlineData("Tsunami to cost Sri Lanka $1.3bn")]
    [InlineData("Hurricane costs insurers 2 billion dollars")]
    [InlineData("Halo 2 heralds traffic explosion")]
    [InlineData("China 'ripe' for media explosion")]
    [InlineData("De Niro completes box office coup")]
    public void Extract_EventNamedAsBackground_FindsNoDisasterOrAttack(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action is EventAction.Disaster or EventAction.Attack or EventAction.Killed or EventAction.Ousted);
    }

    [Theory]
    // The event itself, where a market or a quantity word is only its place or its cause.
    [InlineData("Explosion hits crowded market in Kabul", EventAction.Attack)]
    [InlineData("A blast hit an oil refinery near the port.", EventAction.Attack)]
    [InlineData("Earthquake hits coastal towns on Tuesday.", EventAction.Disaster)]
    [InlineData("A gas explosion destroyed a block of flats.", EventAction.Attack)]
    [InlineData("A military coup ousted the president overnight.", EventAction.Ousted)]
    [InlineData("Soldiers staged a coup in the capital.", EventAction.Ousted)]
    [InlineData("Floods swept the valley and will cost farmers $2bn.", EventAction.Disaster)]
    public void Extract_EventBesideMarketOrQuantityWords_FindsAction(string sentence, EventAction expected)
    {
        Assert.Contains(Extract(sentence), c => c.Action == expected);
    }

    [Theory]
    // A participle in front of its noun says who ("an injured baby", "the ousted leader"); with no verb of an event
    // besides it, the sentence reports none.
    [InlineData("Helping an injured baby and delivering CPR - the 'heroes' who rushed to the victims")]
    [InlineData("The ousted leader's memoir goes on sale")]
    public void Extract_OnlyAParticipleBeforeItsNoun_FindsNoEvent(string sentence)
    {
        Assert.Empty(Extract(sentence));
    }

    [Theory]
    [InlineData(EventAction.Disaster)]
    [InlineData(EventAction.Attack)]
    [InlineData(EventAction.Killed)]
    public void Extract_Evacuation_AgreesWithWhatCausedIt(EventAction cause)
    {
        var evacuation = Assert.Single(Extract("Thousands of residents were evacuated from the town overnight."));

        Assert.False(EventFamily.Conflict(evacuation.Action, cause), $"{evacuation.Action}");
    }

    [Fact]
    public void Extract_Question_FindsNothing()
    {
        Assert.Empty(Extract("Has the president fled the country?"));
    }

    [Fact]
    public void Extract_OrdinaryBusinessSentence_FindsNoHardNews()
    {
        var found = Extract("The retailer said sales rose 4% in the quarter.");

        Assert.DoesNotContain(found, c => c.Action is EventAction.Killed or EventAction.TookControl or EventAction.Attack or EventAction.Fled);
    }

    [Theory]
    [InlineData("The leader is reported to have fled the capital.")]
    [InlineData("The leader has reportedly fled the capital.")]
    [InlineData("Rebels have allegedly captured the airport.")]
    public void Extract_HedgedSentence_MarksHedged(string sentence)
    {
        var found = Extract(sentence);

        Assert.True(Assert.Single(found).Hedged);
    }

    [Theory]
    // "The day the earthquake struck" names the day by its event: a time the survivors look back on.
    [InlineData("Survivors recall the day the earthquake struck the city", EventTense.Background)]
    [InlineData("Survivors recall the moment the bomb exploded", EventTense.Background)]
    [InlineData("An earthquake struck the city the day after the election", EventTense.Current)]
    // A comma or a preposition after the time noun: the sentence's own event, dated to the day of the report.
    [InlineData("Earlier in the day, a bomb exploded near the parliament", EventTense.Current)]
    [InlineData("On the day of the vote, a bomb exploded near the parliament", EventTense.Current)]
    public void Extract_EventNamingADay_IsBackground(string sentence, EventTense expected)
    {
        Assert.Equal(expected, Extract(sentence).First(c => c.Action is EventAction.Disaster or EventAction.Attack).Tense);
    }

    [Theory]
    [InlineData("Rebels captured the town last week.")]
    [InlineData("Rebels captured the town in 2018.")]
    [InlineData("Rebels captured the town earlier this year.")]
    public void Extract_BackgroundCue_MarksBackground(string sentence)
    {
        Assert.Equal(EventTense.Background, Assert.Single(Extract(sentence)).Tense);
    }

    [Theory]
    // A "when" clause dates the event it follows: a past date there makes both context.
    [InlineData("Protesters were killed when police opened fire in the square last week.", EventTense.Background)]
    [InlineData("Six people died when a bus crashed in the mountains in 2019.", EventTense.Background)]
    [InlineData("Protesters were killed when police opened fire in the square on Tuesday.", EventTense.Current)]
    public void Extract_WhenClauseWithPastDate_DatesTheEvent(string sentence, EventTense expected)
    {
        Assert.All(Extract(sentence), c => Assert.Equal(expected, c.Tense));
    }

    [Theory]
    [InlineData("Police executed an arrest warrant at the home.")]
    [InlineData("The team executed the plan perfectly.")]
    [InlineData("Netflix hit show killed off after two seasons")]
    public void Extract_ThingCarriedOut_IsNoKilling(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action == EventAction.Killed);
    }

    [Theory]
    [InlineData("Israeli jets strike southern Lebanon in breach of ceasefire")]
    [InlineData("Israel strikes Hezbollah targets despite truce")]
    [InlineData("Hamas accuses Israel of violating the ceasefire")]
    public void Extract_TruceBroken_IsNoAgreement(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action == EventAction.Agreement);
    }

    [Theory]
    [InlineData("Fuming Robinson blasts officials", EventAction.Attack)]
    [InlineData("Safin slumps to shock Dubai loss", EventAction.MarketMove)]
    [InlineData("Leeds plunge to defeat at home", EventAction.MarketMove)]
    public void Extract_SportingWords_AreNoEvent(string sentence, EventAction not)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action == not);
    }

    [Theory]
    [InlineData("Rail strikes hit commuters across England")]
    [InlineData("Nurses' strike hits hospitals in London")]
    public void Extract_Walkout_IsNoAttack(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action == EventAction.Attack);
    }

    [Theory]
    [InlineData("Investigators probe cause of Jeju Air crash")]
    [InlineData("Families of Air India crash victims demand answers")]
    [InlineData("Police open inquiry into the bombing of the mosque")]
    [InlineData("Anniversary of the earthquake marked across the country")]
    public void Extract_EventLookedBackAt_IsNoReportOfIt(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action is EventAction.Accident or EventAction.Attack or EventAction.Disaster);
    }

    [Theory]
    [InlineData("Storm Boris: floods kill 15 across central Europe", EventAction.Killed)]
    [InlineData("Schools closed as Storm Ciaran brought flooding to the coast", EventAction.Disaster)]
    public void Extract_NamedStorm_IsNoSeizure(string sentence, EventAction expected)
    {
        var found = Extract(sentence);

        Assert.DoesNotContain(found, c => c.Action == EventAction.TookControl);
        Assert.Contains(found, c => c.Action == expected);
    }

    [Theory]
    [InlineData("Trump shot at rally in Pennsylvania", true)]
    [InlineData("Boy, 5, shot in Chicago", true)]
    [InlineData("A police officer was shot outside the station", true)]
    [InlineData("Starmer takes a shot at Tory plans", false)]
    public void Extract_Shot_IsGunfireUnlessFigurative(string sentence, bool attack)
    {
        var found = Extract(sentence);

        Assert.Equal(attack, found.Any(c => c.Action == EventAction.Attack));
        Assert.DoesNotContain(found, c => c.Action == EventAction.Protest);
    }

    [Theory]
    [InlineData("Rapper 50 Cent ends protege feud.")]
    [InlineData("UK economy ends year with spurt.")]
    [InlineData("Their marriage ended after ten years.")]
    public void Extract_PrivateMatterEnds_IsNoEnding(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action == EventAction.Ended);
    }

    [Theory]
    [InlineData("The war has ended.")]
    [InlineData("Israel ends its offensive in the south.")]
    public void Extract_ConflictEnds_IsAnEnding(string sentence)
    {
        Assert.Contains(Extract(sentence), c => c.Action == EventAction.Ended);
    }

    [Theory]
    [InlineData("The former prime minister was placed under house arrest.", true)]
    [InlineData("Terror suspects face house arrest.", false)]
    [InlineData("Opposition grows to house arrests.", false)]
    public void Extract_HouseArrest_IsAnArrestOnlyWhenSomeoneIsUnderIt(string sentence, bool arrested)
    {
        Assert.Equal(arrested, Extract(sentence).Any(c => c.Action == EventAction.Arrested));
    }

    [Fact]
    public void Extract_MineCollapse_IsNoFirstPersonQuote()
    {
        var killed = Assert.Single(Extract("Gold mine collapse kills 12 people."), c => c.Action == EventAction.Killed);

        Assert.Equal(12, killed.Magnitude);
    }

    [Theory]
    [InlineData("A gunman killed six workers at the factory.", 6)]
    [InlineData("Twelve people were killed in the attack.", 12)]
    [InlineData("A dozen people were killed in the attack.", 12)]
    public void Extract_CountInWords_IsTheMagnitude(string sentence, int expected)
    {
        Assert.Equal(expected, Extract(sentence).Max(c => c.Magnitude));
    }


    [Theory]
    [InlineData("Glazer is set to take control of the club.", false)]
    [InlineData("The investor seized control of the company's board.", false)]
    [InlineData("Rebels took control of the city of Homs.", true)]
    [InlineData("Troops took control of the airport.", true)]
    public void Extract_ControlOfAFirm_IsNoTerritoryTaken(string sentence, bool tookControl)
    {
        Assert.Equal(tookControl, Extract(sentence).Any(c => c.Action == EventAction.TookControl));
    }

    [Theory]
    // Ages, lengths of time, shares, sums and categories measure something; only counts of people or things are a magnitude.
    [InlineData("A former NBA player was killed in a car crash aged 38.", 0)]
    [InlineData("Raj Chohan, 59, was killed by a drunk driver.", 0)]
    [InlineData("A 35 - year - old deputy was shot and killed.", 0)]
    [InlineData("The gunman was jailed for 25 years after the attack.", 0)]
    [InlineData("The storm hit the coast as a Category 4 hurricane.", 0)]
    [InlineData("Police arrested 14 people at the protest.", 14)]
    [InlineData("The blast killed 38 people, 12 of them children.", 38)]
    [InlineData("The hurricane hit the coast with winds of 115 mph.", 115)]
    public void Extract_MeasureNumber_IsNoMagnitude(string sentence, int expected)
    {
        Assert.Equal(expected, Extract(sentence).Max(c => c.Magnitude));
    }
    [Theory]
    // The article's own month is December 2024: an earlier month, or a month of an earlier year, dates context.
    [InlineData("An earthquake hit the town in February, killing hundreds of people.", EventTense.Background)]
    [InlineData("A quake killed more than 26,000 people in the ancient city in December 2003.", EventTense.Background)]
    [InlineData("He escaped on March 11, 2005, as he was escorted to a trial.", EventTense.Background)]
    [InlineData("Rebels captured the town in December.", EventTense.Current)]
    [InlineData("Police arrested two men on Friday.", EventTense.Current)]
    public void Extract_MonthBeforeTheArticles_MarksBackground(string sentence, EventTense expected)
    {
        var found = SentenceExtractor.Extract(sentence, 0, Array.Empty<PlaceMention>(), Year, publishedMonth: 12);

        Assert.Equal(expected, found[0].Tense);
    }

    [Fact]
    public void Extract_MonthWithoutTheArticlesMonth_SaysNothing()
    {
        Assert.Equal(EventTense.Current, Assert.Single(Extract("An earthquake struck the coast in February.")).Tense);
    }

    [Theory]
    [InlineData("They killed my little brother for no reason.")]
    [InlineData("I saw them shoot two men outside the shop.")]
    [InlineData("We were attacked as we slept.")]
    public void Extract_UnattributedFirstPerson_IsAQuotationAndSkipped(string sentence)
    {
        Assert.Empty(Extract(sentence));
    }

    [Theory]
    [InlineData("We have captured the airport, a rebel commander told reporters.", EventAction.TookControl)]
    [InlineData("Two World War I veterans were killed in the fire.", EventAction.Killed)]
    [InlineData("Our correspondent says rebels captured the airport.", EventAction.TookControl)]
    public void Extract_AttributedOrNotFirstPerson_FindsAction(string sentence, EventAction expected)
    {
        Assert.Contains(Extract(sentence), c => c.Action == expected);
    }

    [Theory]
    [InlineData("By the time an autopsy of the teenager was released on Wednesday, the streets were calm.")]
    [InlineData("Police released the video of the arrest on Friday.")]
    [InlineData("The names of the hostages were released by the army.")]
    public void Extract_DocumentOrRecordingReleased_IsNoneFreed(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action == EventAction.Freed);
    }

    [Theory]
    [InlineData("Hostages held for 50 days were released on Friday.")]
    [InlineData("Israel released the prisoners on Friday.")]
    public void Extract_CaptivesReleased_IsFreed(string sentence)
    {
        Assert.Contains(Extract(sentence), c => c.Action == EventAction.Freed);
    }

    [Theory]
    [InlineData("His second album, The Massacre, is released on Thursday.")]
    [InlineData("She starred in The Killing before moving to Hollywood.")]
    public void Extract_EventWordNamingAWork_IsNoEvent(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action is EventAction.Killed or EventAction.Attack);
    }

    [Fact]
    public void Extract_EventWordAfterTheOpeningThe_IsAnEvent()
    {
        Assert.Contains(Extract("The Massacre of 30 villagers was reported on Sunday."), c => c.Action == EventAction.Killed);
    }

    [Theory]
    // Agreeing to a ceasefire is the agreement made; "to" before any other event is a purpose or a plan.
    [InlineData("Israel and Hezbollah agree to ceasefire", EventTense.Current)]
    [InlineData("Rebels vow to seize the capital", EventTense.Prospective)]
    public void Extract_EventAfterTo_IsCurrentOnlyWhenAgreedTo(string sentence, EventTense expected)
    {
        Assert.Equal(expected, Extract(sentence).First(c => c.Action is EventAction.Agreement or EventAction.TookControl).Tense);
    }

    [Theory]
    [InlineData("Company fires 200 workers")]
    [InlineData("Club fires the coach after a run of defeats")]
    public void Extract_FiringPeople_IsNoCalamityOrAttack(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action is EventAction.Disaster or EventAction.Attack);
    }

    [Theory]
    [InlineData("Lightning struck Rome on Sunday")]
    [InlineData("The storm struck Florida on Tuesday")]
    public void Extract_NatureStrikes_IsNoAttack(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action == EventAction.Attack);
    }

    [Fact]
    public void Extract_DriverFledTheScene_IsNoFlight()
    {
        Assert.DoesNotContain(Extract("Instead of stopping to help her, the driver fled the scene."), c => c.Action == EventAction.Fled);
    }

    [Fact]
    public void Extract_NegatedPassive_IsSkipped()
    {
        Assert.Empty(Extract("The surrounding area has not been hit by a quake in more than 25 years."));
    }

    [Theory]
    [InlineData("The offensive threatens to capture the capital.")]
    [InlineData("If the city falls to rebels, the government will collapse.")]
    [InlineData("Election 'could be terror target'")]
    [InlineData("The bombing may be a prelude to a wider campaign.")]
    [InlineData("Strike will hit flights across Europe")]
    public void Extract_ThreatOrCondition_IsNotCurrent(string sentence)
    {
        Assert.All(Extract(sentence), c => Assert.NotEqual(EventTense.Current, c.Tense));
    }

    [Theory]
    // "could have" says it happened, hedged; a modal further on is about something else.
    [InlineData("The explosion could have killed hundreds, police said.", EventAction.Killed)]
    [InlineData("An earthquake struck the coast, and aftershocks may follow.", EventAction.Disaster)]
    public void Extract_ModalNotOfTheEvent_StaysCurrent(string sentence, EventAction action)
    {
        Assert.Contains(Extract(sentence), c => c.Action == action && c.Tense == EventTense.Current);
    }

    [Theory]
    // A title-cased headline capitalises every word, so a capital after the verb names nothing; a strike by workers is not an attack.
    [InlineData("Strikes Upend Israel's Belief About Iran's Willingness to Fight It Directly")]
    [InlineData("Workers strike at Ford plant")]
    [InlineData("Critics attack Starmer's plan")]
    public void Extract_PresentTenseVerbWithoutItsObject_FindsNoAttack(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action == EventAction.Attack);
    }

    [Theory]
    [InlineData("Heatwave claims 100 lives in India")]
    [InlineData("Floods cost at least 50 lives in the north")]
    [InlineData("The fire took dozens of lives overnight")]
    public void Extract_CountOfLivesClaimed_IsAToll(string sentence)
    {
        Assert.Contains(Extract(sentence), c => c.Action == EventAction.Killed);
    }

    [Theory]
    [InlineData("Cuts could cost lives, nurses warn")]
    [InlineData("Labour claims victory in the by-election")]
    [InlineData("The plan claims to save lives")]
    public void Extract_LivesWithoutACount_IsNoToll(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action == EventAction.Killed);
    }

    [Theory]
    [InlineData("Violence erupts in the capital after the vote")]
    [InlineData("Riots have erupted in the teen's neighborhood")]
    [InlineData("Fighting erupted overnight on the border")]
    public void Extract_UnrestErupts_IsNoDisaster(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), c => c.Action == EventAction.Disaster);
    }

    [Fact]
    public void Extract_VolcanoErupted_IsADisaster()
    {
        Assert.Contains(Extract("The volcano erupted on Sunday, sending ash over the island."), c => c.Action == EventAction.Disaster);
    }

    [Fact]
    public void Extract_StateOfAffairsAfterCurrentEvent_StaysCurrent()
    {
        var found = Extract("Rebels captured the city hours after the army withdrew.");

        Assert.Contains(found, c => c.Action == EventAction.TookControl && c.Tense == EventTense.Current);
    }

    [Fact]
    public void Extract_NegatedEvent_IsSkipped()
    {
        Assert.DoesNotContain(Extract("No one was killed in the fire."), c => c.Action == EventAction.Killed);
    }

    [Fact]
    public void Extract_EventInsideQuotedSpeech_IsIgnored()
    {
        var found = Extract("\"We will never let the rebels capture our city,\" the mayor said.");

        Assert.DoesNotContain(found, c => c.Action == EventAction.TookControl);
    }

    [Fact]
    public void Extract_ReporterThenPronoun_ActorIsTheReporter()
    {
        var found = Extract("Rebel forces say they have captured the airport.");

        Assert.Equal("Rebel forces", Assert.Single(found).Actor);
    }

    [Fact]
    public void Extract_ReportedSpeech_ActorIsTheEventSubject()
    {
        var found = Extract("The army told officers that the president's rule has ended.");

        Assert.Equal("the president's rule", Assert.Single(found).Actor);
    }

    [Fact]
    public void Extract_DeclarationOfPlannedHandover_IsADeclarationByTheSpeaker()
    {
        var found = Extract("The prime minister declared that the government is willing to hand over power to a transitional body.");

        var declared = Assert.Single(found);
        Assert.Equal(EventAction.Declared, declared.Action);
        Assert.Equal(EventAction.Resigned, declared.ContentAction);
        Assert.Equal("The prime minister", declared.Actor);
    }

    [Fact]
    public void Extract_TwoClauses_OneEventEach()
    {
        var found = Extract("The airport has been abandoned and rebels say they have freed prisoners from the jail.");

        Assert.Equal(2, found.Count);
        Assert.Contains(found, c => c.Action == EventAction.Freed && c.Clause.StartsWith("and rebels", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Rebels captured the town, according to Reuters.", "Reuters")]
    [InlineData("Rebels captured the town, police said.", "police")]
    [InlineData("Rebels captured the town, a senior officer told the BBC.", "the BBC")]
    public void Extract_Attribution_IsFound(string sentence, string expected)
    {
        Assert.Equal(expected, Assert.Single(Extract(sentence)).Attribution);
    }

    [Fact]
    public void Extract_RelativeClause_ActorIsTheNounBeforeIt()
    {
        var found = Extract("Police named the gunman, who killed four people at the courthouse.");

        var killed = Assert.Single(found, c => c.Action == EventAction.Killed);
        Assert.StartsWith("Police named the gunman", killed.Clause, StringComparison.Ordinal);
    }
}
