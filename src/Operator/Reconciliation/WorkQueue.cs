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

    public bool TryTake(out CellKey key) => TryTake(static _ => true, out key);

    /// <summary>Takes the next pod of the first board in turn that <paramref name="eligible"/> accepts; the boards it
    /// passes over go to the back of the turns.</summary>
    public bool TryTake(Func<string, bool> eligible, out CellKey key)
    {
        for (var boards = _turns.Count; boards > 0; boards--)
        {
            var board = _turns.Dequeue();
            if (!eligible(board))
            {
                _turns.Enqueue(board);
                continue;
            }

            var pods = _byBoard[board];
            key = pods.Dequeue();
            _queued.Remove(key);
            if (pods.Count > 0) _turns.Enqueue(board);
            else _byBoard.Remove(board);
            return true;
        }

        key = default;
        return false;
    }

    public void Clear()
    {
        _byBoard.Clear();
        _turns.Clear();
        _queued.Clear();
    }
}
