namespace AlertBot.Alerts;

/// <summary>
/// The developments this worker merged into lately, as the store holds them, so deciding on one does not reread its
/// sources, row and places every time a report joins it. Only committed state goes in; it is dropped with the grouper's
/// (<see cref="Grouping.GroupingState"/>: after a failed merge, or when another worker merged since this one did), and
/// the least recently used go first once it holds more than <paramref name="capacity"/> sources. Used under the merge lock.
/// </summary>
internal sealed class DevelopmentCache(int capacity)
{
    private readonly Dictionary<long, LinkedListNode<(long Id, DevelopmentMemory Memory)>> _entries = [];
    private readonly LinkedList<(long Id, DevelopmentMemory Memory)> _recent = new();
    private int _weight;

    public int Count => _entries.Count;

    /// <summary>Everything remembered, most recently used first, without touching that order.</summary>
    public IEnumerable<(long Id, DevelopmentMemory Memory)> Entries => _recent;

    public DevelopmentMemory? Get(long id)
    {
        if (!_entries.TryGetValue(id, out var node))
        {
            return null;
        }

        _recent.Remove(node);
        _recent.AddFirst(node);
        return node.Value.Memory;
    }

    public void Put(long id, DevelopmentMemory memory)
    {
        if (_entries.Remove(id, out var old))
        {
            _recent.Remove(old);
            _weight -= Weight(old.Value.Memory);
        }

        _entries[id] = _recent.AddFirst((id, memory));
        _weight += Weight(memory);
        while (_weight > capacity && _recent.Last is { } last)
        {
            _recent.RemoveLast();
            _entries.Remove(last.Value.Id);
            _weight -= Weight(last.Value.Memory);
        }
    }

    public void Clear()
    {
        _entries.Clear();
        _recent.Clear();
        _weight = 0;
    }

    private static int Weight(DevelopmentMemory memory) => 1 + memory.Sources.Count;
}
