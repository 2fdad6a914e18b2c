using Microsoft.Extensions.Logging;

namespace OrleansLife.Grains.Boards;

/// <summary>
/// Puts the board's name in a logging scope around every call to a board grain, so that every line logged on its behalf
/// (by the grain, by Orleans for it, and by the generation loop the call starts) names the board when scopes are shown.
/// </summary>
internal sealed class BoardLogScopeFilter(ILogger<BoardLogScopeFilter> logger) : IIncomingGrainCallFilter
{
    private static readonly Func<ILogger, string, IDisposable?> s_scope = LoggerMessage.DefineScope<string>("Board {Board}");

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        // Cells and regions are called millions of times; only the board's calls, far fewer, carry the scope.
        if (context.TargetContext.GrainInstance is not BoardGrain board)
        {
            await context.Invoke();
            return;
        }

        using var scope = s_scope(logger, board.GetPrimaryKeyString());
        await context.Invoke();
    }
}
