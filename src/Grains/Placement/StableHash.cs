namespace OrleansLife.Grains.Placement;

/// <summary>
/// A hash that every silo computes alike (string.GetHashCode is randomised per process), for placement decisions that
/// should not depend on which silo makes them.
/// </summary>
internal static class StableHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(string board, long tile, string silo)
    {
        var hash = Offset;
        foreach (var c in board) hash = (hash ^ c) * Prime;
        for (var i = 0; i < 8; i++) hash = (hash ^ (byte)(tile >> (8 * i))) * Prime;
        foreach (var c in silo) hash = (hash ^ c) * Prime;
        // FNV's low bits mix poorly for short inputs: finish with a 64-bit avalanche.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccd;
        hash ^= hash >> 33;
        return hash;
    }
}
