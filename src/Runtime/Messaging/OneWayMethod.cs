using OrleansLife.Runtime.Activations;
using OrleansLife.Runtime.Identity;

namespace OrleansLife.Runtime.Messaging;

/// <summary>
/// A fire-and-forget method whose arguments fit in two integers: the allocation-free path for messages that are sent
/// millions of times (a cell telling its neighbour it is alive).
/// </summary>
public sealed class OneWayMethod<TGrain>(string name, Action<TGrain, long, long> body) : GrainMethod(name)
    where TGrain : IGrain
{
    public override Type? ArgumentsType => null;

    internal override ValueTask InvokeAsync(Grain grain, in Envelope envelope)
    {
        body((TGrain)(object)grain, envelope.A, envelope.B);
        return default;
    }
}

/// <summary>A fire-and-forget method with an arguments object, which may be awaited within the grain's turn.</summary>
public sealed class OneWayMethod<TGrain, TArgs>(string name, Func<TGrain, TArgs, ValueTask> body) : GrainMethod(name)
    where TGrain : IGrain
{
    public override Type? ArgumentsType => typeof(TArgs);

    internal override ValueTask InvokeAsync(Grain grain, in Envelope envelope) =>
        body((TGrain)(object)grain, (TArgs)envelope.Body!);
}
