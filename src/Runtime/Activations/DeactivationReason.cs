namespace OrleansLife.Runtime.Activations;

/// <summary>Why an activation is being dropped.</summary>
public enum DeactivationReason
{
    /// <summary>The grain asked for it with DeactivateOnIdle.</summary>
    Requested,

    /// <summary>It received no message for longer than the collection age.</summary>
    Idle,

    /// <summary>The silo is shutting down.</summary>
    Shutdown,

    /// <summary>OnActivateAsync threw.</summary>
    ActivationFailed,
}
