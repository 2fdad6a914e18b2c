using OrleansLife.Runtime.Activations;

namespace OrleansLife.Runtime.Messaging;

/// <summary>
/// Describes one method of a grain interface: its wire name and how to invoke it on an activation. One instance per
/// method, shared by every message, is what a code generator would emit next to a grain interface.
/// </summary>
public abstract class GrainMethod
{
    protected GrainMethod(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>Stable across processes: messages name their method by it on the wire.</summary>
    public string Name { get; }

    /// <summary>The type of the arguments object, or null when the arguments travel in the two integers.</summary>
    public abstract Type? ArgumentsType { get; }

    /// <summary>The type of the result a request answers with, or null for a one-way method.</summary>
    public virtual Type? ResultType => null;

    /// <summary>Turns a request from another silo into a call to run here; only request/response methods accept one.</summary>
    internal virtual PendingCall AcceptRemote(long id, Identity.GrainId target, object? arguments, Action<object?, Exception?> reply) =>
        throw new InvalidOperationException($"{Name} is a one-way method; it takes no requests.");

    /// <summary>Runs the method on <paramref name="grain"/>; the returned task ends the turn when it completes.</summary>
    internal abstract ValueTask InvokeAsync(Grain grain, in Envelope envelope);

    public override string ToString() => Name;
}
