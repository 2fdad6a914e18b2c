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

    public int NextActivationNumber() => Interlocked.Increment(ref _activations);

    public async Task<(string Key, DeactivationReason Reason)> NextDeactivationAsync() =>
        await Deactivated.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
}
