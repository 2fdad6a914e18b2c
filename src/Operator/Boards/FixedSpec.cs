using System.Text.Json;
using OrleansLife.Grains.Boards.Specs;

namespace OrleansLife.Operator.Boards;

/// <summary>The part of a board's spec that makes it the board it is, and so cannot change while it runs.</summary>
internal static class FixedSpec
{
    /// <summary>The fields that can change while a board runs, as they are named in the spec.</summary>
    public const string Changeable = "paused, tickMilliseconds, maxGenerations, pacing, waitForRunning, podTimeoutMilliseconds and maxPods";

    /// <summary>The spec without its changeable fields, as text to compare.</summary>
    public static string Of(BoardSpec spec) => JsonSerializer.Serialize(spec with
    {
        Paused = null,
        TickMilliseconds = null,
        MaxGenerations = null,
        Pacing = null,
        WaitForRunning = null,
        PodTimeoutMilliseconds = null,
        MaxPods = null,
    });
}
