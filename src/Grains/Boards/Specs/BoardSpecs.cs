using System.Diagnostics.CodeAnalysis;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Boards.Specs;

/// <summary>
/// Turns a <see cref="BoardSpec"/> into a <see cref="BoardDefinition"/>, or into every reason it cannot be one, keyed by
/// the JSON name of the offending field ("width", "random.density", "cells[3]") so that a client can point at it.
/// </summary>
public static partial class BoardSpecs
{
    /// <summary>Time between generations when the spec does not say.</summary>
    public const int DefaultTickMilliseconds = 500;

    /// <summary>Slowest tick: one generation a minute.</summary>
    public const int MaxTickMilliseconds = 60_000;

    public static bool TryCreateDefinition(
        BoardSpec spec,
        BoardLimits limits,
        [NotNullWhen(true)] out BoardDefinition? definition,
        out IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(limits);

        var problems = new SpecErrors();
        if (BoardNames.Check(spec.Name) is { } nameProblem) problems.Add(SpecFields.Name, nameProblem);
        var geometry = ReadGeometry(spec, limits, problems);
        var start = ReadStartState(spec, problems);
        var rule = ReadRule(spec.Rule, start?.Pattern?.Rule, problems);
        var tick = ReadTick(spec.TickMilliseconds, problems);
        var pods = ReadPods(spec, problems);
        if (spec.MaxGenerations is < 0)
            problems.Add(SpecFields.MaxGenerations, $"The maximum generation must be 0 or more; it is {spec.MaxGenerations}.");

        // Placing needs a board to place on and something to place; without either, the errors above say why.
        IReadOnlyList<Coordinate>? cells = null;
        if (geometry is { } board && start is not null) cells = Place(start, board, spec, limits, problems);

        if (problems.Any || cells is null || rule is null)
        {
            definition = null;
            errors = problems.ToDictionary();
            return false;
        }

        definition = new BoardDefinition
        {
            Name = spec.Name!,
            Geometry = geometry!.Value,
            Rule = rule,
            InitialCells = cells,
            TickMilliseconds = tick,
            MaxGenerations = spec.MaxGenerations,
            StartPaused = spec.Paused ?? false,
            Pacing = pods.Pacing,
            WaitForRunning = spec.WaitForRunning ?? false,
            PodTimeoutMilliseconds = pods.TimeoutMilliseconds,
            MaxPods = spec.MaxPods,
        };
        errors = problems.ToDictionary();
        return true;
    }
}
