using Microsoft.Extensions.Logging;

namespace OrleansLife.Operator.Boards;

/// <summary>The board controller's log messages.</summary>
internal static partial class BoardControllerLog
{
    private static readonly Func<ILogger, string, IDisposable?> s_boardScope = LoggerMessage.DefineScope<string>("Board {Board}");

    /// <summary>A scope that puts the board's name on every line logged within it (JSON logs show scopes).</summary>
    public static IDisposable? BoardScope(ILogger logger, string board) => s_boardScope(logger, board);

    [LoggerMessage(Level = LogLevel.Information, Message = "Board {Board} started from its object with {Population} live cells")]
    public static partial void Started(ILogger logger, string board, int population);

    [LoggerMessage(Level = LogLevel.Information, Message = "Board {Board} resumed from its object at generation {Generation} with {Population} live cells")]
    public static partial void Resumed(ILogger logger, string board, long generation, int population);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Board {Board} was lost with the silo that hosted it; resuming it from its object's status")]
    public static partial void Lost(ILogger logger, string board);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Board {Board} was not started: {Reason}")]
    public static partial void Refused(ILogger logger, string board, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Board {Board} deleted with its object")]
    public static partial void Deleted(ILogger logger, string board);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handling a change of board {Board} failed")]
    public static partial void HandleFailed(ILogger logger, string? board, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The API server has no Board resource in namespace {Namespace} ({Reason}): install it with kubectl apply -f deploy/crds/; until then no board can start")]
    public static partial void NoBoardResource(ILogger logger, string @namespace, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing the status of board {Board} failed")]
    public static partial void StatusFailed(ILogger logger, string board, Exception error);
}
