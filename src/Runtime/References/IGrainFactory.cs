using OrleansLife.Runtime.Identity;

namespace OrleansLife.Runtime.References;

/// <summary>Hands out references to grains. A reference is cheap; the grain is activated by its first message.</summary>
public interface IGrainFactory
{
    TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey;

    TGrain GetGrain<TGrain>(long key) where TGrain : IGrainWithIntegerKey;

    TGrain GetGrain<TGrain>(long key, string keyExtension) where TGrain : IGrainWithCompoundKey;
}
