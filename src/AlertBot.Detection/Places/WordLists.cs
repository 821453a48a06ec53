namespace AlertBot.Detection.Places;

/// <summary>
/// English word knowledge used to tell place names from ordinary words and people:
/// word frequency ranks (SUBTLEX-US, lowercase words only) and common given names (Moby).
/// </summary>
internal sealed class WordLists
{
    private static readonly Lazy<WordLists> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _rankLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstNameLookup;

    private WordLists(Dictionary<string, int> ranks, HashSet<string> firstNames)
    {
        _rankLookup = ranks.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstNameLookup = firstNames.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordLists Default => Shared.Value;

    /// <summary>Frequency rank (0 = most frequent) of a lowercase word, or int.MaxValue when it is not a common word.</summary>
    public int Rank(ReadOnlySpan<char> lowercaseWord) =>
        _rankLookup.TryGetValue(lowercaseWord, out var rank) ? rank : int.MaxValue;

    public bool IsFirstName(ReadOnlySpan<char> lowercaseWord) => _firstNameLookup.Contains(lowercaseWord);

    private static WordLists Load()
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in EmbeddedData.ReadLines("common-words.txt.gz"))
        {
            ranks.TryAdd(word, ranks.Count);
        }

        var names = new HashSet<string>(EmbeddedData.ReadLines("first-names.txt"), StringComparer.Ordinal);
        return new WordLists(ranks, names);
    }
}
