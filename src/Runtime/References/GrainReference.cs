using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Messaging;

namespace OrleansLife.Runtime.References;

/// <summary>
/// Base of the classes that implement grain interfaces on the caller's side: each interface method turns into a
/// message addressed to <see cref="GrainId"/>. These classes are what Orleans generates; here they are written by
/// hand, one short line per method.
/// </summary>
public abstract class GrainReference
{
    private readonly SiloRuntime _runtime;

    protected GrainReference(GrainId grainId, IGrainRuntime runtime)
    {
        GrainId = grainId;
        _runtime = (SiloRuntime)runtime;
    }

    public GrainId GrainId { get; }

    protected void Send<TGrain>(OneWayMethod<TGrain> method, long a = 0, long b = 0) where TGrain : IGrain =>
        _runtime.Send(GrainId, new Envelope(method, null, a, b));

    protected void Send<TGrain, TArgs>(OneWayMethod<TGrain, TArgs> method, TArgs arguments) where TGrain : IGrain =>
        _runtime.Send(GrainId, new Envelope(method, arguments, 0, 0));

    protected Task<TResult> CallAsync<TGrain, TArgs, TResult>(CallMethod<TGrain, TArgs, TResult> method, TArgs arguments)
        where TGrain : IGrain => _runtime.CallAsync(GrainId, method, arguments);

    public override bool Equals(object? obj) => obj is GrainReference other && other.GrainId == GrainId;

    public override int GetHashCode() => GrainId.GetHashCode();

    public override string ToString() => GrainId.ToString();
}
