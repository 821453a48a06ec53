namespace AlertBot.Detection.Text;

/// <summary>
/// Lines recently seen from one outlet, bounded by two generations: when the young generation is full the
/// old one is dropped, so lines that keep appearing (boilerplate) survive while one-offs age out.
/// </summary>
internal sealed class OutletLineMemory(int capacity)
{
    private readonly Lock _gate = new();
    private readonly int _generationSize = Math.Max(1, capacity / 2);
    private Dictionary<ulong, LineSeen> _young = [];
    private Dictionary<ulong, LineSeen> _old = [];

    private long _lastUsed;

    public long LastUsed => Volatile.Read(ref _lastUsed);

    public void Touch(long tick) => Volatile.Write(ref _lastUsed, tick);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _young.Count + _old.Count;
            }
        }
    }

    public int ArticlesOtherThan(ulong line, ulong article)
    {
        lock (_gate)
        {
            return _young.TryGetValue(line, out var seen) || _old.TryGetValue(line, out seen)
                ? seen.ArticlesOtherThan(article)
                : 0;
        }
    }

    /// <summary>Counts <paramref name="article"/> once for each of its lines; zero entries (blank lines) are skipped.</summary>
    public void Record(IReadOnlyList<ulong> lines, ulong article)
    {
        lock (_gate)
        {
            foreach (var line in lines)
            {
                if (line == 0)
                {
                    continue;
                }

                LineSeen seen;
                if (_young.TryGetValue(line, out var young))
                {
                    seen = young.With(article);
                }
                else if (_old.Remove(line, out var old))
                {
                    seen = old.With(article);
                }
                else
                {
                    seen = LineSeen.First(article);
                }

                if (!_young.ContainsKey(line) && _young.Count >= _generationSize)
                {
                    _old = _young;
                    _young = new Dictionary<ulong, LineSeen>(_generationSize);
                }

                _young[line] = seen;
            }
        }
    }
}
