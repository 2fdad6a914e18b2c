using k8s;
using k8s.Autorest;
using k8s.Models;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Diagnostics;

using OrleansLife.Operator.Events;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>Deciding, making and settling pod writes.</summary>
public sealed partial class BoardPodReconciler
{
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Board, DateTimeOffset NotBefore)> _delayed = new(StringComparer.Ordinal);

    // When the write budget next lets a write start, if it held one back.
    private DateTimeOffset? _budgetDue;

    /// <summary>
    /// Takes queued pods and decides their writes, while fewer than the maximum are in flight and the write budget
    /// allows. A board someone waits on (in lockstep) is not held back: it does nothing else meanwhile, and holding its
    /// writes back would only slow it down.
    /// </summary>
    private List<PlannedWrite> Plan(DateTimeOffset now)
    {
        var writes = new List<PlannedWrite>();
        _budgetDue = null;
        Func<string, bool> eligible = board => IsAwaited(board) || WithinBudget(now);
        while (_inFlight.Count < _options.MaxConcurrentWrites && _queue.TryTake(eligible, out var key))
        {
            if (Decide(key) is not { } write) continue;
            if (!IsAwaited(key.Board)) _writeBudget?.Reserve();
            _inFlight[key.Name] = write;
            writes.Add(write);
        }

        return writes;
    }

    private bool IsAwaited(string board) => _writeBudget is not null && _boards.TryGetValue(board, out var state) && state.Waiters.Count > 0;

    /// <summary>Whether the write budget lets one more write start now; when not, remembers when it will.</summary>
    private bool WithinBudget(DateTimeOffset now)
    {
        if (_writeBudget is null || _writeBudget.IsAvailable(out var wait)) return true;
        _budgetDue = now + wait;
        return false;
    }

    /// <summary>The one write that brings this pod in line with its board, if any.</summary>
    private PlannedWrite? Decide(CellKey key)
    {
        // A pod with a write in flight is queued again when it completes; one waiting to retry, when the wait is over.
        if (_inFlight.ContainsKey(key.Name) || _delayed.ContainsKey(key.Name)) return null;
        // A board nobody declared (yet, in this run) is not ours to touch: its pods wait for their board to come back.
        if (!_boards.TryGetValue(key.Board, out var state) || (!state.Adopted && !state.Forgotten)) return null;
        var (current, uid) = Effective(key.Name);
        var wanted = state.Desired.TryGetValue(key.Name, out var cell);
        return (wanted, current) switch
        {
            (true, CellPodState.Absent) => new PlannedWrite(key, _factory.Create(state.Name, cell, state.Generation ?? 0, state.Owner, Namespace), null),
            (true, CellPodState.Finished) or (false, CellPodState.Present or CellPodState.Finished) => new PlannedWrite(key, null, uid),
            // Present and wanted is done; Terminating is gone already, and a reborn cell waits for the name to free up.
            _ => null,
        };
    }

    /// <summary>What the pod of this name is, by the writes not yet seen on the watch and otherwise by the cache.</summary>
    private (CellPodState State, string? Uid) Effective(string name)
    {
        if (_expectations.TryGetValue(name, out var expected))
        {
            return expected.Exists ? (CellPodState.Present, expected.Uid) : (CellPodState.Terminating, expected.Uid);
        }

        if (!_index.TryGet(name, out var pod)) return (CellPodState.Absent, null);
        var state = PodIndex.IsTerminating(pod) ? CellPodState.Terminating
            : PodIndex.IsFinished(pod) ? CellPodState.Finished
            : CellPodState.Present;
        return (state, pod.Metadata.Uid);
    }

    private void Start(PlannedWrite write)
    {
        var stopping = _stopping;
        var task = Task.Run(() => WriteAsync(write, stopping), CancellationToken.None);
        lock (_gate) _writes.Add(task);
    }

    private async Task WriteAsync(PlannedWrite write, CancellationToken cancellationToken)
    {
        var name = write.Key.Name;
        string outcome;
        (bool Exists, string? Uid, string? Version)? confirmed = null;
        Exception? failure = null;
        try
        {
            if (write.Create is { } pod)
            {
                var created = await _client.CoreV1.CreateNamespacedPodAsync(pod, Namespace, cancellationToken: cancellationToken);
                (outcome, confirmed) = ("created", (true, created.Metadata.Uid, created.Metadata.ResourceVersion));
            }
            else
            {
                var options = new V1DeleteOptions { Preconditions = new V1Preconditions { Uid = write.DeleteUid } };
                var deleted = await _client.CoreV1.DeleteNamespacedPodAsync(name, Namespace, options, cancellationToken: cancellationToken);
                // Only a pod marked for deletion carries the deletion's resource version; one removed at once is simply gone
                // (the server answers with a Status then, which has no such metadata).
                var version = deleted?.Metadata?.DeletionTimestamp is not null ? deleted.Metadata.ResourceVersion : null;
                (outcome, confirmed) = ("deleted", (false, write.DeleteUid, version));
            }
        }
        catch (HttpOperationException error) when (write.Create is not null && KubeErrors.IsConflict(error))
        {
            // Made by an earlier attempt whose answer was lost, or not yet on the watch: either way it exists.
            (outcome, confirmed) = ("already-exists", (true, null, null));
        }
        catch (HttpOperationException error) when (KubeErrors.IsNotFound(error))
        {
            (outcome, confirmed) = ("not-found", (false, write.DeleteUid, null));
        }
        catch (HttpOperationException error) when (write.Create is null && KubeErrors.IsConflict(error))
        {
            // The uid precondition failed: the name now holds a newer pod, which the watch will show and the loop judge.
            (outcome, confirmed) = ("conflict", (false, write.DeleteUid, null));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            (outcome, failure) = ("failed", ex);
        }

        Metrics.RecordWrite(write.Verb, outcome);
        lock (_gate) Complete(write, confirmed, failure);
        Signal();
    }

    private void Complete(PlannedWrite write, (bool Exists, string? Uid, string? Version)? confirmed, Exception? failure)
    {
        var (board, name) = write.Key;
        var now = _time.GetUtcNow();
        _inFlight.Remove(name);
        if (confirmed is var (exists, uid, version))
        {
            _failures.Remove(name);
            _expectations[name] = new Expectation(board, exists, uid, ParseVersion(version), now + _options.ExpectationTimeout);
            Recount(name, board);
        }
        else if (failure is not null)
        {
            var attempt = _failures[name] = _failures.GetValueOrDefault(name) + 1;
            var delay = RetryDelay(attempt, failure);
            _delayed[name] = (board, now + delay);
            if (_boards.TryGetValue(board, out var state))
            {
                state.LastError = $"{write.Verb} pod {name}: {failure.Message}";
                if (state.Owner is { } owner)
                {
                    _events?.Record(BoardEvents.Reference(Namespace, owner.Name, owner.Uid), "Warning", BoardEvents.PodWriteFailed,
                        $"Could not {write.Verb} pod {name}: {failure.Message}");
                }
            }

            ReconcilerLog.WriteFailed(_logger, failure, write.Verb, name, failure.Message, attempt, delay);
        }

        _queue.Add(write.Key);
        _touched.Add(board);
    }

    /// <summary>Drops the expectations the watch has caught up with (or that waited too long), queueing their pods.</summary>
    private void SettleExpectations(DateTimeOffset now)
    {
        List<string>? settled = null;
        foreach (var (name, expected) in _expectations)
        {
            if (IsSettled(name, expected, now)) (settled ??= []).Add(name);
        }

        foreach (var name in settled ?? [])
        {
            _expectations.Remove(name, out var expected);
            Recount(name, expected!.Board);
            _queue.Add(new CellKey(expected.Board, name));
            _touched.Add(expected.Board);
        }
    }

    private bool IsSettled(string name, Expectation expected, DateTimeOffset now)
    {
        if (now >= expected.Deadline) return true;
        var passed = expected.ResourceVersion is { } version && _observedVersion >= version;
        if (!_index.TryGet(name, out var pod)) return expected.Exists ? passed : expected.ResourceVersion is null || passed;
        var successor = expected.Uid is not null && pod.Metadata.Uid != expected.Uid;
        return expected.Exists || passed || successor || PodIndex.IsTerminating(pod);
    }

    private void ReleaseDueRetries(DateTimeOffset now)
    {
        foreach (var (name, (board, _)) in _delayed.Where(d => d.Value.NotBefore <= now).ToList())
        {
            _delayed.Remove(name);
            _queue.Add(new CellKey(board, name));
        }
    }

    /// <summary>Exponential backoff with equal jitter, or the server's Retry-After when longer; capped.</summary>
    private TimeSpan RetryDelay(int attempt, Exception failure)
    {
        var full = Math.Min(_options.RetryInitialDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30)), _options.RetryMaxDelay.TotalMilliseconds);
        var delay = TimeSpan.FromMilliseconds((full / 2) + (full / 2 * Random.Shared.NextDouble()));
        if (KubeErrors.RetryAfter(failure) is { } retryAfter && retryAfter > delay) delay = retryAfter;
        return delay < _options.RetryMaxDelay ? delay : _options.RetryMaxDelay;
    }
}
