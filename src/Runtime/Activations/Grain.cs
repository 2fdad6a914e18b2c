using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Messaging;
using OrleansLife.Runtime.References;
using OrleansLife.Runtime.Timers;

namespace OrleansLife.Runtime.Activations;

/// <summary>
/// Base class of every grain implementation. An instance is one activation: it receives its messages one turn at a
/// time, so grain code needs no locks. Activated on its first message; deactivated when idle for long enough or when
/// it asks to be with <see cref="DeactivateOnIdle"/>.
/// </summary>
public abstract partial class Grain
{
    private SiloRuntime? _runtime;

    /// <summary>Which grain this activation is.</summary>
    public GrainId GrainId { get; private set; }

    /// <summary>Hands out references to other grains.</summary>
    protected IGrainFactory GrainFactory => Runtime;

    /// <summary>The silo's clock; tests replace it.</summary>
    protected TimeProvider TimeProvider => Runtime.TimeProvider;

    private protected SiloRuntime Runtime => _runtime ?? throw new InvalidOperationException(
        "A grain is attached to its silo after construction; use OnActivateAsync, not the constructor, to reach it.");

    public string GetPrimaryKeyString() => GrainId.Key.Text ?? throw new InvalidOperationException($"{GrainId} has no string key.");

    public long GetPrimaryKeyLong() => GrainId.Key.Number;

    /// <summary>Runs before the first message is delivered.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs after the last message, before the activation is dropped.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// While true, the idle collector leaves this activation alone: for grains whose state exists nowhere else, so
    /// that being left unvisited does not make them forget it. Default false.
    /// </summary>
    protected bool KeepAlive { get; set; }

    internal bool IsCollectable => !KeepAlive;

    /// <summary>
    /// Asks for this activation to be dropped as soon as its mailbox is empty after the current turn. A message that
    /// arrives first keeps the activation alive: it still has work, so the request lapses.
    /// </summary>
    protected void DeactivateOnIdle() => _deactivateWhenIdle = true;

    /// <summary>
    /// Calls <paramref name="callback"/> inside a turn of this grain after <paramref name="dueTime"/> and then every
    /// <paramref name="period"/> (<see cref="Timeout.InfiniteTimeSpan"/> for once). A tick waits for the previous
    /// one to finish, so ticks never overlap. Disposing the timer, or deactivation, stops it.
    /// </summary>
    protected IDisposable RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        GrainTimer.Start(this, callback, dueTime, period);

    /// <summary>
    /// Sends a one-way message to <paramref name="target"/> without a reference object: the allocation-free form of
    /// <c>GrainFactory.GetGrain(...).Method(...)</c>, for the few paths that send millions of messages.
    /// </summary>
    protected void SendOneWay<TGrain>(in GrainId target, OneWayMethod<TGrain> method, long a, long b = 0) where TGrain : IGrain =>
        Runtime.Send(target, new Envelope(method, null, a, b));

    /// <summary>
    /// Like <see cref="SendOneWay{TGrain}(in GrainId, OneWayMethod{TGrain}, long, long)"/>, remembering the receiving
    /// activation in <paramref name="route"/>: for senders that message the same grains over and over.
    /// </summary>
    protected void SendOneWay<TGrain>(ref GrainRoute route, in GrainId target, OneWayMethod<TGrain> method, long a, long b = 0)
        where TGrain : IGrain => Runtime.Send(ref route, target, new Envelope(method, null, a, b));

    /// <inheritdoc cref="SendOneWay{TGrain}(ref GrainRoute, in GrainId, OneWayMethod{TGrain}, long, long)"/>
    protected void SendOneWay<TGrain, TArgs>(ref GrainRoute route, in GrainId target, OneWayMethod<TGrain, TArgs> method, TArgs arguments)
        where TGrain : IGrain => Runtime.Send(ref route, target, new Envelope(method, arguments, 0, 0));

    /// <inheritdoc cref="SendOneWay{TGrain}(in GrainId, OneWayMethod{TGrain}, long, long)"/>
    protected void SendOneWay<TGrain, TArgs>(in GrainId target, OneWayMethod<TGrain, TArgs> method, TArgs arguments) where TGrain : IGrain =>
        Runtime.Send(target, new Envelope(method, arguments, 0, 0));

    internal void Attach(GrainId id, SiloRuntime runtime)
    {
        GrainId = id;
        _runtime = runtime;
    }

    internal SiloRuntime AttachedRuntime => Runtime;

    public override string ToString() => $"{GetType().Name}({GrainId})";
}
