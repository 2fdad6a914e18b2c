namespace OrleansLife.KubeEmulator.Storage;

/// <summary>The three ways a watch can start; see <see cref="WatchStart"/>.</summary>
internal enum WatchStartKind
{
    CurrentState,
    After,
    Now,
}
