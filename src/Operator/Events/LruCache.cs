namespace OrleansLife.Operator.Events;

/// <summary>A map of at most <c>capacity</c> entries that forgets the least recently used first, like client-go's event caches.</summary>
internal sealed class LruCache<TValue>(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Key, TValue Value)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, TValue Value)> _order = new();

    public int Count => _entries.Count;

    public bool TryGet(string key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var node))
        {
            _order.Remove(node);
            _order.AddFirst(node);
            value = node.Value.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Set(string key, TValue value)
    {
        if (_entries.Remove(key, out var old)) _order.Remove(old);
        _entries[key] = _order.AddFirst((key, value));
        if (_entries.Count <= capacity) return;
        _entries.Remove(_order.Last!.Value.Key);
        _order.RemoveLast();
    }
}
