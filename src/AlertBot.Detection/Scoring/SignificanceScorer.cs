using AlertBot.Detection.Events;
using AlertBot.Detection.Places;

namespace AlertBot.Detection.Scoring;

/// <summary>
/// Scores how headline-worthy an event is, 0..1: the kind of event, who did it, where (population), how early the
/// article says it, how often and how many; hedging costs a little, background and prospects cost most of it.
/// One threshold, <see cref="Threshold"/>, separates alerts from the rest.
/// </summary>
public static class SignificanceScorer
{
    /// <summary>Headline-level at or above this (tuned on the seeds and the BBC control set, see README).</summary>
    public const double Threshold = 0.6;

    public static double Score(EventGroup group, ArticleKind kind)
    {
        ArgumentNullException.ThrowIfNull(group);
        // Clauses of another kind in the group (a lead the title's event took over) say how, not whether, it happened.
        var own = group.Members.Where(m => m.Action == group.Action).ToList();
        var weight = own.Max(m => m.Weight);
        var score = Base(group.Action);
        if (group.Action == EventAction.Declared)
        {
            score += 0.6 * group.Members.Max(m => Base(m.ContentAction));
        }

        score += group.Members.Max(m => Prominence.Of(m.Actor));
        score += PlaceScore(group.Places, group.PlacesFromText);
        score += Position(group.Members.Min(m => m.SentenceIndex));
        score += Math.Min(0.08, 0.04 * (group.Members.Count - 1));
        score += Magnitude(group.Action, own.Max(m => m.Magnitude));
        if (group.Members.All(m => m.Hedged))
        {
            score -= 0.05;
        }

        // A weak trigger ("ends", "takes over", "enter the") is a weaker claim that the event happened at all: the whole
        // score, not only the kind's share, is in doubt ("Serena ends Sania Mirza's dream").
        score *= weight;

        score *= group.Tense switch
        {
            EventTense.Background => 0.3,
            EventTense.Prospective => 0.4,
            _ => 1.0,
        };
        score *= kind switch
        {
            ArticleKind.Report => 1.0,
            ArticleKind.Question or ArticleKind.Explainer or ArticleKind.Opinion => 0.5,
            _ => 0.6,
        };
        return Math.Clamp(score, 0, 1);
    }

    public static double Base(EventAction action) => action switch
    {
        EventAction.Ousted => 0.55,
        EventAction.TookControl or EventAction.Killed => 0.50,
        EventAction.Fled or EventAction.Ended or EventAction.Disaster => 0.45,
        EventAction.Attack or EventAction.Freed or EventAction.Resigned => 0.40,
        EventAction.Election or EventAction.Agreement or EventAction.Accident or EventAction.Ruled => 0.35,
        EventAction.MarketMove => 0.30,
        EventAction.Arrested => 0.30,
        EventAction.Protest or EventAction.Injured or EventAction.Retreat or EventAction.Advance => 0.25,
        EventAction.Charged or EventAction.Sentenced or EventAction.Dismissed => 0.20,
        // A death from natural causes is news of a leader (Prominence adds for who), not of everyone whose obituary runs.
        EventAction.Declared or EventAction.Appointed or EventAction.Died => 0.15,
        EventAction.Celebration or EventAction.Admitted => 0.10,
        EventAction.Business or EventAction.Won or EventAction.Reacted => 0.05,
        _ => 0,
    };

    private static double PlaceScore(IReadOnlyList<Place> places, bool fromText)
    {
        if (places.Count == 0)
        {
            return 0;
        }

        if (!places.Any(p => p.IsSettlement))
        {
            // "in Indonesia" says little about how big the event is.
            return 0.03;
        }

        var population = places.Where(p => p.IsSettlement).Max(p => p.Population);
        var size = population switch
        {
            >= 1_000_000 => 0.10,
            >= 100_000 => 0.07,
            >= 10_000 => 0.04,
            _ => 0.02,
        };
        return size + (fromText ? 0.05 : 0);
    }

    private static double Position(int sentenceIndex) => sentenceIndex switch
    {
        < 0 => 0.20,
        <= 1 => 0.15,
        <= 4 => 0.06,
        <= 9 => 0.03,
        _ => 0,
    };

    private static double Magnitude(EventAction action, int count)
    {
        if (action is not (EventAction.Killed or EventAction.Injured or EventAction.Attack or EventAction.Disaster
            or EventAction.Accident or EventAction.Arrested or EventAction.Freed or EventAction.Protest))
        {
            return 0;
        }

        return count switch
        {
            >= 100 => 0.15,
            >= 10 => 0.10,
            >= 3 => 0.05,
            _ => 0,
        };
    }
}
