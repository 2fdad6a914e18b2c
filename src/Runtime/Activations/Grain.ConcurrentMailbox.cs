using System.Collections.Concurrent;
using OrleansLife.Runtime.Messaging;

namespace OrleansLife.Runtime.Activations;

// The lock-free mailbox of MailboxKind.Concurrent grains. Senders only enqueue and, when the activation is idle,
// win a compare-and-swap to schedule it; the activation's loop alone dequeues.
public abstract partial class Grain
{
    protected Grain() : this(MailboxKind.Compact)
    {
    }

    protected Grain(MailboxKind mailbox)
    {
        if (mailbox == MailboxKind.Concurrent) _concurrentMailbox = new ConcurrentQueue<Envelope>();
    }

    private bool TryEnqueueConcurrently(in Envelope envelope)
    {
        if (Volatile.Read(ref _state) == Deactivated) return false;
        _concurrentMailbox!.Enqueue(envelope);
        while (true)
        {
            switch (Volatile.Read(ref _state))
            {
                case Idle when Interlocked.CompareExchange(ref _state, Scheduled, Idle) == Idle:
                    ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
                    return true;
                case Idle:
                    continue;
                case Deactivated:
                    // We raced the end of this activation: whatever is left, ours included, goes to the next one.
                    // Under the mailbox lock, as the ending activation drains: two drainers at once could split the
                    // queue between them and send a later message ahead of an earlier one.
                    Envelope[] leftovers;
                    EnterMailbox();
                    try
                    {
                        leftovers = TakeLeftovers();
                    }
                    finally
                    {
                        ExitMailbox();
                    }
                    Runtime.Forward(GrainId, leftovers);
                    return true;
                default:
                    return true;
            }
        }
    }

    private void RunConcurrentTurns()
    {
        var processed = 0;
        var budget = Runtime.Options.MessagesPerSlice;
        var mailbox = _concurrentMailbox!;
        while (true)
        {
            if (processed == budget)
            {
                Runtime.Statistics.AddDelivered(processed);
                ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
                return;
            }
            if (mailbox.TryDequeue(out var envelope))
            {
                processed++;
                if (RunTurn(envelope)) continue;
                Runtime.Statistics.AddDelivered(processed);
                return;
            }

            if (_deactivateWhenIdle)
            {
                Volatile.Write(ref _state, Deactivating);
                Runtime.Statistics.AddDelivered(processed);
                BeginDeactivation();
                return;
            }
            // A full fence, not a volatile write: our store of Idle and our read of IsEmpty must not be reordered,
            // or a sender that enqueued after our failed dequeue and saw us Scheduled would leave nobody to run it.
            Interlocked.Exchange(ref _state, Idle);
            if (mailbox.IsEmpty || Interlocked.CompareExchange(ref _state, Scheduled, Idle) != Idle)
            {
                Runtime.Statistics.AddDelivered(processed);
                return;
            }
        }
    }
}
