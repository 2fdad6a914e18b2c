using OrleansLife.Runtime.Activations;
using OrleansLife.Runtime.Timers;

namespace OrleansLife.Runtime.Messaging;

/// <summary>Messages the runtime sends to activations itself, so that they too run inside a turn.</summary>
internal static class SystemMethods
{
    public static readonly GrainMethod Deactivate = new SystemMethod("runtime.deactivate",
        static (grain, envelope) => grain.MarkForDeactivation((DeactivationReason)envelope.A));

    public static readonly GrainMethod TimerTick = new AsyncSystemMethod("runtime.timer-tick",
        static (_, envelope) => ((GrainTimer)envelope.Body!).TickAsync());

    private sealed class SystemMethod(string name, Action<Grain, Envelope> body) : GrainMethod(name)
    {
        public override Type? ArgumentsType => null;

        internal override ValueTask InvokeAsync(Grain grain, in Envelope envelope)
        {
            body(grain, envelope);
            return default;
        }
    }

    private sealed class AsyncSystemMethod(string name, Func<Grain, Envelope, ValueTask> body) : GrainMethod(name)
    {
        public override Type? ArgumentsType => null;

        internal override ValueTask InvokeAsync(Grain grain, in Envelope envelope) => body(grain, envelope);
    }
}
