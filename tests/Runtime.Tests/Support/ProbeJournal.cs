using System.Collections.Concurrent;
using System.Threading.Channels;
using OrleansLife.Runtime.Activations;

namespace OrleansLife.Runtime.Tests.Support;

/// <summary>Records what probe grains went through, for tests to wait on and inspect.</summary>
public sealed class ProbeJournal
{
    private int _activations;

    public ConcurrentQueue<string> Activated { get; } = new();

    public Channel<(string Key, DeactivationReason Reason)> Deactivated { get; } = Channel.CreateUnbounded<(string, DeactivationReason)>();

    /// <summary>Completed when some probe's OnDeactivateAsync begins.</summary>
    public TaskCompletionSource DeactivationStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set by a test to make OnDeactivateAsync wait (to catch messages sent meanwhile).</summary>
    public Task? HoldDeactivation { get; set; }

    private long _lastSequence;

    public int OutOfOrder { get; private set; }

    /// <summary>Completed when the sequence number set by the test has been observed.</summary>
    public TaskCompletionSource SequenceDone { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long SequenceEnd { get; set; } = long.MaxValue;

    /// <summary>Called from grain turns only, so one at a time across all activations of a grain.</summary>
    public void Observe(long sequence)
    {
        if (sequence <= _lastSequence) OutOfOrder++;
        _lastSequence = sequence;
        if (sequence == SequenceEnd) SequenceDone.TrySetResult();
    }

    public int NextActivationNumber() => Interlocked.Increment(ref _activations);

    public async Task<(string Key, DeactivationReason Reason)> NextDeactivationAsync() =>
        await Deactivated.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
}
