using System.Globalization;
using OrleansLife.Grains.Cells;
using k8s.Models;
using OrleansLife.Operator.Diagnostics;
using OrleansLife.Operator.Pods;
using OrleansLife.Operator.Watching;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>The loop: informer changes and declarations in, planned writes out.</summary>
public sealed partial class BoardPodReconciler
{
    private static readonly IReadOnlySet<Coordinate> NoCoordinates = new HashSet<Coordinate>();

    private bool _synced;
    private ulong? _observedVersion;
    private ITimer? _alarm;
    private CancellationToken _stopping;
    private int _running;

    /// <summary>
    /// Lists the cell pods, then watches them and reconciles every board until <paramref name="cancellationToken"/> is
    /// cancelled (the task then ends cancelled). No write is made before the first list, so the pods of an earlier run
    /// are adopted, not duplicated. Only one run at a time; a later run starts again from a fresh list.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1) throw new InvalidOperationException("The reconciler is already running.");
        try
        {
            await LoopAsync(cancellationToken);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    private async Task LoopAsync(CancellationToken cancellationToken)
    {
        var informer = new KubeInformer<V1Pod>(
            new CellPodSource(_client, Namespace, CellPodLabels.ManagedSelector), _time, _logger, _clientMetrics)
        {
            InitialBackoff = _options.WatchRetryInitialDelay,
            MaxBackoff = _options.WatchRetryMaxDelay,
        };
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var alarm = _time.CreateTimer(_ => Signal(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        lock (_gate) Restart(alarm, stopping.Token);
        var changes = informer.RunAsync(stopping.Token).GetAsyncEnumerator(stopping.Token);
        var next = changes.MoveNextAsync().AsTask();
        var wake = _signal.Reader.WaitToReadAsync(stopping.Token).AsTask();
        try
        {
            while (true)
            {
                await Task.WhenAny(_synced ? [next, wake] : [next, wake, informer.Synced]);
                // Changes that are ready are taken in one batch: a re-list's differences all arrive at once, so the
                // loop never plans against half of a re-list.
                while (next.IsCompletedSuccessfully && next.Result)
                {
                    var (change, version) = (changes.Current, informer.ResourceVersion);
                    lock (_gate) Observe(change, version);
                    next = changes.MoveNextAsync().AsTask();
                }

                if (next.IsCompleted && !await next) throw new InvalidOperationException("The pod informer stopped on its own.");
                if (wake.IsCompleted)
                {
                    await wake;
                    while (_signal.Reader.TryRead(out _))
                    {
                    }

                    wake = _signal.Reader.WaitToReadAsync(stopping.Token).AsTask();
                }

                List<PlannedWrite> writes;
                lock (_gate)
                {
                    if (!_synced && informer.Synced.IsCompleted) OnSynced();
                    writes = _synced ? Process() : [];
                }

                foreach (var write in writes) Start(write);
            }
        }
        finally
        {
            await stopping.CancelAsync();
            await Quietly(next);
            await changes.DisposeAsync();
            Task[] writing;
            lock (_gate)
            {
                writing = [.. _writes];
                _alarm = null;
            }

            await Quietly(Task.WhenAll(writing));
        }
    }

    /// <summary>Forgets what an earlier run saw; the boards' desired cells stay, and are reconciled after the next list.</summary>
    private void Restart(ITimer alarm, CancellationToken stopping)
    {
        _index.Clear();
        _expectations.Clear();
        _inFlight.Clear();
        _failures.Clear();
        _delayed.Clear();
        _queue.Clear();
        RecountAll();
        (_synced, _observedVersion, _alarm, _stopping) = (false, null, alarm, stopping);
    }

    private void Observe(WatchEvent<V1Pod> change, string? version)
    {
        _observedVersion = ParseVersion(version);
        if (_index.Apply(change, out var name) is not { } board) return;
        Recount(name, board);
        _queue.Add(new CellKey(board, name));
        _touched.Add(board);
    }

    private void OnSynced()
    {
        _synced = true;
        ReconcilerLog.Synced(_logger, _index.Count, Namespace);
        foreach (var state in _boards.Values)
        {
            // A board forgotten during an earlier run still has pods to delete; Apply finds them in the fresh list.
            if (state.Forgotten) _declared.Add(state.Name);
            if (!state.Adopted) continue;
            foreach (var name in state.Desired.Keys.Concat(_index.NamesOf(state.Name))) _queue.Add(new CellKey(state.Name, name));
            _touched.Add(state.Name);
        }
    }

    /// <summary>One pass: take in declarations, settle confirmed writes, plan writes, and report.</summary>
    private List<PlannedWrite> Process()
    {
        var now = _time.GetUtcNow();
        _writes.RemoveWhere(t => t.IsCompleted);
        foreach (var board in _declared) Apply(_boards[board]);
        _declared.Clear();
        SettleExpectations(now);
        ReleaseDueRetries(now);
        var writes = Plan(now);
        ForgetFinishedBoards();
        foreach (var board in _touched) Refresh(board, now);
        _touched.Clear();
        ArmAlarm(now);
        return writes;
    }

    /// <summary>Makes a board's newest declaration the one to reconcile, queueing every pod whose fate it changes.</summary>
    private void Apply(BoardState state)
    {
        // Touched only to report a refused generation: nothing to act on.
        if (!state.Forgotten && state.Pending is null) return;
        var previous = state.Cells;
        var next = state.Pending?.Cells ?? NoCoordinates;
        // Only births and deaths get a pod name made and a pod queued: a flat-out board declares every generation, and
        // its population would otherwise cost a name each, each time.
        foreach (var cell in previous)
        {
            if (!next.Contains(cell)) Queue(state, cell, wanted: false);
        }

        foreach (var cell in next)
        {
            if (!previous.Contains(cell)) Queue(state, cell, wanted: true);
        }

        state.Cells = next;
        if (state.Pending is { } pending)
        {
            (state.Generation, state.Owner, state.RequestedAt, state.Pending) = (pending.Generation, pending.Owner, pending.RequestedAt, null);
        }

        if (!state.Adopted || state.Forgotten)
        {
            // The first declaration after a restart, or a deletion, also settles pods this run did not make.
            foreach (var name in _index.NamesOf(state.Name)) _queue.Add(new CellKey(state.Name, name));
            state.Adopted = !state.Forgotten;
        }

        _touched.Add(state.Name);
    }

    private void Queue(BoardState state, Coordinate cell, bool wanted)
    {
        var name = CellPodNames.For(state.Name, cell);
        if (wanted) state.Desired[name] = cell;
        else state.Desired.Remove(name);
        Recount(name, state.Name);
        _queue.Add(new CellKey(state.Name, name));
    }

    private void ArmAlarm(DateTimeOffset now)
    {
        var due = _budgetDue ?? DateTimeOffset.MaxValue;
        foreach (var (_, delayed) in _delayed) due = delayed.NotBefore < due ? delayed.NotBefore : due;
        foreach (var (_, expectation) in _expectations) due = expectation.Deadline < due ? expectation.Deadline : due;
        var delay = due == DateTimeOffset.MaxValue ? Timeout.InfiniteTimeSpan : Max(due - now, TimeSpan.FromMilliseconds(1));
        _alarm?.Change(delay, Timeout.InfiniteTimeSpan);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>Resource versions are etcd revisions, increasing integers; one that is not is never compared.</summary>
    private static ulong? ParseVersion(string? version) =>
        ulong.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception)
        {
            // Stopping: the loop's own failure or cancellation is what RunAsync reports.
        }
    }
}
