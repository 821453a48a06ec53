namespace AlertBot.Detection.Summaries;

/// <summary>One or two sentences from the evidence, as written (trimmed, never added to).</summary>
public static class SummaryWriter
{
    private const int MaxLength = 320;

    public static string Write(IReadOnlyList<string> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Count == 0)
        {
            return "";
        }

        var summary = EvidenceText.AsSentence(evidence[0]);
        if (evidence.Count > 1)
        {
            var second = EvidenceText.AsSentence(evidence[1]);
            if (Repeats(summary, second) || Repeats(second, summary))
            {
                // A standfirst's bullet and the paragraph that says it again with its source: one sentence, the fuller.
                return second.Length > summary.Length && second.Length <= MaxLength ? second : summary;
            }

            if (summary.Length + second.Length + 1 <= MaxLength)
            {
                summary += " " + second;
            }
        }

        return summary;
    }

    private static bool Repeats(string longer, string shorter) =>
        longer.Contains(shorter.TrimEnd('.', '!', ' '), StringComparison.OrdinalIgnoreCase);
}
