namespace OrleansLife.Grains.Patterns;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014, as published by Vigna at prng.di.unimi.it): a 64-bit generator defined
/// entirely by integer arithmetic, so a seed gives the same numbers on every platform and .NET version,
/// which <see cref="Random"/> does not promise.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private const double UnitScale = 1.0 / (1UL << 53);

    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, 1): the top 53 bits of <see cref="Next"/>, which a double holds exactly.</summary>
    public double NextDouble() => (Next() >> 11) * UnitScale;
}
