
namespace OrleansLife.KubeEmulator.Storage;

/// <summary>Everything the store holds at one resourceVersion, for persistence.</summary>
internal sealed record StoreSnapshot(long ResourceVersion, IReadOnlyList<StoredObject> Objects);
