using System.Runtime.CompilerServices;
using System.Threading.Channels;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Operator.Diagnostics;
using OrleansLife.Operator.Pods;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>Counting a board's pods, reporting its status, and answering those who wait on it.</summary>
public sealed partial class BoardPodReconciler
{
    private readonly Dictionary<string, List<Channel<BoardPodStatus>>> _watchers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BoardPodStatus> _published = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public CellPod? GetCellPod(string board, Grains.Cells.Coordinate cell)
    {
        var name = CellPodNames.For(board, cell);
        lock (_gate)
        {
            if (!_index.TryGet(name, out var pod)) return null;
            return new CellPod(name, PodIndex.IsTerminating(pod) ? "Terminating" : pod.Status?.Phase ?? "Pending");
        }
    }

    /// <inheritdoc />
    public Task<GenerationReconcileResult> WhenGenerationReconciledAsync(
        string board, long generation, bool waitForRunning, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(board);
        if (timeout < TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan) throw new ArgumentOutOfRangeException(nameof(timeout));
        var waiter = new GenerationWaiter(board, generation, waitForRunning, _time.GetUtcNow());
        waiter.Arm(timeout, _time, () => TimeOut(waiter), cancellationToken);
        lock (_gate)
        {
            if (waiter.IsCompleted) return waiter.Task;
            var counts = Count(board);
            if (!_boards.TryGetValue(board, out var state)) Finish(null, waiter, GenerationReconcileOutcome.BoardForgotten, counts);
            else if (Evaluate(state, waiter, counts) is { } outcome) Finish(state, waiter, outcome, counts);
            else
            {
                state.Waiters.Add(waiter);
                // Writes the budget held back for this board may go now that someone waits on them.
                if (_writeBudget is not null) Signal();
            }
        }

        return waiter.Task;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<BoardPodStatus> WatchStatusAsync(string board, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(board);
        var channel = Channel.CreateBounded<BoardPodStatus>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            if (!_watchers.TryGetValue(board, out var watchers)) _watchers[board] = watchers = [];
            watchers.Add(channel);
            channel.Writer.TryWrite(StatusOf(board, _boards.GetValueOrDefault(board), Count(board)));
        }

        try
        {
            await foreach (var status in channel.Reader.ReadAllAsync(cancellationToken)) yield return status;
        }
        finally
        {
            lock (_gate)
            {
                var watchers = _watchers[board];
                watchers.Remove(channel);
                if (watchers.Count == 0)
                {
                    _watchers.Remove(board);
                    _published.Remove(board);
                }
            }
        }
    }

    /// <summary>Reports a board after a pass touched it: the generation its pods show, its waiters, its watchers.</summary>
    private void Refresh(string board, DateTimeOffset now)
    {
        var state = _boards.GetValueOrDefault(board);
        var counts = Count(board);
        if (state is { Forgotten: false, Pending: null, Generation: { } generation } && counts.Reconciled && state.ReflectedGeneration != generation)
        {
            var latency = now - (state.RequestedAt ?? now);
            (state.ReflectedGeneration, state.ReflectedAt, state.LastError) = (generation, now, null);
            Metrics.RecordGeneration(latency);
            ReconcilerLog.GenerationReflected(_logger, board, generation, counts.Existing, latency);
        }

        // Callers that gave up (cancelled) leave their waiters behind.
        state?.Waiters.RemoveAll(w => w.IsCompleted);
        foreach (var waiter in state?.Waiters.ToList() ?? [])
        {
            if (Evaluate(state!, waiter, counts) is { } outcome) Finish(state, waiter, outcome, counts);
        }

        Publish(board, StatusOf(board, state, counts));
    }

    /// <summary>Removes forgotten boards whose pods are all gone, releasing whoever waits for that.</summary>
    private void ForgetFinishedBoards()
    {
        var finished = _boards.Values.Where(s => s.Forgotten
            && _index.NamesOf(s.Name).Count == 0
            && !_inFlight.Values.Any(w => w.Key.Board == s.Name)
            && !_expectations.Values.Any(e => e.Board == s.Name)).ToList();
        foreach (var state in finished)
        {
            _boards.Remove(state.Name);
            foreach (var done in state.ForgetWaiters) done.TrySetResult();
            foreach (var waiter in state.Waiters.ToList()) Finish(state, waiter, GenerationReconcileOutcome.BoardForgotten, default);
            _touched.Add(state.Name);
            ReconcilerLog.Forgotten(_logger, state.Name);
        }
    }

    private GenerationReconcileOutcome? Evaluate(BoardState state, GenerationWaiter waiter, CellCounts counts)
    {
        if (state.Forgotten) return GenerationReconcileOutcome.BoardForgotten;
        if (state.RefusedGeneration == waiter.Generation) return GenerationReconcileOutcome.CapExceeded;
        if (state.LatestGeneration > waiter.Generation)
        {
            return !waiter.WaitForRunning && state.ReflectedGeneration == waiter.Generation
                ? GenerationReconcileOutcome.Reconciled
                : GenerationReconcileOutcome.Superseded;
        }

        var shown = _synced && state.Pending is null && state.Generation == waiter.Generation && counts.Reconciled;
        return shown && (!waiter.WaitForRunning || counts.AllRunning) ? GenerationReconcileOutcome.Reconciled : null;
    }

    private void TimeOut(GenerationWaiter waiter)
    {
        lock (_gate)
        {
            var state = _boards.GetValueOrDefault(waiter.Board);
            Finish(state, waiter, GenerationReconcileOutcome.TimedOut, Count(waiter.Board));
        }
    }

    private void Finish(BoardState? state, GenerationWaiter waiter, GenerationReconcileOutcome outcome, CellCounts counts)
    {
        state?.Waiters.Remove(waiter);
        waiter.Complete(new GenerationReconcileResult(
            waiter.Board, waiter.Generation, outcome, counts.Desired, counts.Existing, counts.Running, _time.GetUtcNow() - waiter.Started));
    }

    private static BoardPodStatus StatusOf(string board, BoardState? state, CellCounts counts) => new()
    {
        Board = board,
        Generation = state?.LatestGeneration,
        ReflectedGeneration = state?.ReflectedGeneration,
        LagGenerations = state?.LatestGeneration is { } latest ? latest - (state.ReflectedGeneration ?? -1) : 0,
        PodsDesired = state?.Pending?.Cells.Count ?? counts.Desired,
        PodsExisting = counts.Existing,
        PodsRunning = counts.Running,
        PodsTerminating = counts.Terminating,
        CapExceeded = state?.CapMessage is not null,
        CapMessage = state?.CapMessage,
        LastError = state?.LastError,
        RequestedAt = state?.RequestedAt,
        ReflectedAt = state?.ReflectedAt,
    };

    private void Publish(string board, BoardPodStatus status)
    {
        if (!_watchers.TryGetValue(board, out var watchers)) return;
        if (_published.TryGetValue(board, out var last) && last == status) return;
        _published[board] = status;
        foreach (var watcher in watchers) watcher.Writer.TryWrite(status);
    }
}
