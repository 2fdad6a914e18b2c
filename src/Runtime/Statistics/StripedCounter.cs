namespace OrleansLife.Runtime.Statistics;

/// <summary>
/// A counter that many threads add to at high rate: each processor adds to its own cache line, so adding costs no
/// contention; reading sums the lines.
/// </summary>
internal sealed class StripedCounter
{
    // 16 longs = 128 bytes apart: no two stripes share a cache line, even with adjacent-line prefetching.
    private const int Stride = 16;
    private readonly long[] _stripes = new long[Environment.ProcessorCount * Stride + Stride];

    public void Add(long amount)
    {
        if (amount == 0) return;
        var stripe = (Thread.GetCurrentProcessorId() % Environment.ProcessorCount + 1) * Stride;
        Interlocked.Add(ref _stripes[stripe], amount);
    }

    public long Read()
    {
        long total = 0;
        for (var i = Stride; i < _stripes.Length; i += Stride) total += Volatile.Read(ref _stripes[i]);
        return total;
    }
}
