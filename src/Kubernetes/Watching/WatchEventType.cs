namespace OrleansLife.Kubernetes.Watching;

/// <summary>What a watch event reports.</summary>
public enum WatchEventType
{
    /// <summary>An object was created (or existed when the watch began).</summary>
    Added,

    /// <summary>An object changed.</summary>
    Modified,

    /// <summary>An object was deleted; the event carries its last state.</summary>
    Deleted,

    /// <summary>No change, only a newer resource version to resume from; the object carries nothing else.</summary>
    Bookmark,

    /// <summary>The server reported a problem in the stream; the event carries its Status.</summary>
    Error,
}
