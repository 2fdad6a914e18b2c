using OrleansLife.Runtime.Messaging;

namespace OrleansLife.Runtime.Activations;

// How an activation's mailbox outlives it, and shrinks while idle: leftovers are handed to a held successor so that
// nothing newer overtakes them, and idle activations give back their buffers.
public abstract partial class Grain
{
    /// <summary>
    /// Makes this new, not yet reachable activation the successor of one that ended with <paramref name="leftovers"/>
    /// in its mailbox: they go first, and nothing runs until <see cref="Release"/>, so no newer message overtakes them.
    /// </summary>
    internal void HoldWith(Envelope[] leftovers)
    {
        _state = Held;
        if (_concurrentMailbox is not null)
        {
            foreach (var envelope in leftovers) _concurrentMailbox.Enqueue(envelope);
            return;
        }
        while (_mailbox.Length < leftovers.Length) GrowMailbox();
        leftovers.CopyTo(_mailbox, 0);
        _count = leftovers.Length;
    }

    /// <summary>Lets a held successor run, once it is the grain's activation in the directory.</summary>
    internal void Release()
    {
        if (_concurrentMailbox is not null)
        {
            Interlocked.Exchange(ref _state, Idle);
            if (!_concurrentMailbox.IsEmpty && Interlocked.CompareExchange(ref _state, Scheduled, Idle) == Idle)
                ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
            return;
        }
        bool schedule;
        EnterMailbox();
        try
        {
            schedule = _count > 0;
            _state = schedule ? Scheduled : Idle;
        }
        finally
        {
            ExitMailbox();
        }
        if (schedule) ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
    }

    /// <summary>
    /// Gives back the mailbox buffer of an activation that has been idle since <paramref name="sinceTick"/>: busy
    /// grains keep theirs, so this costs them no reallocation, while the many idle ones stay small.
    /// </summary>
    internal void TrimMailboxIfIdleSince(int sinceTick)
    {
        if (_concurrentMailbox is not null || _mailbox.Length == 0 || LastActiveTick > sinceTick) return;
        EnterMailbox();
        try
        {
            if (_state == Idle && _count == 0)
            {
                _mailbox = NoMessages;
                _head = 0;
            }
        }
        finally
        {
            ExitMailbox();
        }
    }

    /// <summary>Empties the mailbox of a finished activation, returning what it still held.</summary>
    private Envelope[] TakeLeftovers()
    {
        if (_concurrentMailbox is not null)
        {
            var drained = new List<Envelope>();
            while (_concurrentMailbox.TryDequeue(out var envelope)) drained.Add(envelope);
            return [.. drained];
        }
        var leftovers = new Envelope[_count];
        for (var i = 0; i < _count; i++) leftovers[i] = _mailbox[(_head + i) & (_mailbox.Length - 1)];
        _mailbox = NoMessages;
        _head = _count = 0;
        return leftovers;
    }
}
