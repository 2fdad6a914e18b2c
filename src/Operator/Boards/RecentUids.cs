namespace OrleansLife.Operator.Boards;

/// <summary>The last few uids seen for some outcome, for a request that asks about it after it happened.</summary>
internal sealed class RecentUids<TValue>(int capacity)
{
    private readonly Dictionary<string, TValue> _values = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public void Add(string uid, TValue value)
    {
        if (!_values.TryAdd(uid, value)) return;
        _order.Enqueue(uid);
        if (_order.Count > capacity) _values.Remove(_order.Dequeue());
    }

    public bool TryGet(string uid, out TValue value) => _values.TryGetValue(uid, out value!);
}
