namespace OrleansLife.Bench.Engines;

/// <summary>What one engine did on one scenario.</summary>
public sealed record EngineRun(
    int Generations,
    TimeSpan Elapsed,
    int FinalPopulation,
    long AllocatedBytes,
    long Messages = 0,
    long Activations = 0,
    long HeapBytesAfter = 0)
{
    public double GenerationsPerSecond => Generations / Elapsed.TotalSeconds;

    public double AllocatedPerGeneration => (double)AllocatedBytes / Generations;

    public double MessagesPerGeneration => (double)Messages / Generations;
}
