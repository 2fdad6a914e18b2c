using Microsoft.Extensions.Logging;

namespace OrleansLife.Operator.Events;

/// <summary>The event recorder's log messages.</summary>
internal static partial class EventRecorderLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The event queue is full ({Capacity} events); events are dropped until it drains.")]
    public static partial void QueueFull(ILogger logger, int capacity);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Event {Reason} about {Object} not sent: the object has spent its events for now.")]
    public static partial void Spam(ILogger logger, string @object, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {Reason} about {Object} not written at attempt {Attempt} ({Error}); trying again in {Interval}.")]
    public static partial void WriteRetried(ILogger logger, string @object, string reason, int attempt, TimeSpan interval, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record event {Reason} about {Object} ({EventMessage}).")]
    public static partial void WriteFailed(ILogger logger, string @object, string reason, string eventMessage, Exception error);
}
