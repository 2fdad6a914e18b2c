using Microsoft.Extensions.Logging;

namespace OrleansLife.Operator.Watching;

/// <summary>The informer's log messages.</summary>
internal static partial class InformerLog
{
    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Watch of {Resource} expired (410 Gone) at resource version {ResourceVersion}; listing again")]
    public static partial void WatchExpired(ILogger logger, string resource, string? resourceVersion);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "List or watch of {Resource} failed; trying again in {Delay}")]
    public static partial void WatchFailed(ILogger logger, Exception exception, string resource, TimeSpan delay);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug,
        Message = "Watch of {Resource} ended at resource version {ResourceVersion}; watching again")]
    public static partial void WatchEnded(ILogger logger, string resource, string? resourceVersion);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug,
        Message = "Listed {Count} {Resource} at resource version {ResourceVersion}")]
    public static partial void Listed(ILogger logger, int count, string resource, string? resourceVersion);
}
