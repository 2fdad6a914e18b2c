using Microsoft.Extensions.Logging;

namespace OrleansLife.Operator.Diagnostics;

/// <summary>The reconciler's log messages.</summary>
internal static partial class ReconcilerLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Listed {Count} cell pods in namespace {Namespace}; reconciling boards against them")]
    public static partial void Synced(ILogger logger, int count, string @namespace);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "Pod {Verb} of {Pod} failed ({Reason}); retry {Attempt} in {Delay}")]
    public static partial void WriteFailed(ILogger logger, Exception exception, string verb, string pod, string reason, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "Refused generation {Generation} of board {Board}: {Message}")]
    public static partial void CapExceeded(ILogger logger, string board, long generation, string message);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Board {Board} is forgotten: deleting its pods")]
    public static partial void Forgetting(ILogger logger, string board);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Board {Board} has no pods left and is forgotten")]
    public static partial void Forgotten(ILogger logger, string board);

    [LoggerMessage(EventId = 6, Level = LogLevel.Debug,
        Message = "Pods of board {Board} show generation {Generation} ({Pods} pods, {Latency} after it was asked for)")]
    public static partial void GenerationReflected(ILogger logger, string board, long generation, int pods, TimeSpan latency);
}
