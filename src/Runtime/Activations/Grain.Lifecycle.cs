using OrleansLife.Runtime.Messaging;
using OrleansLife.Runtime.Timers;

namespace OrleansLife.Runtime.Activations;

public abstract partial class Grain
{
    private List<GrainTimer>? _timers;
    private TaskCompletionSource? _deactivated;

    private Task ActivateAsync()
    {
        Runtime.OnActivating(this);
        try
        {
            return OnActivateAsync(CancellationToken.None);
        }
        catch (Exception error)
        {
            return Task.FromException(error);
        }
    }

    private async Task RunTurnsAfterActivationAsync(Task activation)
    {
        try
        {
            await activation.ConfigureAwait(false);
        }
        catch (Exception error)
        {
            FailActivation(error);
            return;
        }
        RunTurns();
    }

    /// <summary>An activation that could not start fails every request waiting for it and goes away.</summary>
    private void FailActivation(Exception error)
    {
        Runtime.OnActivationFailed(this, error);
        Envelope[] waiting;
        EnterMailbox();
        try
        {
            _state = Deactivated;
            waiting = TakeLeftovers();
        }
        finally
        {
            ExitMailbox();
        }
        foreach (var envelope in waiting) envelope.Fail(error);
        StopTimers();
        FinishDeactivation([], DeactivationReason.ActivationFailed);
    }

    /// <summary>Asks the activation to deactivate once idle; used by the idle collector and at shutdown.</summary>
    internal Task RequestDeactivationAsync(DeactivationReason reason)
    {
        TaskCompletionSource deactivated;
        EnterMailbox();
        try
        {
            if (_state == Deactivated) return Task.CompletedTask;
            deactivated = _deactivated ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        finally
        {
            ExitMailbox();
        }
        TryEnqueue(new Envelope(SystemMethods.Deactivate, null, (long)reason, 0));
        return deactivated.Task;
    }

    internal void MarkForDeactivation(DeactivationReason reason)
    {
        _deactivateWhenIdle = true;
        _deactivationReason = reason;
    }

    private void BeginDeactivation()
    {
        var reason = _deactivationReason;
        _deactivationReason = DeactivationReason.Requested;
        StopTimers();
        Task deactivating;
        try
        {
            deactivating = OnDeactivateAsync(reason, CancellationToken.None);
        }
        catch (Exception error)
        {
            deactivating = Task.FromException(error);
        }

        if (deactivating.IsCompletedSuccessfully) CompleteDeactivation(reason);
        else _ = CompleteDeactivationAsync(deactivating, reason);
    }

    private async Task CompleteDeactivationAsync(Task deactivating, DeactivationReason reason)
    {
        try
        {
            await deactivating.ConfigureAwait(false);
        }
        catch (Exception error)
        {
            Runtime.OnTurnFailed(this, SystemMethods.Deactivate, error);
        }
        CompleteDeactivation(reason);
    }

    private void CompleteDeactivation(DeactivationReason reason)
    {
        // Messages that arrived while OnDeactivateAsync ran are not lost: they go to the grain's next activation.
        Envelope[] leftovers;
        EnterMailbox();
        try
        {
            _state = Deactivated;
            leftovers = TakeLeftovers();
        }
        finally
        {
            ExitMailbox();
        }
        FinishDeactivation(leftovers, reason);
    }

    private void FinishDeactivation(Envelope[] leftovers, DeactivationReason reason)
    {
        Runtime.OnDeactivated(this, leftovers, reason);
        TaskCompletionSource? deactivated;
        EnterMailbox();
        deactivated = _deactivated;
        ExitMailbox();
        deactivated?.TrySetResult();
    }

    internal void AddTimer(GrainTimer timer)
    {
        lock (this) (_timers ??= []).Add(timer);
    }

    internal void RemoveTimer(GrainTimer timer)
    {
        lock (this) _timers?.Remove(timer);
    }

    private void StopTimers()
    {
        GrainTimer[] timers;
        lock (this)
        {
            if (_timers is not { Count: > 0 }) return;
            timers = [.. _timers];
            _timers.Clear();
        }
        foreach (var timer in timers) timer.Dispose();
    }
}
