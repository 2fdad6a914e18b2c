namespace OrleansLife.KubeEmulator.Storage;

/// <summary>Where a subscription begins: with the current state replayed as ADDED, at a resourceVersion, or from now.</summary>
internal readonly record struct WatchStart(WatchStartKind Kind, long ResourceVersion)
{
    public static WatchStart CurrentState => new(WatchStartKind.CurrentState, 0);

    public static WatchStart Now => new(WatchStartKind.Now, 0);

    public static WatchStart After(long resourceVersion) => new(WatchStartKind.After, resourceVersion);
}
