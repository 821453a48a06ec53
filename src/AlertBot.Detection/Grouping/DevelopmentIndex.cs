using System.Numerics;
using System.Runtime.InteropServices;

namespace AlertBot.Detection.Grouping;

/// <summary>
/// The recent reports of every development, indexed for the question each new report asks: which development is it of?
/// Words reach their reports through an inverted index and embeddings are compared in one pass over the window, so the
/// work per report is bounded by the window (<see cref="GroupingWeights.WindowHours"/>, at most <see cref="Capacity"/>
/// reports), never by history. Not thread-safe: the pipeline asks and adds under its merge lock.
/// </summary>
public sealed class DevelopmentIndex
{
    public const int DefaultCapacity = 20_000;

    /// <summary>How many of a word's latest reports a new report is compared with.</summary>
    public const int PostingsPerWord = 256;

    /// <summary>
    /// How far below the joining threshold a report may still join a development that has alerted, when both clearly state
    /// an event of one kind: subscribers were told of it once, and a second alert of one event is worse for them than one
    /// more source on a near one. Chosen by tools/grouping/allowance.py (whole-pipeline replays of the labelled windows
    /// and the seeds; the script rewrites this line in a copy of the tree, so keep it on one line).
    /// </summary>
    public const double AlertedAllowance = 0.05;

    private double[] _scratch = new double[256];
    private bool[] _seen = new bool[256];
    private readonly List<int> _touched = [];

    private readonly GroupingWeights _embedded;
    private readonly GroupingWeights _lexical;
    private readonly List<Member> _members = [];
    private readonly Dictionary<string, List<Posting>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _slots = [];
    private readonly List<DevelopmentSlot> _developments = [];
    private readonly Stack<int> _freeSlots = new();
    private readonly List<int> _scored = [];
    private TopTwo[] _best = new TopTwo[256];
    private readonly HashSet<long> _alerted = [];
    private long _first;
    private long _offset;
    private int _alive;
    private DateTimeOffset _newest = DateTimeOffset.MinValue;

    /// <summary>No report in the index is older (a lower bound): until the horizon passes it, the window drops nothing.</summary>
    private DateTimeOffset _oldest = DateTimeOffset.MaxValue;

    public DevelopmentIndex(GroupingWeights embedded, GroupingWeights lexical, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(embedded);
        ArgumentNullException.ThrowIfNull(lexical);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _embedded = embedded;
        _lexical = lexical;
        Capacity = capacity;
    }

    public int Capacity { get; }

    public GroupingWeights Embedded => _embedded;

    public GroupingWeights Lexical => _lexical;

    /// <summary>Reports in the index.</summary>
    public int Count => _alive;

    /// <summary>The latest report time seen: the window reaches back from it.</summary>
    public DateTimeOffset Newest => _newest;

    /// <summary>How far back reports are kept: what the host reloads after a restart.</summary>
    public TimeSpan Window => TimeSpan.FromHours(Math.Max(_embedded.WindowHours, _lexical.WindowHours));

    public void Add(long developmentId, ReportSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var sequence = _offset + _members.Count;
        _members.Add(Member.Of(developmentId, SlotOf(developmentId), signal));
        _alive++;
        foreach (var term in signal.Terms)
        {
            if (!_postings.TryGetValue(term.Term, out var list))
            {
                _postings[term.Term] = list = [];
            }

            list.Add(new Posting(sequence, term.Weight));
        }

        if (signal.Time > _newest)
        {
            _newest = signal.Time;
        }

        if (signal.Time < _oldest)
        {
            _oldest = signal.Time;
        }

        Evict();
    }

    /// <summary>The development has alerted (a restart marks those the store lists as sent alerts).</summary>
    public void MarkAlerted(long developmentId) => _alerted.Add(developmentId);

    /// <summary>
    /// Moves the window on to <paramref name="newest"/> without adding a report: a restart's index starts where the newest
    /// stored report left it, which may itself have been dropped for capacity.
    /// </summary>
    public void AdvanceTo(DateTimeOffset newest)
    {
        if (newest > _newest)
        {
            _newest = newest;
            Evict();
        }
    }

    /// <summary>
    /// The development whose reports this one is most like, if any is alike enough; <paramref name="exclude"/> names
    /// developments the report may not join (those its own article already reports).
    /// </summary>
    public GroupingMatch? Find(ReportSignal signal, IReadOnlySet<long>? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (_alive == 0)
        {
            return null;
        }

        var start = (int)(_first - _offset);
        var span = _members.Count - start;
        if (_scratch.Length < span)
        {
            _scratch = new double[Math.Max(span, _scratch.Length * 2)];
            _seen = new bool[_scratch.Length];
        }

        // Only reports sharing a word can be of one event (true of every same-event pair in the labelled windows); a
        // word's most recent reports are enough, since a word that common weighs little. Grouping's hottest loop: it runs
        // over spans of the lists, and over the terms by index (a foreach over the interface allocated an enumerator).
        _touched.Clear();
        var members = CollectionsMarshal.AsSpan(_members)[start..];
        var scratch = _scratch.AsSpan(0, span);
        var marked = _seen.AsSpan(0, span);
        var terms = signal.Terms;
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            if (!_postings.TryGetValue(term.Term, out var list))
            {
                continue;
            }

            var postings = CollectionsMarshal.AsSpan(list);
            var seen = 0;
            for (var k = postings.Length - 1; k >= 0 && seen < PostingsPerWord; k--)
            {
                var posting = postings[k];
                if (posting.Sequence < _first)
                {
                    list.RemoveRange(0, k + 1);
                    break;
                }

                var at = (int)(posting.Sequence - _first);
                if (members[at].Signal is null)
                {
                    continue;
                }

                seen++;
                if (!marked[at])
                {
                    marked[at] = true;
                    _touched.Add(at);
                }

                scratch[at] += term.Weight * posting.Weight;
            }
        }

        var window = Window.TotalHours;
        var asking = Member.Of(0, -1, signal);
        var best = _best.AsSpan();
        foreach (var i in _touched)
        {
            var lexical = scratch[i];
            scratch[i] = 0;
            marked[i] = false;
            ref readonly var member = ref members[i];
            var hours = HoursApart(member.From, member.To, asking.From, asking.To);
            if (hours > window || exclude?.Contains(member.DevelopmentId) == true)
            {
                continue;
            }

            var margin = Margin(asking, member, lexical, hours);
            if (double.IsNegativeInfinity(margin))
            {
                continue;
            }

            var sameKind = asking.Family != 0 && member.Family == asking.Family;
            ref var known = ref best[member.Slot];
            if (known.Count == 0)
            {
                _scored.Add(member.Slot);
                known = new TopTwo(margin, double.NegativeInfinity, 1, sameKind);
            }
            else
            {
                known = known.With(margin, sameKind);
            }
        }

        // In the order the developments were first scored, as a dictionary of them would list them.
        GroupingMatch? match = null;
        foreach (var slot in _scored)
        {
            var scores = best[slot];
            best[slot] = default;
            var id = _developments[slot].Id;
            var score = scores.Score;
            var allowance = scores.SameKind && _alerted.Contains(id) ? AlertedAllowance : 0;
            if (score >= -allowance && (match is null || score > match.Score || (score == match.Score && id < match.DevelopmentId)))
            {
                match = new GroupingMatch(id, score);
            }
        }

        _scored.Clear();
        return match;
    }

    /// <summary>
    /// Hours between two reports' publication. A time of exactly midnight UTC is a date without a time of day ("Published:
    /// April 10, 2007", a feed's date-only stamp): that report came out some time in the 24 hours after it, so it is as
    /// near as any moment of that day allows. UTC, not the stamp's own offset, because the store keeps UTC: a restart must
    /// compare exactly what the running worker did.
    /// </summary>
    internal static double HoursApart(DateTimeOffset a, DateTimeOffset b)
    {
        var (aFrom, aTo) = Ticks(a);
        var (bFrom, bTo) = Ticks(b);
        return HoursApart(aFrom, aTo, bFrom, bTo);
    }

    private static double HoursApart(long aFrom, long aTo, long bFrom, long bTo) =>
        new TimeSpan(aFrom > bTo ? aFrom - bTo : bFrom > aTo ? bFrom - aTo : 0).TotalHours;

    /// <summary>UTC ticks of the first and the last moment a report stamped <paramref name="t"/> may have come out at.</summary>
    private static (long From, long To) Ticks(DateTimeOffset t)
    {
        var from = t.UtcTicks;
        return (from, from % TimeSpan.TicksPerDay == 0 ? from + TimeSpan.TicksPerDay : from);
    }

    /// <summary>How far above the joining threshold two reports are alike (negative: below it).</summary>
    private double Margin(in Member a, in Member b, double lexical, double hours)
    {
        var x = a.Signal!;
        var y = b.Signal!;
        var embedded = x.Embedding is not null && a.Dimensions == b.Dimensions;
        var weights = embedded ? _embedded : _lexical;
        if (weights.Vetoes(x.Places, a.Family, y.Places, b.Family))
        {
            return double.NegativeInfinity;
        }

        // Weights that give shared names no say (the ones train.py learned give them none) need not count them.
        var names = weights.Gamma == 0 ? 0 : SharedNames(x.Names, y.Names);

        var embedding = embedded ? Dot(x.Embedding, y.Embedding) : 0;
        var margin = weights.Similarity(embedding, lexical, names, hours) - weights.ThresholdFor(a.Clause || b.Clause);

        // "Hurricane Debby hits Florida coast" and, a day on, "Children among six dead as Storm Debby hits US": one storm's
        // headlines share few words as it moves on, but a named storm is one event (what it does is its toll); so is one
        // country's earthquake.
        return margin < 0 && SameCalamity(x.Names, y.Names) ? 0 : margin;
    }

    /// <summary>
    /// Both name one storm, or both tell of an earthquake in one country: a key of <see cref="ReportText.StormPrefix"/> or
    /// <see cref="ReportText.QuakePrefix"/> that both list.
    /// </summary>
    private static bool SameCalamity(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        // Indexed: this runs for every candidate below the threshold, and a foreach over the interface allocates.
        for (var i = 0; i < a.Count; i++)
        {
            if (!a[i].StartsWith(ReportText.StormPrefix, StringComparison.Ordinal) && !a[i].StartsWith(ReportText.QuakePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            for (var j = 0; j < b.Count; j++)
            {
                if (string.Equals(a[i], b[j], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Names both share, over the fewer names either has (plus one, so one shared name of one is not certainty).</summary>
    internal static double SharedNames(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var c = string.CompareOrdinal(a[i], b[j]);
            if (c == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared / (1.0 + Math.Min(a.Count, b.Count));
    }

    internal static double Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        var sum = Vector<float>.Zero;
        var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
        var vy = MemoryMarshal.Cast<float, Vector<float>>(y);
        for (var i = 0; i < vx.Length; i++)
        {
            sum += vx[i] * vy[i];
        }

        var total = Vector.Sum(sum);
        for (var i = vx.Length * Vector<float>.Count; i < x.Length; i++)
        {
            total += x[i] * y[i];
        }

        return total;
    }

    /// <summary>
    /// Keeps exactly the reports a restart would load: of the <see cref="Capacity"/> latest added, those within the window of
    /// the newest report ever added. Both conditions only ever drop a report for good, so the index is a function of the
    /// stored reports, not of the process's history.
    /// </summary>
    private void Evict()
    {
        var horizon = _newest - Window;
        var start = (int)(_first - _offset);

        // Capacity drops the earliest added: the front of the list.
        var firstKept = _offset + _members.Count - Capacity;
        for (var i = start; i < _members.Count && _offset + i < firstKept; i++)
        {
            Drop(i);
        }

        // The window drops reports published before the horizon: a pass over them only once the horizon reaches the oldest.
        if (horizon > _oldest)
        {
            _oldest = DateTimeOffset.MaxValue;
            for (var i = start; i < _members.Count; i++)
            {
                if (_members[i].Signal is not { } m)
                {
                    continue;
                }

                if (m.Time < horizon)
                {
                    Drop(i);
                }
                else if (m.Time < _oldest)
                {
                    _oldest = m.Time;
                }
            }
        }

        while (start < _members.Count && _members[start].Signal is null)
        {
            start++;
            _first++;
        }

        if (start > 1024 && start * 2 > _members.Count)
        {
            // Drop the dead front in one move now and then, so the list never holds more than twice what is alive.
            _members.RemoveRange(0, start);
            _offset += start;
        }
    }

    private void Drop(int i)
    {
        if (_members[i].Signal is not null)
        {
            var slot = _members[i].Slot;
            _members[i] = default;
            _alive--;
            var development = _developments[slot];
            if (development.Reports == 1)
            {
                _slots.Remove(development.Id);
                _freeSlots.Push(slot);
            }

            _developments[slot] = development with { Reports = development.Reports - 1 };
        }
    }

    /// <summary>The development's slot (a new one for its first report in the index), counting one more report of it.</summary>
    private int SlotOf(long developmentId)
    {
        if (!_slots.TryGetValue(developmentId, out var slot))
        {
            if (_freeSlots.TryPop(out slot))
            {
                _developments[slot] = new DevelopmentSlot(developmentId, 0);
            }
            else
            {
                slot = _developments.Count;
                _developments.Add(new DevelopmentSlot(developmentId, 0));
                if (_best.Length < _developments.Count)
                {
                    Array.Resize(ref _best, _best.Length * 2);
                }
            }

            _slots[developmentId] = slot;
        }

        _developments[slot] = _developments[slot] with { Reports = _developments[slot].Reports + 1 };
        return slot;
    }

    /// <summary>
    /// A report (none once dropped), with what every candidate is asked kept inline: the candidate loop follows the signal
    /// itself only for towns, an embedding both have, or names the weights count.
    /// </summary>
    /// <param name="From">See <see cref="Ticks"/>.</param>
    /// <param name="To">See <see cref="Ticks"/>.</param>
    /// <param name="Dimensions">The embedding's length, −1 without one.</param>
    private readonly record struct Member(
        long DevelopmentId, ReportSignal? Signal, long From, long To, int Slot, int Family, int Dimensions, bool Clause)
    {
        public static Member Of(long developmentId, int slot, ReportSignal signal)
        {
            var (from, to) = Ticks(signal.Time);
            return new(
                developmentId,
                signal,
                from,
                to,
                slot,
                EventFamily.Of(signal.Action),
                signal.Embedding?.Length ?? -1,
                signal.Clause);
        }
    }

    /// <summary>
    /// A development with reports in the index: its slot numbers the candidate loop's scores, so candidates are scored by
    /// development without a hash lookup each. A slot is reused once the development's last report leaves.
    /// </summary>
    private readonly record struct DevelopmentSlot(long Id, int Reports);

    private readonly record struct Posting(long Sequence, float Weight);

    /// <summary>A development's two best margins: it scores their mean (its one margin while it has one report).</summary>
    /// <param name="SameKind">One of its reports states the same clear kind of event as the report asking.</param>
    private readonly record struct TopTwo(double First, double Second, int Count, bool SameKind)
    {
        public double Score => Count == 1 ? First : (First + Second) / 2;

        public TopTwo With(double margin, bool sameKind) => margin > First
            ? new TopTwo(margin, First, Count + 1, SameKind || sameKind)
            : new TopTwo(First, Math.Max(Second, margin), Count + 1, SameKind || sameKind);
    }
}
