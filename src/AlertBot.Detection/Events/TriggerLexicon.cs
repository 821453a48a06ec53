using System.Globalization;

namespace AlertBot.Detection.Events;

/// <summary>
/// General English phrases per kind of event. Each line is "Action weight: phrase; phrase …"; a phrase may
/// end with "&gt;a|b" (next word must be one of these, "@cap" = a capitalised word, "@name" = one
/// after a lower-case trigger, so not a title-cased headline's next word, "@num" = a number, "@end" = none: the clause ends) or "!&gt;a|b" (must not be: "Blair
/// blasts Tory plans" criticises); a phrase may start with "!&lt;a|b " (the word before must not be one of these: "a shot
/// at" is a jibe, a "house arrest" debated is no arrest, a rally one is "at" is a candidate's).
/// Phrases match across a few filler words ("took full control", "gained complete control").
/// </summary>
public static class TriggerLexicon
{
    private const string Data = """
        TookControl 1.0: took control; take control; taken control; takes control; taking control; seized control; seize control; seizes control; seizing control; gained control; gain control; gains control; regained control; reclaimed control; wrested control; assumed control; captured; captures; capture of; seized; seizes; overran; overrun; liberated; under the control of
        TookControl 0.8: capture >the|@cap|a|an|control|territory|towns|cities|key|town|city|strategic|border|airport|base|village|villages; capturing; stormed; storm >the|@cap|parliament|palace|capitol; storms >the|@cap|parliament|palace|capitol; occupied !>@cap|territories|territory|land|lands|areas|zone|palestinian|syrian|ukrainian; occupy; claimed >@cap|the|control; fall of; conquered; recaptured; retook; retaken; seize >the|@name|a|an|control|territory|towns|cities|power|key|strategic|border|airport|base|capital|city|town|village; retake; retakes; recapture; recaptures
        TookControl 0.6: took over; taken over; takes over; fell to >@cap|the|rebels|insurgents|troops|forces|militants|government; fallen to >@cap|the|rebels|insurgents|troops|forces|militants|government; falls to >@cap|the|rebels|insurgents|troops|forces|militants|government; entered >the|@cap|a; enter >the|@cap; entering >the|@cap; pushed into; swept into; rolled into; marched into; take >@name; takes >@name
        Advance 0.6: advancing; advanced on; advance on; advance towards; advance toward; marching towards; marching toward; closing in; reached >the|@cap; offensive
        Retreat 0.7: withdrew; withdrawn; withdrawing; withdrawal; retreated; retreating; pulled out; abandoned positions
        Fled 1.0: fled; flee; flees; fleeing; escaped from; escapes from; escaped >custody|prison|jail; gone into exile; went into hiding; fled the country
        Fled 0.5: escaped; escapes
        Fled 0.7: left the country; left >@cap|the; has left; had left; abandoned >@cap|the; been abandoned; whereabouts
        Killed 1.0: killed; killing; kills; shot dead; murdered; slain; massacred; massacre; assassinated; assassination; executed; executes >@name|@num|man|woman|men|women|prisoner|prisoners|protester|protesters|dissident|dissidents|journalist|activist|activists|two|three|four|five|six|seven|eight|nine|ten|dozens; beheaded; death toll; dead >in|after|and|as|when|following; lost their lives; kill >@num|dozens|scores|hundreds|two|three|four|five|six|seven|eight|nine|ten|several|many|civilians|soldiers|police|people|at|more|over|nearly|almost|about|around|up|least
        Killed 0.7: murder >of|in; killings; deaths
        Attack 1.0: bombing; bombings; bombed; explosion; explosions; exploded; blast; blasts >in|at|near|across|rock|rocked|rocks|hit|hits|kill|kills|killed|shake|shook|shakes|on|outside|@end; suicide bomber; car bomb; shelling; shelled; airstrike; airstrikes; air strike; air strikes; gunfire; opened fire; opens fire; open fire on; gunmen; stabbing; stabbed; stabs; ambushed; ambush; invaded; invasion; rocket attack; missile strike; missile strikes; drone strike; drone attack; missile >hits|hit|struck|slams|slammed; drone >hits|hit|struck|slams|slammed; rocket >hits|hit|struck|slams|slammed; missiles >hit|struck|slammed|slam|pounded; rockets >hit|struck|slammed|slam|pounded; drones >hit|struck|slammed|slam
        Attack 0.6: attack >on|against|in|at|by; attacks >on|against|in|at|by; attacked; attacking
        Attack 0.9: was shot; were shot; been shot; being shot; is shot; are shot; !<a|another|parting|cheap|big|first|best|last|booster|his|her|their shot and wounded; !<a|another|parting|cheap|big|first|best|last|booster|his|her|their shot and injured; !<a|another|parting|cheap|big|first|best|last|booster|his|her|their shot >at|in|outside|near|during|while|by
        Attack 0.8: strikes >hit|pound|pounded|kill|killed|target|targeted|destroy|destroyed; strike >hits|kills|killed|destroys|destroyed
        Attack 0.8: shoots >@cap|the|a|an|his|her|their|dead|two|three|four|five|six|ex|ex-colleagues|former|colleagues|co-workers|police|officer|officers|man|woman|teenager|boy|girl|students|worker|workers; fired >on|at|into|shots|rockets|missiles|a|tear; fires >missiles|missile|ballistic|cruise|hypersonic|rockets|rocket|shells|shots|drones|on|at|into; shots; shooting; shootout; clashes; clashed; raid; raided; bomb >attack|blast|exploded|went; strikes >@name|southern|northern|eastern|western|central; strike >@name|targets|southern|northern|eastern|western|central; struck >@name|targets|sites|positions|southern|northern|eastern|western|central; pounds >@name; shells >@name; bombs >@name; attack >army|police|military|troops|soldiers|base|bases|convoy|checkpoint|village|villages|town|school|mosque|church|hospital|camp|post|positions|ship|ships|vessel|tanker|civilians; attacks >army|police|military|troops|soldiers|base|bases|convoy|checkpoint|village|villages|town|school|mosque|church|hospital|camp|post|positions|ship|ships|vessel|tanker|civilians; hit >ship|ships|vessel|vessels|tanker|tankers; hits >ship|ships|vessel|vessels|tanker|tankers; !<a|another|parting|cheap|big|first|best|last|booster|his|her|their shot down >@num|@cap|a|an|the|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|several|all|most|some|more|nearly|almost|about|around|over|drones|drone|missiles|missile|rockets|plane|planes|jet|jets|aircraft|helicopter|helicopters|balloon; shoots down >@num|@cap|a|an|the|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|several|all|most|some|more|nearly|almost|about|around|over|drones|drone|missiles|missile|rockets|plane|planes|jet|jets|aircraft|helicopter|helicopters|balloon; shooting down >@num|@cap|a|an|the|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|several|all|most|some|more|nearly|almost|about|around|over|drones|drone|missiles|missile|rockets|plane|planes|jet|jets|aircraft|helicopter|helicopters|balloon; downed >@num|a|an|the|two|three|drones|drone|missiles|missile|plane|jet|aircraft|helicopter; launches >missile|missiles|ballistic|rocket|rockets|drones|cruise|hypersonic|airstrikes|strikes; launched >missile|missiles|ballistic|rocket|rockets|drones|cruise|hypersonic|airstrikes|strikes
        Attack 0.5: fighting; firing; arson
        Freed 1.0: frees >@name|the|detainees|prisoners|hostages|political|all|dozens|hundreds|thousands|jailed|two|three|four|five|six|seven|eight|nine|ten; free >detainees|prisoners|hostages|thousands|hundreds|dozens|jailed; freed; freeing; set free; rescued; evacuated; hostages released; prisoners released; were released; been released; was released; releasing; released >@cap|the|prisoners|detainees|hostages|political|all|dozens|hundreds|thousands|him|her|them; releases >@name|@num|the|prisoners|detainees|hostages|political|all|dozens|hundreds|thousands|two|three|four|five|six|seven|eight|nine|ten; pardons >@name|@num|the|his|her|son|daughter|former|ex|two|three|jailed|prisoners; pardoned
        Ousted 1.0: ousted; overthrown; overthrew; deposed; coup; removed from power; toppled >the|@cap|president|government|regime|leader; topples; topple; ousts >president|government|regime|leader|prime|the; impeaches; impeached; impeachment >of|vote|trial; vote to impeach; votes to impeach; voted to impeach; seized power; seize power; seizes power; seizing power; grabbed power; seizure of power
        Ousted 0.9: martial law
        Ended 1.0: has ended; have ended; had ended; is over; are over; was over; came to an end; come to an end
        Ended 1.0: dissolves; dissolved; dissolve >the|@cap|parliament|party|government; dissolution of; coalition collapses; government collapses; government collapsed; coalition collapsed
        Ended 0.6: ended; ends; ending; end >to; end of >an|his|her|their|its|@cap|the; collapsed; collapse of
        Resigned 1.0: resigned; resigns; resignation; stepped down; step down; steps down; stepping down; hand over power; handed over power; hand over its; hand over; handover; transfer of power; transfer power; abdicated; quit >as|his|her|the; drops out of race; drops out of presidential race; dropped out of race; dropped out of presidential race; quits race; quits presidential race; pulls out of race; withdraws from race; withdrew from race; exits race; suspends campaign; suspended campaign; ends campaign; ends presidential campaign
        Declared 1.0: declared; declares; proclaimed; proclaims; state of emergency; curfew
        Declared 0.7: announced; announces; vowed; pledged; urged; urges; warned; warns; ordered; orders >the|a|an|@cap|all; imposed; imposes; called for; calls for; issued a statement; issued a warning; unveiled; confirmed
        Protest 1.0: protest; protests; protested; protesting; protesters; protestors; demonstration; demonstrations; demonstrators; !<at|campaign|election|electoral rally >in|against|outside|at; !<at|campaign|election|electoral rallies; riot; riots; rioting; rioted; rioters; took to the streets; marched >in|on|through|to|against; uprising; went on strike; walkout; sit-in
        Celebration 1.0: celebrate; celebrated; celebrates; celebrating; celebration; celebrations; celebratory; jubilant; poured onto the streets; poured into the streets; dancing in the streets; chanting; cheered; cheering
        Election 1.0: elected; re-elected; elects >@name|new|first|a|its|former|opposition|ex; won the election; wins election; won election; landslide victory; sworn in
        Election 0.8: election result; election results; polls closed; voting began; vote count; referendum; runoff
        Election 1.0: win control; wins control; won control; win the election; wins the election; declares victory; declared victory; claims victory; claimed victory; concedes; conceded; concede defeat; concedes defeat; projected to win; wins the presidency; won the presidency; wins presidency; wins re-election; won re-election; declared winner; declared the winner; declares winner; declared president
        Election 0.4: election; elections; vote; voted; ballot; voters
        Arrested 1.0: arrested; !<house arrests; !<house arrest of; detained; taken into custody; apprehended; under arrest; under house arrest; extradited; captured alive; in custody; !<house arrest >@num|@name|suspect|suspects|man|woman|men|women|two|three|four|five|six|dozens|hundreds|teen|teenager|boy|journalist|journalists|activist|activists|protesters|leader|opposition|former|ex
        Charged 1.0: charged with; charged in; indicted; arrest warrant; arrest warrants; accused of; pleaded guilty; pleaded not guilty; pleads guilty; convicted; found guilty; acquitted; charges against; faces charges; murder trial; trial >of|for|begins|began|opened; convicts >@name|@num|former|ex|the|a|two|three|man|woman|men|women
        Charged 0.6: charged; charges; accused; trial; suspect; suspects
        Sentenced 1.0: sentenced; jailed; sentence of; life sentence; death sentence; death penalty; imprisoned; years in prison; jails >@name|@num|man|woman|activist|journalist|former|ex|opposition|two|three|four|five
        Disaster 1.0: earthquake; quake; tremor; tsunami; floods; flooding; flooded; hurricane; cyclone; typhoon; tornado; wildfire; wildfires; fire broke out; blaze; inferno; eruption; erupted; avalanche; landslide >in|hit|struck|buried|killed|swept; mudslide; famine; outbreak; epidemic; volcano >erupts|erupted|erupting|eruption
        Disaster 0.6: fire >at|in|that|which|broke|destroyed|ripped|swept|engulfed|engulfs|destroys|guts|gutted|rips|sweeps|kills|killed; fires !>@num|the|a|an|his|her|its|their|at|on|into|back; flood; storm >hit|hits|lashed|swept|battered; caught fire; burned; burnt; destroyed; power outage; power outages; power cut; power cuts; outage >grounds|disrupts|hits|across|leaves|knocks|halts; blackout >hits|across|leaves|plunges|grips|sweeps|cripples
        Accident 1.0: sinks >off|in|near|after|during|with; capsizes; derails; crashes >into|in|near|on|after|during|@end; crashed; crash; collision; collided; derailed; derailment; capsized; sank; plane crash; hit-and-run; hit and run; ran aground; building collapses; building collapsed; building collapse; bridge collapses; bridge collapsed; bridge collapse; tower collapses; tower collapsed; block collapses; block collapsed; roof collapses; roof collapsed; stadium collapse; mine collapse; dam bursts; dam burst; dam collapses; dam collapsed
        Accident 0.8: hits >truck|trucks|lorry|car|cars|bus|van|train|tram|minibus; hit >truck|trucks|lorry|car|cars|bus|van|train|tram|minibus
        Injured 1.0: injured; wounded; injuring; wounding; hurt >in|when|after|as
        Died 1.0: died; dies; passed away; has died; death of; dead at; found dead >@end|aged|at
        Admitted 1.0: checked into; checks into; check into; checked herself into; checked himself into; rehab; rehabilitation; hospitalised; hospitalized; admitted to hospital
        Appointed 1.0: running mate; as new leader; as its new leader; as his successor; as her successor; names >@cap|new; picks >@cap; chooses >@cap; selected as; chosen to lead; to lead >interim|the|@cap; appointed; named as; named the; named head; sworn in as; hired; hires; to host; will host; chosen to; chosen as; nominated; to direct; to helm; signed >with|a|for
        Dismissed 1.0: sacks >@cap|his|her|the|defence|defense|finance|top|chief|head|commander|commander-in-chief|army|military|general|minister|government|cabinet|police|central; fires >@cap|his|her|defence|defense|finance|top|chief|head|minister; ousts >@cap|his|her|defence|defense|finance|minister; sacked; dismissed; fired >@cap|coach|manager|head|the|his|her; relieved of; ousted as
        Agreement 1.0: ceasefire; cease-fire; truce; peace deal; peace agreement; peace treaty; treaty; accord; signed an agreement; reached an agreement
        Agreement 0.5: agreed to; signed a deal; reached a deal; agreement; deal >with|to|between|on
        Business 1.0: acquired; acquisition; takeover; merger; bankruptcy; filed for bankruptcy; job cuts; layoffs; shares fell; shares rose; profits; profit; offer >to|for|of
        Ruled 1.0: rules >that|against|in|on|the|@cap; ruled >that|against|in|on|the|@cap; court rules; judge rules; court ruled; judge ruled; ruling >on|against|that; verdict; upheld; overturned; overturns; struck down; strikes down; illegally maintained; found liable
        Ruled 0.6: rules !>out; ruled !>out
        Reacted 1.0: reacts; reacted; react >to|as|after; reaction >to|as|after; reactions; congratulates; congratulated; congratulating; congratulations; condemns; condemn >the|@cap|attack|attacks|killing|killings|violence|strike|strikes; condemned >the|@cap|attack|attacks|killing|killings|violence|strike|strikes; condemning; condemnation; welcomes >@cap|the|news|decision|result|victory|ruling|deal|move|release; hails >@cap|the|his|her|victory|win|deal; mourns; mourn; mourning; pays tribute; paid tribute; pay tribute; tributes; condolences; urge restraint; urges restraint; urged restraint; calls for restraint; called for restraint
        MarketMove 1.0: plummet; plummets; plummeted; plunge; plunges; plunged; slump; slumps; slumped; tumble; tumbles; tumbled; sell-off; selloff; worst losses; worst day; market crash; markets crash; stocks crash
        Won 1.0: won; wins; beat; beats; defeated; defeats; victory; retained; retain; stopped >@cap; knockout; champion
        """;

    private static readonly string[] Fillers = ["complete", "full", "total", "effective", "partial", "the", "a", "an", "back", "overall", "firm", "de", "facto", "military", "temporary"];

    private static readonly Dictionary<string, List<Trigger>> ByFirstWord = Build();

    /// <summary>The longest trigger starting at token <paramref name="at"/>, if any.</summary>
    public static TriggerMatch? Match(ReadOnlySpan<Token> tokens, int at)
    {
        if (!tokens[at].IsWord || !ByFirstWord.TryGetValue(tokens[at].Lower, out var candidates))
        {
            return null;
        }

        foreach (var trigger in candidates)
        {
            var end = MatchWords(tokens, at, trigger.Words);
            if (end > 0 && NextAllowed(tokens, end, trigger) && (trigger.NotAfter is null || at == 0 || !trigger.NotAfter.Contains(tokens[at - 1].Lower)))
            {
                return new TriggerMatch(trigger, at, end);
            }
        }

        return null;
    }

    private static int MatchWords(ReadOnlySpan<Token> tokens, int at, IReadOnlyList<string> words)
    {
        var i = at + 1;
        for (var w = 1; w < words.Count; w++)
        {
            var skipped = 0;
            while (i < tokens.Length && !tokens[i].Is(words[w]) && skipped < 2 && Array.IndexOf(Fillers, tokens[i].Lower) >= 0)
            {
                i++;
                skipped++;
            }

            if (i >= tokens.Length || !tokens[i].Is(words[w]))
            {
                return 0;
            }

            i++;
        }

        return i;
    }

    private static bool NextAllowed(ReadOnlySpan<Token> tokens, int end, Trigger trigger)
    {
        var hasNext = end < tokens.Length && tokens[end].IsWord;
        if (trigger.Next is { } next)
        {
            return hasNext && (next.Contains(tokens[end].Lower) || (tokens[end].IsCapitalized && next.Contains("@cap"))
                    || (tokens[end].IsCapitalized && !tokens[end - 1].IsCapitalized && next.Contains("@name")))
                || (end < tokens.Length && next.Contains("@num") && IsNumber(tokens[end].Lower))
                || (next.Contains("@end") && (end == tokens.Length || tokens[end].Text is "." or "," or ";" or ":" or "!"));
        }

        return trigger.NotNext is not { } notNext || !hasNext
            || !(notNext.Contains(tokens[end].Lower) || (tokens[end].IsCapitalized && notNext.Contains("@cap"))
                || (notNext.Contains("@num") && IsNumber(tokens[end].Lower)));
    }

    private static bool IsNumber(string word) => word.Length > 0 && word.All(char.IsAsciiDigit);

    private static Dictionary<string, List<Trigger>> Build()
    {
        var map = new Dictionary<string, List<Trigger>>(StringComparer.Ordinal);
        foreach (var raw in Data.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = raw.IndexOf(':', StringComparison.Ordinal);
            var head = raw[..colon].Split(' ');
            var action = Enum.Parse<EventAction>(head[0]);
            var weight = double.Parse(head[1], CultureInfo.InvariantCulture);
            foreach (var entry in raw[(colon + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var trigger = Parse(action, weight, entry);
                if (!map.TryGetValue(trigger.Words[0], out var list))
                {
                    map[trigger.Words[0]] = list = [];
                }

                list.Add(trigger);
            }
        }

        foreach (var list in map.Values)
        {
            // Longest phrase first, then the surer sense: "fire broke out" before "fire".
            list.Sort((a, b) => b.Words.Count != a.Words.Count ? b.Words.Count.CompareTo(a.Words.Count) : b.Weight.CompareTo(a.Weight));
        }

        return map;
    }

    private static Trigger Parse(EventAction action, double weight, string entry)
    {
        IReadOnlySet<string>? next = null;
        IReadOnlySet<string>? notNext = null;
        IReadOnlySet<string>? notAfter = null;
        if (entry.StartsWith("!<", StringComparison.Ordinal))
        {
            var space = entry.IndexOf(' ', StringComparison.Ordinal);
            notAfter = entry[2..space].Split('|').ToHashSet(StringComparer.Ordinal);
            entry = entry[(space + 1)..];
        }

        var notAt = entry.IndexOf("!>", StringComparison.Ordinal);
        var nextAt = entry.IndexOf('>', StringComparison.Ordinal);
        if (notAt >= 0)
        {
            notNext = entry[(notAt + 2)..].Split('|').ToHashSet(StringComparer.Ordinal);
            entry = entry[..notAt];
        }
        else if (nextAt >= 0)
        {
            next = entry[(nextAt + 1)..].Split('|').ToHashSet(StringComparer.Ordinal);
            entry = entry[..nextAt];
        }

        return new Trigger(action, weight, entry.Split(' ', StringSplitOptions.RemoveEmptyEntries), next, notNext, notAfter);
    }
}
