using System.Runtime.CompilerServices;

namespace OrleansLife.Bench.Engines;

/// <summary>
/// The silo that sent a grain call. Orleans keeps it on the call's message but does not expose it to filters (the
/// context gives the sending grain, not where it runs), so this reads it through the runtime's internal types.
/// Only the benchmark does this: a new Orleans version that renames them makes it throw at the first call.
/// </summary>
internal static class CallerSilo
{
    private const string Invoker = "Orleans.Runtime.GrainMethodInvoker, Orleans.Core";
    private const string Message = "Orleans.Runtime.Message, Orleans.Core";
    private static readonly Type? s_invokerType = Type.GetType(Invoker);

    /// <summary>The sending silo, or null when the context is not an ordinary incoming call.</summary>
    public static SiloAddress? Of(IIncomingGrainCallContext context) =>
        context.GetType() == s_invokerType ? SendingSilo(MessageOf(context)) : null;

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "message")]
    [return: UnsafeAccessorType(Message)]
    private static extern ref object MessageOf([UnsafeAccessorType(Invoker)] object invoker);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_SendingSilo")]
    private static extern SiloAddress? SendingSilo([UnsafeAccessorType(Message)] object message);
}
