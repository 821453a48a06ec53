using AlertBot.Storage;

namespace AlertBot.Tests.Storage;

public sealed class MigrationHistoryTests
{
    [Fact]
    public void Migrations_BothProviders_SameVersionsAndNames()
    {
        // A migration landed for one provider only would leave the other's databases a step behind, silently.
        var sqlite = Migrations.All.Select(m => $"{m.Version}: {m.Name}").ToList();
        var postgres = PostgresMigrations.All.Select(m => $"{m.Version}: {m.Name}").ToList();

        Assert.Equal(sqlite, postgres);
    }

    [Theory]
    [MemberData(nameof(Histories))]
    public void Migrations_EachProvider_NumberedOneByOne(string provider, IReadOnlyList<Migration> history)
    {
        Assert.NotNull(provider);
        Assert.Equal(Enumerable.Range(1, history.Count), history.Select(m => m.Version));
    }

    public static TheoryData<string, IReadOnlyList<Migration>> Histories() => new()
    {
        { "sqlite", Migrations.All },
        { "postgres", PostgresMigrations.All },
    };
}
