namespace OrleansLife.KubeEmulator.Storage;

/// <summary>
/// The most recent store events in a fixed-size ring, so a watch can resume from a resourceVersion it saw earlier.
/// <see cref="Floor"/> is the newest resourceVersion the ring can no longer replay past.
/// </summary>
internal sealed class WatchHistory(int capacity)
{
    private readonly StoreEvent[] _ring = new StoreEvent[capacity];
    private int _start;
    private int _count;

    /// <summary>Every event with a resourceVersion above this one is still in the ring.</summary>
    public long Floor { get; private set; }

    public void Reset(long floor)
    {
        Array.Clear(_ring);
        _start = 0;
        _count = 0;
        Floor = floor;
    }

    public void Add(StoreEvent change)
    {
        if (_count == _ring.Length)
        {
            Floor = _ring[_start].ResourceVersion;
            _ring[_start] = change;
            _start = (_start + 1) % _ring.Length;
            return;
        }
        _ring[(_start + _count) % _ring.Length] = change;
        _count++;
    }

    /// <summary>The events after <paramref name="resourceVersion"/>, oldest first; false when they are no longer all kept.</summary>
    public bool TryGetSince(long resourceVersion, out List<StoreEvent> events)
    {
        events = [];
        if (resourceVersion < Floor) return false;
        for (var i = 0; i < _count; i++)
        {
            var change = _ring[(_start + i) % _ring.Length];
            if (change.ResourceVersion > resourceVersion) events.Add(change);
        }
        return true;
    }
}
