namespace OrleansLife.Operator.Reconciliation;

/// <summary>
/// The pods to look at again, each at most once however often it changed meanwhile. Boards take turns, one pod each,
/// and each board's pods come first in, first out: a board of a few pods is not kept waiting behind the thousand
/// creates of another.
/// </summary>
internal sealed class WorkQueue
{
    private readonly Dictionary<string, Queue<CellKey>> _byBoard = new(StringComparer.Ordinal);
    private readonly Queue<string> _turns = new();
    private readonly HashSet<CellKey> _queued = [];

    public int Count => _queued.Count;

    public void Add(CellKey key)
    {
        if (!_queued.Add(key)) return;
        if (!_byBoard.TryGetValue(key.Board, out var pods))
        {
            _byBoard[key.Board] = pods = new Queue<CellKey>();
            _turns.Enqueue(key.Board);
        }

        pods.Enqueue(key);
    }

    public bool TryTake(out CellKey key)
    {
        if (!_turns.TryDequeue(out var board))
        {
            key = default;
            return false;
        }

        var pods = _byBoard[board];
        key = pods.Dequeue();
        _queued.Remove(key);
        if (pods.Count > 0) _turns.Enqueue(board);
        else _byBoard.Remove(board);
        return true;
    }

    public void Clear()
    {
        _byBoard.Clear();
        _turns.Clear();
        _queued.Clear();
    }
}
