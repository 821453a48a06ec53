namespace AlertBot.Detection.Places;

/// <summary>
/// English word knowledge used to tell place names from ordinary words and people: common lowercase words
/// (the most frequent of SUBTLEX-US plus SCOWL's common dictionary words) and common given names (Moby).
/// </summary>
internal sealed class WordLists
{
    private static readonly Lazy<WordLists> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstNameLookup;

    private WordLists(HashSet<string> common, HashSet<string> firstNames)
    {
        _commonLookup = common.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstNameLookup = firstNames.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordLists Default => Shared.Value;

    /// <summary>An everyday English word ("reading", "union"), so its capitalised form may not be a name.</summary>
    public bool IsCommon(ReadOnlySpan<char> lowercaseWord) => _commonLookup.Contains(lowercaseWord);

    public bool IsFirstName(ReadOnlySpan<char> lowercaseWord) => _firstNameLookup.Contains(lowercaseWord);

    private static WordLists Load()
    {
        var common = new HashSet<string>(EmbeddedData.ReadLines("common-words.txt.gz"), StringComparer.Ordinal);
        var names = new HashSet<string>(EmbeddedData.ReadLines("first-names.txt"), StringComparer.Ordinal);
        return new WordLists(common, names);
    }
}
