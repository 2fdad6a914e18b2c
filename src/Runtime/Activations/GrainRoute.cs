namespace OrleansLife.Runtime.Activations;

/// <summary>
/// Remembers which local activation took the last message sent along it, so that the next message to the same grain
/// skips the directory. A value type, to live inside the sender's own fields; if the activation has gone, the next
/// send looks the grain up again.
/// </summary>
public struct GrainRoute
{
    internal Grain? Activation;

    /// <summary>Forgets the activation, e.g. when the route will not be used for a while and should not keep it alive.</summary>
    public void Clear() => Activation = null;
}
