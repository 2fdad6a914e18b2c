namespace OrleansLife.Runtime.Identity;

/// <summary>Names exactly one grain in the cluster: its type and its key. Serialisable as <c>type/key</c>.</summary>
public readonly record struct GrainId(GrainType Type, GrainKey Key)
{
    /// <summary>
    /// A hash that is the same in every process (string.GetHashCode is randomised per process), so that every silo
    /// computes the same placement for a grain. FNV-1a over the type name, the key's text and its number.
    /// </summary>
    public uint StableHash()
    {
        var hash = 2166136261u;
        hash = Mix(hash, Type.Name);
        if (Key.Text is { } text) hash = Mix(hash, text);
        var number = (ulong)Key.Number;
        for (var i = 0; i < 8; i++, number >>= 8) hash = (hash ^ (byte)number) * 16777619u;
        return hash;
    }

    private static uint Mix(uint hash, string text)
    {
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }

    public override string ToString() => $"{Type}/{Key}";
}
