namespace OrleansLife.Operator.Reconciliation;

/// <summary>The pods to look at again, first in first out, each at most once however often it changed meanwhile.</summary>
internal sealed class WorkQueue
{
    private readonly Queue<CellKey> _queue = new();
    private readonly HashSet<CellKey> _queued = [];

    public int Count => _queue.Count;

    public void Add(CellKey key)
    {
        if (_queued.Add(key)) _queue.Enqueue(key);
    }

    public bool TryTake(out CellKey key)
    {
        if (!_queue.TryDequeue(out key)) return false;
        _queued.Remove(key);
        return true;
    }

    public void Clear()
    {
        _queue.Clear();
        _queued.Clear();
    }
}
