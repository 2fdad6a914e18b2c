using Orleans.Concurrency;

namespace OrleansLife.Bench.Raw;

/// <summary>A grain that does nothing, so that calling it measures Orleans alone: the ceiling for the game's calls.</summary>
[Alias("bench-ping")]
public interface IPingGrain : IGrainWithIntegerKey
{
    [Alias("ping")]
    Task PingAsync();

    [Alias("tell"), OneWay]
    Task TellAsync();
}
