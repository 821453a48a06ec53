using System.Collections.Concurrent;

namespace AlertBot.Detection.Merging;

/// <summary>
/// A running document-frequency table over the key words of the articles seen, so that rare names and words
/// ("Lohan", "Cliffside") decide a match and ones every story carries ("police", "president") barely count.
/// Until enough articles are seen every word weighs about the same, which is the matcher's behaviour without it.
/// </summary>
public sealed class TermRarity
{
    /// <summary>Beyond this many distinct words the table restarts: a cache of recent news, not an archive.</summary>
    public const int MaxTerms = 200_000;

    private readonly ConcurrentDictionary<string, int> _documents = new(StringComparer.Ordinal);
    private int _total;

    /// <summary>Fewer articles than this cannot tell a rare word from a common one: every word weighs 1.</summary>
    public const int MinDocuments = 50;

    public int Documents => Volatile.Read(ref _total);

    public bool IsWarm => Documents >= MinDocuments;

    /// <summary>Counts each distinct word of one article's keys once.</summary>
    public void Observe(IEnumerable<DevelopmentKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Observe(keys.SelectMany(k => k.Tokens));
    }

    /// <summary>Counts each distinct word of one article's tokens (a key's, a gist's) once.</summary>
    public void Observe(IEnumerable<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (_documents.Count > MaxTerms)
        {
            _documents.Clear();
            Interlocked.Exchange(ref _total, 0);
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (Signature.Weight(token) > 0)
            {
                words.Add(Signature.Bare(token));
            }
        }

        foreach (var word in words)
        {
            _documents.AddOrUpdate(word, 1, static (_, n) => n + 1);
        }

        Interlocked.Increment(ref _total);
    }

    /// <summary>Inverse document frequency, smoothed so an unseen word in a young table is not infinitely rare.</summary>
    public double Weight(string bare)
    {
        ArgumentNullException.ThrowIfNull(bare);
        var total = Documents;
        if (total < MinDocuments)
        {
            return 1;
        }

        var df = _documents.GetValueOrDefault(bare);
        return Math.Log((total + 1.0) / (Math.Min(df, total) + 0.5)) + MinWeight;
    }

    /// <summary>True for a word in under about one article in twenty: a name that picks out one story.</summary>
    public bool IsRare(string bare) => IsWarm && Weight(bare) >= RareWeight;

    private const double RareWeight = 3.0;

    /// <summary>A word in every article still counts a little: two keys of only common words can still be alike.</summary>
    private const double MinWeight = 0.1;
}
