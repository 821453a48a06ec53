namespace AlertBot.Detection.Text;

/// <summary>Per-outlet line memories, capped in number; the least recently used outlet is forgotten first.</summary>
internal sealed class RepeatedLineTracker(int linesPerOutlet, int maxOutlets)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, OutletLineMemory> _outlets = new(StringComparer.OrdinalIgnoreCase);
    private long _tick;

    public int OutletCount
    {
        get
        {
            lock (_gate)
            {
                return _outlets.Count;
            }
        }
    }

    public OutletLineMemory For(string outlet)
    {
        lock (_gate)
        {
            var tick = ++_tick;
            if (_outlets.TryGetValue(outlet, out var memory))
            {
                memory.Touch(tick);
                return memory;
            }

            if (_outlets.Count >= maxOutlets)
            {
                ForgetLeastRecentlyUsed();
            }

            memory = new OutletLineMemory(linesPerOutlet);
            memory.Touch(tick);
            _outlets[outlet] = memory;
            return memory;
        }
    }

    private void ForgetLeastRecentlyUsed()
    {
        string? oldest = null;
        var oldestTick = long.MaxValue;
        foreach (var (name, memory) in _outlets)
        {
            if (memory.LastUsed < oldestTick)
            {
                oldest = name;
                oldestTick = memory.LastUsed;
            }
        }

        if (oldest is not null)
        {
            _outlets.Remove(oldest);
        }
    }
}
