namespace OrleansLife.Bench.Engines;

/// <summary>Counts the grain calls a silo receives, one-way messages included: the game's messages per generation.</summary>
public sealed class CallCounter : IIncomingGrainCallFilter
{
    private long _calls;

    public long Calls => Interlocked.Read(ref _calls);

    public Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Interlocked.Increment(ref _calls);
        return context.Invoke();
    }
}
