using Microsoft.Extensions.Logging;

namespace OrleansLife.Runtime;

public sealed partial class SiloRuntime
{
    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Activating {Grain} failed")]
        public static partial void ActivationFailed(ILogger logger, string grain, Exception error);

        [LoggerMessage(2, LogLevel.Warning, "{Method} on {Grain} threw")]
        public static partial void TurnFailed(ILogger logger, string method, string grain, Exception error);

        [LoggerMessage(3, LogLevel.Warning, "Stopped while {Count} activations were still busy and could not deactivate")]
        public static partial void StoppedWithStuckActivations(ILogger logger, int count);
    }
}
