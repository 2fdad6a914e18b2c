namespace OrleansLife.Bench.Engines;

/// <summary>What one engine did on one scenario.</summary>
public sealed record EngineRun(
    int Generations,
    TimeSpan Elapsed,
    int FinalPopulation,
    long AllocatedBytes,
    long Messages = 0,
    long Activations = 0,
    long HeapBytesAfter = 0,
    long RemoteMessages = 0)
{
    /// <summary>The name of the board the grain engine ran; null for the array engine.</summary>
    public string? Board { get; init; }

    public double GenerationsPerSecond => Generations / Elapsed.TotalSeconds;

    public double AllocatedPerGeneration => (double)AllocatedBytes / Generations;

    public double MessagesPerGeneration => (double)Messages / Generations;

    /// <summary>Grain calls the silos received per second, one-way messages included.</summary>
    public double MessagesPerSecond => Messages / Elapsed.TotalSeconds;

    /// <summary>The share of grain calls sent from another silo; 0 on one silo.</summary>
    public double RemoteShare => Messages == 0 ? 0 : (double)RemoteMessages / Messages;
}
