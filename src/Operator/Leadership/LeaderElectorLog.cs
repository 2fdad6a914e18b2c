using Microsoft.Extensions.Logging;

namespace OrleansLife.Operator.Leadership;

/// <summary>The leader election's log messages.</summary>
internal static partial class LeaderElectorLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {Identity} leads the boards (lease {Lease})")]
    public static partial void Elected(ILogger logger, string identity, string lease);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Identity} lost lease {Lease} (now held by {Holder}) and stands down")]
    public static partial void Lost(ILogger logger, string identity, string lease, string? holder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not acquire or renew lease {Lease}")]
    public static partial void TryFailed(ILogger logger, string lease, Exception error);
}
