using System.Runtime.InteropServices;

namespace AlertBot.Detection.Places;

/// <summary>
/// Name keys to place numbers (see <see cref="PlaceStore"/>), each key's places largest first. Keys are kept
/// only as 64-bit hashes in one open-addressing table of plain arrays: the gazetteer's few hundred thousand
/// keys then cost about 20 bytes each instead of a string, a dictionary entry and an array. Two different keys
/// share a hash with a chance of about 1 in 10^8 over the whole table, far below any other source of error here.
/// </summary>
internal sealed class NameTable
{
    private readonly ulong[] _hashes;
    private readonly int[] _slots;
    private readonly int[] _starts;
    private readonly int[] _postings;
    private readonly int _mask;

    private NameTable(ulong[] hashes, int[] starts, int[] postings)
    {
        _hashes = hashes;
        _starts = starts;
        _postings = postings;
        var size = 16;
        while (size < hashes.Length * 2)
        {
            size <<= 1;
        }

        _slots = new int[size];
        _mask = size - 1;
        for (var k = 0; k < hashes.Length; k++)
        {
            var slot = (int)hashes[k] & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = k + 1;
        }
    }

    public static NameTable Empty { get; } = new([], [0], []);

    public int KeyCount => _hashes.Length;

    /// <summary>The places a key names, largest first; empty when none.</summary>
    public ReadOnlySpan<int> Get(ReadOnlySpan<char> key)
    {
        var hash = Hash(key);
        for (var slot = (int)hash & _mask; _slots[slot] != 0; slot = (slot + 1) & _mask)
        {
            var k = _slots[slot] - 1;
            if (_hashes[k] == hash)
            {
                return _postings.AsSpan(_starts[k], _starts[k + 1] - _starts[k]);
            }
        }

        return [];
    }

    /// <summary>FNV-1a over the chars, then a full avalanche so the low bits index the table well.</summary>
    public static ulong Hash(ReadOnlySpan<char> key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        return hash ^ (hash >> 33);
    }

    /// <summary>Collects (key, place) pairs; <see cref="Build"/> groups them by key and orders each key's places.</summary>
    internal sealed class Builder
    {
        private readonly List<Entry> _entries = [];

        public void Add(ReadOnlySpan<char> key, int place) => _entries.Add(new Entry(Hash(key), place));

        /// <param name="order">Orders two places of one key: the first listed is the likelier reading.</param>
        public NameTable Build(Comparison<int> order)
        {
            var entries = CollectionsMarshal.AsSpan(_entries);
            entries.Sort((a, b) => a.Hash != b.Hash ? a.Hash.CompareTo(b.Hash) : order(a.Place, b.Place));
            var hashes = new List<ulong>();
            var starts = new List<int>();
            var postings = new List<int>(entries.Length);
            for (var i = 0; i < entries.Length; i++)
            {
                if (i == 0 || entries[i].Hash != entries[i - 1].Hash)
                {
                    hashes.Add(entries[i].Hash);
                    starts.Add(postings.Count);
                }
                else if (entries[i].Place == entries[i - 1].Place)
                {
                    continue;
                }

                postings.Add(entries[i].Place);
            }

            starts.Add(postings.Count);
            _entries.Clear();
            return new NameTable([.. hashes], [.. starts], [.. postings]);
        }

        private readonly record struct Entry(ulong Hash, int Place);
    }
}
