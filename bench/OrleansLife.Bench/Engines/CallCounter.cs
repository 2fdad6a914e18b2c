namespace OrleansLife.Bench.Engines;

/// <summary>
/// Counts the grain calls a silo receives, one-way messages included: the game's messages per generation; and those
/// of them sent from another silo, the cluster's cross-silo share.
/// </summary>
public sealed class CallCounter(ILocalSiloDetails silo) : IIncomingGrainCallFilter
{
    private long _calls;
    private long _remote;

    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Calls whose sender ran on another silo; calls from the process's client count as local.</summary>
    public long Remote => Interlocked.Read(ref _remote);

    public Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Interlocked.Increment(ref _calls);
        if (CallerSilo.Of(context) is { } sender && !sender.Equals(silo.SiloAddress)) Interlocked.Increment(ref _remote);
        return context.Invoke();
    }
}
