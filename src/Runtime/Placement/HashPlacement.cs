using OrleansLife.Runtime.Identity;

namespace OrleansLife.Runtime.Placement;

/// <summary>
/// Spreads grains over a fixed set of silos by a hash every process computes alike (rendezvous hashing), so all
/// silos agree on each grain's owner without asking a directory, and a silo joining or leaving moves only its share.
/// </summary>
public sealed class HashPlacement : IGrainPlacement
{
    private readonly SiloAddress[] _silos;
    private readonly uint[] _siloHashes;

    public HashPlacement(IEnumerable<SiloAddress> silos)
    {
        _silos = [.. silos.OrderBy(s => s.Endpoint, StringComparer.Ordinal)];
        if (_silos.Length == 0) throw new ArgumentException("A cluster needs at least one silo.", nameof(silos));
        _siloHashes = [.. _silos.Select(s => new GrainId(new GrainType("silo"), GrainKey.FromString(s.Endpoint)).StableHash())];
    }

    public SiloAddress Place(in GrainId grain)
    {
        var grainHash = grain.StableHash();
        var best = 0;
        var bestScore = Scramble(grainHash ^ _siloHashes[0]);
        for (var i = 1; i < _silos.Length; i++)
        {
            var score = Scramble(grainHash ^ _siloHashes[i]);
            if (score <= bestScore) continue;
            best = i;
            bestScore = score;
        }
        return _silos[best];
    }

    // A finaliser from MurmurHash3: spreads nearby inputs so that each silo wins an even share.
    private static uint Scramble(uint value)
    {
        value ^= value >> 16;
        value *= 0x85ebca6b;
        value ^= value >> 13;
        value *= 0xc2b2ae35;
        return value ^ (value >> 16);
    }
}
