using OrleansLife.Runtime.Activations;
using OrleansLife.Runtime.Messaging;

namespace OrleansLife.Runtime;

public sealed partial class SiloRuntime
{
    private int _currentTick;
    private int _stopping;

    /// <summary>Advances once per collection interval; activations remember the tick of their latest turn.</summary>
    internal int CurrentTick => Volatile.Read(ref _currentTick);

    internal void OnActivating(Grain grain) => Statistics.Activated(grain.GrainId.Type);

    internal void OnActivationFailed(Grain grain, Exception error) => Log.ActivationFailed(_logger, grain.GrainId.ToString(), error);

    internal void OnTurnFailed(Grain grain, GrainMethod method, Exception error) =>
        Log.TurnFailed(_logger, method.Name, grain.GrainId.ToString(), error);

    /// <summary>
    /// Takes an ended activation out of the directory. Messages that reached it while it ended are not lost: a
    /// successor activation takes its place holding them, and runs only once they are queued ahead of anything newer.
    /// Only the ending activation changes its own directory entry; senders that find it ended wait for that change.
    /// </summary>
    internal void OnDeactivated(Grain grain, Envelope[] leftovers, DeactivationReason reason)
    {
        var id = grain.GrainId;
        Statistics.Deactivated(id.Type);
        if (leftovers.Length > 0 && reason == DeactivationReason.Shutdown)
        {
            var gone = new InvalidOperationException($"Silo {Address} is shutting down.");
            foreach (var envelope in leftovers) envelope.Fail(gone);
            leftovers = [];
        }
        if (leftovers.Length == 0)
        {
            _activations.TryRemove(new KeyValuePair<Identity.GrainId, Grain>(id, grain));
            return;
        }

        var successor = CreateActivation(id);
        successor.HoldWith(leftovers);
        if (!_activations.TryUpdate(id, successor, grain))
        {
            // The entry was already gone (the silo is stopping): deliver the leftovers the ordinary way.
            Forward(id, leftovers);
            return;
        }
        successor.Release();
    }

    /// <summary>Delivers messages that reached an activation after it ended to the grain's next activation.</summary>
    internal void Forward(Identity.GrainId grain, Envelope[] messages)
    {
        foreach (var envelope in messages) Deliver(grain, envelope);
    }

    private void Housekeeping()
    {
        var tick = Interlocked.Increment(ref _currentTick);
        TimeOutExpiredCalls();
        if (Volatile.Read(ref _stopping) != 0) return;

        var ageInTicks = Math.Max(1, (int)Math.Ceiling(Options.CollectionAge / Options.CollectionInterval));
        foreach (var grain in _activations.Values)
        {
            if (grain.IsCollectable && tick - grain.LastActiveTick > ageInTicks && grain.QueueLength == 0)
                _ = grain.RequestDeactivationAsync(DeactivationReason.Idle);
            else grain.TrimMailboxIfIdleSince(tick - 2);
        }
    }

    /// <summary>
    /// Deactivates every activation (running OnDeactivateAsync) and stops the silo's timers. A grain stuck in a turn
    /// cannot deactivate; when <paramref name="cancellationToken"/> fires the silo stops waiting for it and says so.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopping, 1) != 0) return;
        try
        {
            await Task.WhenAll(_activations.Values.Select(g => g.RequestDeactivationAsync(DeactivationReason.Shutdown)))
                .WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.StoppedWithStuckActivations(_logger, _activations.Count);
        }
        finally
        {
            await _housekeeping.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
