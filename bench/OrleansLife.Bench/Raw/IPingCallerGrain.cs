namespace OrleansLife.Bench.Raw;

/// <summary>Calls ping grains from inside a grain, as the game's grains call each other.</summary>
[Alias("bench-ping-caller")]
public interface IPingCallerGrain : IGrainWithIntegerKey
{
    /// <summary>Awaits <paramref name="calls"/> pings of one target, one after the other.</summary>
    [Alias("call")]
    Task CallAsync(long target, int calls);

    /// <summary>Sends <paramref name="messages"/> one-way messages, round robin over targets <paramref name="first"/> onwards.</summary>
    [Alias("tell")]
    Task TellAsync(long first, int targets, int messages);
}
