namespace OrleansLife.Operator.Boards;

/// <summary>The last few uids seen for some outcome, for a request that asks about it after it happened.</summary>
internal sealed class RecentUids<TValue>(int capacity)
{
    private readonly Dictionary<string, TValue> _values = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>Remembers <paramref name="value"/> for <paramref name="uid"/>, replacing what was remembered before.</summary>
    public void Add(string uid, TValue value)
    {
        if (_values.ContainsKey(uid))
        {
            _values[uid] = value;
            return;
        }

        _values[uid] = value;
        _order.Enqueue(uid);
        if (_order.Count > capacity) _values.Remove(_order.Dequeue());
    }

    public bool TryGet(string uid, out TValue value) => _values.TryGetValue(uid, out value!);
}
