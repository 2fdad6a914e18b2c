using Microsoft.Extensions.Logging;

namespace OrleansLife.Grains.Boards;

/// <summary>
/// Puts the board's name in a logging scope around every call to the board, so that every line logged on its behalf (by
/// the grain, by Orleans for it, and by the generation loop a call starts) names the board when scopes are shown. A
/// filter of the board's own rather than of the silo: cells and regions, called millions of times, pay nothing for it.
/// </summary>
public sealed partial class BoardGrain : IIncomingGrainCallFilter
{
    private static readonly Func<ILogger, string, IDisposable?> s_boardScope = LoggerMessage.DefineScope<string>("Board {Board}");

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var scope = s_boardScope(logger, this.GetPrimaryKeyString());
        await context.Invoke();
    }
}
