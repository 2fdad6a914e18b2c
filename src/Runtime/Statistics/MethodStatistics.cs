namespace OrleansLife.Runtime.Statistics;

/// <summary>Calls, failures and total latency of one request/response grain method.</summary>
internal sealed class MethodStatistics(string method)
{
    private long _calls;
    private long _failures;
    private long _latencyTicks;

    public void Record(TimeSpan latency, bool failed)
    {
        Interlocked.Increment(ref _calls);
        if (failed) Interlocked.Increment(ref _failures);
        Interlocked.Add(ref _latencyTicks, latency.Ticks);
    }

    public MethodStatisticsSnapshot Snapshot()
    {
        var calls = Interlocked.Read(ref _calls);
        var latency = Interlocked.Read(ref _latencyTicks);
        return new MethodStatisticsSnapshot(method, calls, Interlocked.Read(ref _failures),
            calls == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(latency / calls));
    }
}
