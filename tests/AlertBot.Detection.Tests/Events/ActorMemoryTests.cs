using AlertBot.Detection.Events;

namespace AlertBot.Detection.Tests.Events;

public sealed class ActorMemoryTests
{
    [Theory]
    [InlineData("Rebels", "Rebels")]
    [InlineData("Hundreds of protesters", "Hundreds of protesters")]
    [InlineData("Masked gunmen", "Masked gunmen")]
    // "Riots erupted …, before they opened fire": an event as its own verb's subject is never who "they" are.
    [InlineData("Riots", null)]
    [InlineData("Fierce clashes", null)]
    public void Resolve_TheyAfterAPluralSubject_IsThatSubjectUnlessAnEvent(string earlier, string? expected)
    {
        var memory = new ActorMemory();
        memory.Remember(earlier);

        var resolved = memory.Resolve(Pronoun("they"));

        Assert.Equal(expected, resolved.Actor);
        Assert.Equal(expected is null, resolved.ActorIsPronoun);
    }

    private static EventCandidate Pronoun(string pronoun) =>
        new(EventAction.Attack, 1, EventTense.Current, false, pronoun, true, null, [], false, $"{pronoun} opened fire", 0, -1, EventAction.Other, 2, 0);
}
