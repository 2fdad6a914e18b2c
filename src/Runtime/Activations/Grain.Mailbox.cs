using System.Collections.Concurrent;
using OrleansLife.Runtime.Messaging;

namespace OrleansLife.Runtime.Activations;

// The mailbox lives inside the grain object itself: one object per activation instead of three (grain, activation,
// queue) keeps an idle cell activation small. It locks on `this`, which is safe because grain code only ever holds
// references to other grains, never their instances, and saves a lock object per activation.
public abstract partial class Grain : IThreadPoolWorkItem
{
    private const int Idle = 0;
    private const int Scheduled = 1;
    private const int Deactivating = 2;
    private const int Deactivated = 3;
    // A successor activation filled with its predecessor's leftovers: it takes messages but runs none until released.
    private const int Held = 4;

    private static readonly Envelope[] NoMessages = [];

    private readonly ConcurrentQueue<Envelope>? _concurrentMailbox;
    private Envelope[] _mailbox = NoMessages;
    private int _head;
    private int _count;
    private int _state;
    private bool _activated;
    private bool _deactivateWhenIdle;
    private DeactivationReason _deactivationReason;

    /// <summary>The collector's tick at this activation's latest turn; a plain int so turns stay cheap.</summary>
    internal int LastActiveTick { get; private set; }

    internal int MailboxCapacity => _mailbox.Length;

    internal int QueueLength => _concurrentMailbox?.Count ?? Volatile.Read(ref _count);

    /// <summary>Queues a message; false when this activation is gone and the sender must look the grain up again.</summary>
    internal bool TryEnqueue(in Envelope envelope)
    {
        if (_concurrentMailbox is not null) return TryEnqueueConcurrently(envelope);
        bool schedule;
        EnterMailbox();
        try
        {
            if (_state == Deactivated) return false;
            if (_count == _mailbox.Length) GrowMailbox();
            _mailbox[(_head + _count) & (_mailbox.Length - 1)] = envelope;
            _count++;
            schedule = _state == Idle;
            if (schedule) _state = Scheduled;
        }
        finally
        {
            ExitMailbox();
        }

        if (schedule) ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
        return true;
    }

    void IThreadPoolWorkItem.Execute()
    {
        LastActiveTick = Runtime.CurrentTick;
        if (!_activated)
        {
            _activated = true;
            var activation = ActivateAsync();
            if (!activation.IsCompleted)
            {
                _ = RunTurnsAfterActivationAsync(activation);
                return;
            }
            if (!activation.IsCompletedSuccessfully)
            {
                FailActivation(activation.Exception?.GetBaseException() ?? new TaskCanceledException(activation));
                return;
            }
        }
        RunTurns();
    }

    private void RunTurns()
    {
        if (_concurrentMailbox is not null)
        {
            RunConcurrentTurns();
            return;
        }
        var processed = 0;
        var budget = Runtime.Options.MessagesPerSlice;
        while (true)
        {
            Envelope envelope;
            EnterMailbox();
            try
            {
                if (_count == 0)
                {
                    Runtime.Statistics.AddDelivered(processed);
                    if (_deactivateWhenIdle)
                    {
                        _state = Deactivating;
                        break;
                    }
                    _state = Idle;
                    return;
                }
                if (processed == budget)
                {
                    // Still Scheduled: nobody else will run us, and other activations get the thread meanwhile.
                    Runtime.Statistics.AddDelivered(processed);
                    ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
                    return;
                }
                envelope = _mailbox[_head];
                _mailbox[_head] = default;
                _head = (_head + 1) & (_mailbox.Length - 1);
                _count--;
            }
            finally
            {
                ExitMailbox();
            }

            processed++;
            if (!RunTurn(envelope))
            {
                Runtime.Statistics.AddDelivered(processed);
                return;
            }
        }

        BeginDeactivation();
    }

    /// <summary>Runs one message; false when its turn went asynchronous and will carry on the mailbox loop itself.</summary>
    private bool RunTurn(in Envelope envelope)
    {
        _deactivateWhenIdle = false;
        ValueTask turn;
        try
        {
            turn = envelope.Method.InvokeAsync(this, envelope);
        }
        catch (Exception error)
        {
            Runtime.OnTurnFailed(this, envelope.Method, error);
            return true;
        }

        if (turn.IsCompletedSuccessfully) return true;
        if (turn.IsCompleted)
        {
            ObserveFailure(turn, envelope.Method);
            return true;
        }
        _ = FinishTurnAsync(turn, envelope.Method);
        return false;
    }

    private async Task FinishTurnAsync(ValueTask turn, GrainMethod method)
    {
        try
        {
            await turn.ConfigureAwait(false);
        }
        catch (Exception error)
        {
            Runtime.OnTurnFailed(this, method, error);
        }
        // The activation is still Scheduled, so continuing here keeps turns one at a time.
        RunTurns();
    }

    private void ObserveFailure(ValueTask turn, GrainMethod method)
    {
        try
        {
            turn.GetAwaiter().GetResult();
        }
        catch (Exception error)
        {
            Runtime.OnTurnFailed(this, method, error);
        }
    }

    private void GrowMailbox()
    {
        // Capacities stay powers of two so that wrapping is a mask.
        var grown = new Envelope[Math.Max(2, _mailbox.Length * 2)];
        for (var i = 0; i < _count; i++) grown[i] = _mailbox[(_head + i) & (_mailbox.Length - 1)];
        _mailbox = grown;
        _head = 0;
    }
}
