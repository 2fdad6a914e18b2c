namespace OrleansLife.Kubernetes.Client;

/// <summary>What happens to an object's dependents (those whose owner references point at it) when it is deleted.</summary>
public enum PropagationPolicy
{
    /// <summary>Delete the object now; the garbage collector deletes dependents afterwards.</summary>
    Background,

    /// <summary>Delete dependents first; the object stays (with a finalizer) until they are gone.</summary>
    Foreground,

    /// <summary>Leave dependents in place, with the owner reference removed.</summary>
    Orphan,
}
