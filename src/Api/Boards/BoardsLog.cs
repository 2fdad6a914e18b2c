using Microsoft.Extensions.Logging;
using OrleansLife.Grains.Boards;

namespace OrleansLife.Api.Boards;

/// <summary>What the board endpoints log: boards coming and going, not every read.</summary>
internal static partial class BoardsLog
{
    [LoggerMessage(1, LogLevel.Information, "Board {Board} created: {Width}x{Height} {Topology}, {Population} live cells")]
    public static partial void Created(ILogger logger, string board, int width, int height, Topology topology, int population);

    [LoggerMessage(2, LogLevel.Information, "Board {Board} deleted")]
    public static partial void Deleted(ILogger logger, string board);
}
