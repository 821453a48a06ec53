namespace AlertBot.Tests.Scale;

/// <summary>
/// Tests that start several worker processes and measure rates: run after the rest, not beside them, so the
/// two cores are theirs and the other tests' timing is not theirs to spoil.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
