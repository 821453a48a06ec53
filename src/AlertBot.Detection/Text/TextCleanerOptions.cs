namespace AlertBot.Detection.Text;

/// <summary>Bounds for the per-outlet memory of repeated lines (bound from configuration section "Detection:Text").</summary>
/// <param name="RepeatThreshold">A line seen in at least this many earlier articles of an outlet is that outlet's boilerplate.</param>
/// <param name="MaxLinesPerOutlet">Lines remembered per outlet; older one-off lines are forgotten first.</param>
/// <param name="MaxOutlets">Outlets remembered; the least recently used is forgotten first.</param>
public sealed record TextCleanerOptions(int RepeatThreshold = 2, int MaxLinesPerOutlet = 4096, int MaxOutlets = 256)
{
    public static TextCleanerOptions Default { get; } = new();
}
