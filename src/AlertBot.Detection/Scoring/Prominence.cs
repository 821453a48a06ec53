using AlertBot.Detection.Events;

namespace AlertBot.Detection.Scoring;

/// <summary>How much an actor's doings matter to everyone: heads of state, governments, armies and armed groups.</summary>
public static class Prominence
{
    private static readonly HashSet<string> StateLevel = new(
        ["president", "prime", "premier", "king", "queen", "emperor", "government", "army", "military", "rebels", "rebel",
         "insurgents", "insurgent", "militants", "militant", "troops", "forces", "regime", "opposition", "parliament", "pope",
         "prince", "chancellor", "general", "commander", "junta", "leader", "ministry", "minister", "authorities", "soldiers",
         "fighters", "jihadists", "navy", "air", "police", "cabinet", "dictator", "coalition", "nato", "un"],
        StringComparer.Ordinal);

    /// <summary>0.15 for a state-level actor, 0.05 for a named one, else 0.</summary>
    public static double Of(string? actor)
    {
        if (string.IsNullOrEmpty(actor))
        {
            return 0;
        }

        var named = false;
        foreach (var token in Tokenizer.Tokenize(actor))
        {
            if (token.IsWord && StateLevel.Contains(token.Lower))
            {
                return 0.15;
            }

            named |= token.IsCapitalized && !WordSets.Determiners.Contains(token.Lower);
        }

        return named ? 0.05 : 0;
    }
}
