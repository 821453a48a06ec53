namespace AlertBot.Detection.Events;

/// <summary>Closed-class English word lists the extractor reasons with.</summary>
public static class WordSets
{
    public static readonly HashSet<string> Auxiliaries = Set("has have had is are was were be been being will would shall should can could may might must do does did 's 're 've");

    public static readonly HashSet<string> Reporting = Set(
        "said says say told tells tell stated states announced announces announce declared declares claimed claims claim stated "
        + "reported reports quoted quotes confirmed confirms added insisted according cited cites speaking informed notified "
        + "show shows showed showing called calls believe believes");

    public static readonly HashSet<string> Pronouns = Set("they he she it we i them him her this these those who");

    public static readonly HashSet<string> Determiners = Set("the a an this that these those its his her their our some");

    public static readonly HashSet<string> Adverbs = Set(
        "now also already reportedly allegedly apparently just finally officially reportedly still then again even never "
        + "recently suddenly quickly effectively successfully largely partly fully totally completely");

    public static readonly HashSet<string> Hedges = Set("reportedly allegedly apparently purportedly unconfirmed unverified rumours rumors rumoured rumored possibly supposedly");

    public static readonly HashSet<string> ProspectiveCues = Set(
        "will would could may might shall threatens threatened threaten threatening plans planned plan planning expected expects "
        + "set willing ready aims aim wants want hopes hope seeks seek poised likely intends intend prepared prepare unless if brace braces braced bracing "
        + "prospect possible possibility fears fear would-be anticipated upcoming forthcoming scheduled due next future");

    /// <summary>Words before a number that make it a measure, not a count of people or things ("aged 38", "$30", "a Category 3 storm").</summary>
    public static readonly HashSet<string> MeasureLeads = Set("aged age ages $ £ € no number category level magnitude grade stage phase tier");

    /// <summary>
    /// Units after a number that make it a measure: time, age, distance, share, temperature. Not a wind speed: "winds of 115 mph"
    /// is how big a storm is, and 100 mph and more is a major hurricane.
    /// </summary>
    public static readonly HashSet<string> MeasureUnits = Set(
        "year years yr yrs month months week weeks day days hour hours hrs minute minutes mins second seconds % percent per "
        + "km kilometres kilometers kilometre kilometer mile miles metres meters metre meter feet foot ft degrees am pm");

    public static readonly HashSet<string> Negations = Set("not no never n't without denied denies deny none nobody");

    /// <summary>
    /// Nouns that, after an event's noun, name what followed it rather than the event: "tsunami aid", "quake victims",
    /// "bombing anniversary", "hurricane warning".
    /// </summary>
    /// <summary>
    /// Nouns that, before "of" or "into" and an event's noun, make the event what the clause is about, told before: "probe cause
    /// of Jeju Air crash", "victims of the shooting", "inquiry into the bombing".
    /// </summary>
    public static readonly HashSet<string> Retrospects = Set(
        "cause causes probe probes investigation investigations inquiry inquest victims survivors families relatives anniversary "
        + "aftermath wake memory memories memorial lessons legacy footage images anatomy timeline");

    public static readonly HashSet<string> Aftermath = Set(
        "aid relief appeal appeals victims victim survivors survivor orphans widows fund funds fundraiser fundraising donations donation "
        + "donors charity charities benefit gig concert telethon debt anniversary memorial memorials commemoration inquiry inquest "
        + "investigators report story stories zone zones effort efforts response recovery reconstruction rebuilding insurance claims "
        + "compensation payouts cost costs bill drill drills preparedness season website hotline film documentary book museum fears risk threat "
        + "warning warnings watch suspect suspects trial");

    /// <summary>
    /// Verbs of an effect on a market or an economy, and what they act on: "Hariri killing hits Beirut shares", "Tsunami slows
    /// Sri Lanka's growth" report a market's move, with the event as its cause.
    /// </summary>
    public static readonly HashSet<string> EffectVerbs = Set(
        "hits hit dents dented slows slowed knocks knocked lifts lifted boosts boosted rattles rattled shakes shook hurts hurt sinks "
        + "sank drags dragged weighs weighed spooks spooked batters battered hammers hammered cuts curbs curbed increases raises deepens worsens");

    /// <remarks>Not "market" or "oil": "Explosion hits crowded market", "Blast hits oil refinery" are the attack.</remarks>
    public static readonly HashSet<string> Markets = Set(
        "shares stocks markets bourse bourses index indices economy economies growth profits earnings sales exports imports tourism "
        + "currency currencies prices output investors bonds dollar euro yen rupee demand banks insurers poverty unemployment inflation");

    /// <summary>Nouns before "explosion" that make it growth, not a blast: "traffic explosion", "media explosion".</summary>
    public static readonly HashSet<string> Quantities = Set(
        "traffic population media data sales price prices demand growth popularity interest content usage broadband internet online "
        + "digital information spam market jobs credit debt video music download downloads mobile phone housing property tourism "
        + "ticket choice channel channels web blog blogs");

    /// <summary>Nouns before "coup" that make it a feat, not an overthrow: "box office coup", "publicity coup".</summary>
    public static readonly HashSet<string> Feats = Set(
        "office boardroom publicity pr marketing transfer signing ratings diplomatic media commercial business casting ticket "
        + "propaganda fashion design advertising");

    /// <summary>What a party or candidate wins when "wins" reports an election, not a match: "Labour wins UK election".</summary>
    public static readonly HashSet<string> Contests = Set("election elections re-election reelection runoff run-off referendum presidency primary primaries caucus caucuses mandate landslide");

    /// <summary>A vote that is a contest for power ("wins confidence vote"), not a show's or a readers' ("wins public vote").</summary>
    public static readonly HashSet<string> PowerVotes = Set("confidence no-confidence parliamentary leadership presidential");

    /// <summary>What only an army or armed group launches: "Russia launches new offensive", "launched airstrikes".</summary>
    public static readonly HashSet<string> Assaults = Set("airstrikes air-strikes offensive counteroffensive counter-offensive invasion incursion barrage bombardment");

    /// <summary>
    /// What a party launches too ("launches attack on Labour's plans", "unions launch strikes"): an assault only with a weapon's or
    /// an army's word before it ("drone and missile attack", "air strikes").
    /// </summary>
    public static readonly HashSet<string> ArmedAssaults = Set("attack attacks strike strikes assault raid raids");

    public static readonly HashSet<string> Weapons = Set("drone drones missile missiles rocket rockets air ground military retaliatory terror suicide artillery cross-border naval ballistic");

    /// <summary>Offensives that are not fought: "launches charm offensive".</summary>
    public static readonly HashSet<string> Campaigns = Set("charm diplomatic media pr publicity marketing advertising sales");

    public static readonly HashSet<string> LaunchVerbs = Set("launch launches launched launching");

    /// <summary>Verbs that send munitions at a target, and the munitions: "fires 200 rockets", "launched more than 100 drones".</summary>
    public static readonly HashSet<string> FireVerbs = Set("fire fires fired firing launch launches launched launching");

    public static readonly HashSet<string> Projectiles = Set("rockets missiles drones shells mortars projectiles munitions missile rocket torpedo torpedoes grenades");

    /// <summary>Verbs of an air or artillery strike, when a military target follows ("US strikes three Iranian nuclear sites").</summary>
    public static readonly HashSet<string> StrikeVerbs = Set("strike strikes struck striking hit hits hitting bomb bombs bombing pound pounds pounded");

    /// <summary>Who goes on strike: "rail strikes hit commuters" is a walkout, not an air strike.</summary>
    public static readonly HashSet<string> Strikers = Set(
        "rail train tube metro bus postal post teachers teacher nurses nurse doctors doctor workers worker union unions general national "
        + "hunger junior staff airport port dock dockers pilots pilot miners strikers transport public sector wage pay pension");

    public static readonly HashSet<string> MilitaryTargets = Set(
        "sites targets positions facilities installations bases depots depot strongholds headquarters bunkers launchers airbase airbases "
        + "refinery refineries airfield airfields arsenal arsenals barracks");

    /// <summary>Verbs a toll is told with, "lives" a few words on: "Floods claim 50 lives", "cost dozens of lives".</summary>
    public static readonly HashSet<string> TollVerbs = Set("claim claims claimed claiming cost costs costing take takes took taken");

    /// <summary>How many, between a toll verb and "lives" ("dozens of", "a few", "fifty"): a count of the dead.</summary>
    public static readonly HashSet<string> TollCounts = Set(
        "few several many dozens hundreds thousands scores two three four five six seven eight nine ten eleven twelve twenty "
        + "thirty forty fifty hundred thousand");

    /// <summary>Words that may stand around a toll's count without being one ("at least", "more than", "the", "of").</summary>
    public static readonly HashSet<string> TollFillers = Set("at least more than over nearly almost about around some the of a");

    /// <summary>Who a participle may describe: "people fleeing", "thousands fleeing", "those fleeing".</summary>
    public static readonly HashSet<string> Crowds = Set(
        "people patients civilians residents families refugees migrants those many most some others thousands hundreds dozens millions "
        + "children women men survivors crowds shoppers villagers passengers students workers");

    /// <summary>What strikes a place when no one attacks it.</summary>
    public static readonly HashSet<string> NatureForces = Set(
        "storm storms hurricane typhoon cyclone tornado tornadoes lightning quake earthquake tremor tsunami flood floods wave waves heatwave "
        + "wildfire wildfires fire blaze avalanche landslide disaster tragedy drought famine");

    /// <summary>What "erupts" when no volcano does.</summary>
    public static readonly HashSet<string> Unrest = Set(
        "riot riots rioting protest protests clashes clash violence fighting unrest chaos anger fury row rows war demonstrations scuffles");

    /// <summary>What is controlled when no territory is taken: firms, clubs, boards, stakes.</summary>
    public static readonly HashSet<string> Firms = Set(
        "club clubs company companies firm firms board boards business businesses brand franchise team group stake shares airline "
        + "newspaper paper channel network bank chain subsidiary conglomerate label studio");

    /// <summary>What is released when no one is freed: documents, recordings, figures, products.</summary>
    public static readonly HashSet<string> ReleasedThings = Set(
        "autopsy report reports video videos footage statement statements results figures data details album film movie book list names "
        + "photo photos photograph photographs image images picture pictures recording recordings audio tape tapes transcript document "
        + "documents findings budget song single trailer version update information evidence letter letters emails files records study "
        + "survey poll guidance guidelines proposals statistics funds funding water memo dossier paper map timeline app software game");

    /// <summary>What ends without anything ending for anyone else: a quarrel, a spell, a season, a career.</summary>
    public static readonly HashSet<string> PrivateMatters = Set(
        "feud feuds row rift spat dispute quarrel romance marriage engagement relationship partnership friendship career season "
        + "seasons year years week month quarter spell streak run drought wait hiatus tour holiday honeymoon contract loan sponsorship "
        + "series");

    /// <summary>What is "executed" when no one is: warrants, orders, plans, trades.</summary>
    public static readonly HashSet<string> ThingsCarriedOut = Set(
        "warrant warrants order orders plan plans strategy trade trades deal deals contract contracts transaction transactions "
        + "program programme code command commands will move maneuver manoeuvre operation operations play plays");

    /// <summary>What an event does to a truce it does not end: "in breach of ceasefire", "despite the truce".</summary>
    public static readonly HashSet<string> Breaches = Set(
        "despite breach breaches breaching violation violations violating violated violate violates breaking broke breaks flouting defying during");

    /// <summary>What a side or a player slumps or tumbles to.</summary>
    public static readonly HashSet<string> Defeats = Set("defeat defeats loss draw exit relegation elimination bottom");

    public static readonly HashSet<string> PeriodWords = Set("week month year decade summer winter spring autumn century weekend");

    public static readonly HashSet<string> Subordinators = Set("after before amid while although though because since when whereas which who whom whose but yet");

    public static readonly HashSet<string> TimeWords = Set(
        "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning evening afternoon night "
        + "dawn hours hour minutes earlier later week weekend month year meanwhile however overnight");

    public static readonly HashSet<string> IrregularPast = Set(
        "withdrew withdrawn took taken fled fell fallen left began begun went gone came broke broken struck shot hit won lost "
        + "made gave given saw seen ran sent held kept brought caught fought overran overrun swept stood stole stolen threw thrown");

    private static HashSet<string> Set(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
