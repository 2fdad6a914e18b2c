using Microsoft.Extensions.Logging;

namespace OrleansLife.Grains.Boards;

public sealed partial class BoardGrain
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Board {Board}: generation {Generation} failed (attempt {Attempt}); rebuilding its cells")]
    private partial void LogRoundFailed(string board, long generation, int attempt, Exception error);
}
