using OrleansLife.Runtime.Activations;
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
    // Where the last message went. Races between threads only cost a lookup, since any activation that accepts is right.
    private GrainRoute _route;

    protected GrainReference(GrainId grainId, IGrainRuntime runtime)
    {
        GrainId = grainId;
        _runtime = (SiloRuntime)runtime;
    }

    public GrainId GrainId { get; }

    protected void Send<TGrain>(OneWayMethod<TGrain> method, long a = 0, long b = 0) where TGrain : IGrain =>
        Send(new Envelope(method, null, a, b));

    protected void Send<TGrain, TArgs>(OneWayMethod<TGrain, TArgs> method, TArgs arguments) where TGrain : IGrain =>
        Send(new Envelope(method, arguments, 0, 0));

    private void Send(in Envelope envelope) => _runtime.Send(ref _route, GrainId, envelope);

    protected Task<TResult> CallAsync<TGrain, TArgs, TResult>(CallMethod<TGrain, TArgs, TResult> method, TArgs arguments)
        where TGrain : IGrain => _runtime.CallAsync(GrainId, method, arguments);

    public override bool Equals(object? obj) => obj is GrainReference other && other.GrainId == GrainId;

    public override int GetHashCode() => GrainId.GetHashCode();

    public override string ToString() => GrainId.ToString();
}
