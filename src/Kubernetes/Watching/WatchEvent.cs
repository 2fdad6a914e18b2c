using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Watching;

/// <summary>One event of a watch: a change to an object, a bookmark, or an error Status.</summary>
/// <typeparam name="T">The watched object type.</typeparam>
/// <param name="Type">What happened.</param>
/// <param name="Object">The object (its last state for <see cref="WatchEventType.Deleted"/>); null for errors.</param>
/// <param name="Status">The server's Status for <see cref="WatchEventType.Error"/>; null otherwise.</param>
public sealed record WatchEvent<T>(WatchEventType Type, T? Object, Status? Status = null)
    where T : KubeObject;
