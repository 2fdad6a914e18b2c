using System.Linq.Expressions;
using System.Reflection;

namespace OrleansLife.Bench.Engines;

/// <summary>
/// The silo that sent a grain call. Orleans keeps it on the call's message but does not expose it to filters (the
/// context gives the sending grain, not where it runs), so this reads it through the runtime's internal types, with
/// a reader compiled once. Only the benchmark does this: an Orleans version that renames them fails at startup.
/// </summary>
internal static class CallerSilo
{
    private static readonly Type s_invoker = Type.GetType("Orleans.Runtime.GrainMethodInvoker, Orleans.Core", throwOnError: true)!;
    private static readonly Func<object, SiloAddress?> s_read = CompileReader();

    /// <summary>The sending silo, or null when the context is not an ordinary incoming call.</summary>
    public static SiloAddress? Of(IIncomingGrainCallContext context) =>
        context.GetType() == s_invoker ? s_read(context) : null;

    /// <summary>(object invoker) => ((GrainMethodInvoker)invoker).message.SendingSilo</summary>
    private static Func<object, SiloAddress?> CompileReader()
    {
        var invoker = Expression.Parameter(typeof(object), "invoker");
        var message = Expression.Field(Expression.Convert(invoker, s_invoker),
            s_invoker.GetField("message", BindingFlags.Instance | BindingFlags.NonPublic)!);
        var silo = Expression.Property(message, message.Type.GetProperty("SendingSilo", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!);
        return Expression.Lambda<Func<object, SiloAddress?>>(silo, invoker).Compile();
    }
}
