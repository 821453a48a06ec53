using AlertBot.Detection.Grouping;

namespace AlertBot.Detection.Tests.Grouping;

public sealed class EventFamilyTests
{
    [Theory]
    [InlineData(EventAction.Attack, EventAction.Killed, false)]
    [InlineData(EventAction.Attack, EventAction.Injured, false)]
    [InlineData(EventAction.Fled, EventAction.Resigned, false)]
    [InlineData(EventAction.Ousted, EventAction.Fled, false)]
    [InlineData(EventAction.Arrested, EventAction.Charged, false)]
    [InlineData(EventAction.Ruled, EventAction.Sentenced, false)]
    [InlineData(EventAction.Election, EventAction.Won, false)]
    [InlineData(EventAction.Appointed, EventAction.Dismissed, false)]
    [InlineData(EventAction.Disaster, EventAction.Accident, false)]
    [InlineData(EventAction.Business, EventAction.MarketMove, false)]
    [InlineData(EventAction.Killed, EventAction.Disaster, false)]
    [InlineData(EventAction.Died, EventAction.Accident, false)]
    [InlineData(EventAction.Injured, EventAction.Protest, false)]
    [InlineData(EventAction.Killed, EventAction.Died, false)]
    [InlineData(EventAction.Killed, EventAction.TookControl, true)]
    [InlineData(EventAction.Killed, EventAction.Election, true)]
    [InlineData(EventAction.Attack, EventAction.Accident, true)]
    [InlineData(EventAction.Fled, EventAction.TookControl, true)]
    [InlineData(EventAction.Protest, EventAction.Attack, true)]
    [InlineData(EventAction.Agreement, EventAction.Election, true)]
    [InlineData(EventAction.Sentenced, EventAction.Disaster, true)]
    [InlineData(EventAction.Reacted, EventAction.Election, true)]
    [InlineData(EventAction.Reacted, EventAction.Attack, true)]
    [InlineData(EventAction.Reacted, EventAction.Killed, true)]
    public void Conflict_ClearKinds_ConflictOnlyAcrossFamilies(EventAction a, EventAction b, bool expected)
    {
        Assert.Equal(expected, EventFamily.Conflict(a, b));
        Assert.Equal(expected, EventFamily.Conflict(b, a));
    }

    [Theory]
    [InlineData(EventAction.Other)]
    [InlineData(EventAction.Declared)]
    [InlineData(EventAction.Admitted)]
    [InlineData(EventAction.Freed)]
    public void Conflict_UnclearKind_AgreesWithEveryKind(EventAction unclear)
    {
        Assert.All(Enum.GetValues<EventAction>(), kind => Assert.False(EventFamily.Conflict(unclear, kind)));
    }

    [Fact]
    public void Of_EveryKindButTheUnclear_HasAFamily()
    {
        var unclear = new[] { EventAction.Other, EventAction.Declared, EventAction.Admitted, EventAction.Freed };

        Assert.All(Enum.GetValues<EventAction>().Except(unclear), kind => Assert.NotEqual(0, EventFamily.Of(kind)));
    }
}
