namespace OrleansLife.Bench.Raw;

/// <summary>One raw measurement: how many calls of one kind Orleans delivered, and in what time.</summary>
public sealed record RawRate(string Kind, int Silos, long Calls, TimeSpan Elapsed)
{
    public double CallsPerSecond => Calls / Elapsed.TotalSeconds;
}
