namespace OrleansLife.Bench.Raw;

/// <summary>
/// Counts one-way messages arriving at the ping grains of a process, and completes a wait when an expected number has
/// arrived: one-way messages have no reply, so their rate is only known where they land.
/// </summary>
public sealed class PingDelivery
{
    /// <summary>The one tally of this process: every silo of a cluster in it shares it, so a wait covers all targets.</summary>
    public static PingDelivery Process { get; } = new();

    private long _arrived;
    private long _expected = long.MaxValue;
    private TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Count => Interlocked.Read(ref _arrived);

    /// <summary>A task that completes once <paramref name="messages"/> more have arrived than so far.</summary>
    public Task ExpectAsync(long messages)
    {
        _all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _expected, Count + messages);
        // They may all have arrived before the expectation was written.
        if (Count >= Volatile.Read(ref _expected)) _all.TrySetResult();
        return _all.Task;
    }

    public void Arrived()
    {
        if (Interlocked.Increment(ref _arrived) >= Volatile.Read(ref _expected)) _all.TrySetResult();
    }
}
