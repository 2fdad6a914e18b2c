namespace OrleansLife.KubeEmulator.Storage;

/// <summary>The <c>type</c> of a watch event, spelled on the wire in upper case.</summary>
internal enum WatchEventType
{
    Added,
    Modified,
    Deleted,
    Bookmark,
    Error,
}
