using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Boards.Specs;

public static partial class BoardSpecs
{
    private static BoardGeometry? ReadGeometry(BoardSpec spec, BoardLimits limits, SpecErrors errors)
    {
        var topology = ReadTopology(spec.Topology, errors);
        var width = ReadSide(spec.Width, SpecFields.Width, "columns", "wide", limits.MaxWidth, topology, errors);
        var height = ReadSide(spec.Height, SpecFields.Height, "rows", "high", limits.MaxHeight, topology, errors);
        return topology is { } t && width is { } w && height is { } h ? new BoardGeometry(w, h, t) : null;
    }

    private static Topology? ReadTopology(string? text, SpecErrors errors)
    {
        if (text is null) return Topology.Bounded;
        foreach (var topology in Enum.GetValues<Topology>())
            if (string.Equals(text, topology.ToString(), StringComparison.OrdinalIgnoreCase)) return topology;

        errors.Add(SpecFields.Topology, $"Unknown topology '{text}'; expected bounded, torus or unbounded.");
        return null;
    }

    private static int? ReadSide(int? value, string field, string unit, string extent, int max, Topology? topology, SpecErrors errors)
    {
        if (value is not { } side)
        {
            errors.Add(field, $"The {field} is required: the number of {unit}, from 1 to {max}.");
            return null;
        }

        if (side < 1 || side > max)
        {
            errors.Add(field, $"The {field} must be from 1 to {max} {unit}; it is {side}.");
            return null;
        }

        if (topology == Topology.Torus && side < BoardGeometry.MinimumTorusSize)
        {
            errors.Add(field, $"A torus must be at least {BoardGeometry.MinimumTorusSize} cells {extent}: on a smaller one a cell would be its own neighbour.");
            return null;
        }

        return side;
    }

    /// <summary>The spec's rule, else the one the pattern was designed for (HighLife's replicator), else Conway's.</summary>
    private static LifeRule? ReadRule(string? text, LifeRule? patternRule, SpecErrors errors)
    {
        if (text is null) return patternRule ?? LifeRule.Conway;
        if (LifeRule.TryParse(text, out var rule, out var error)) return rule;
        errors.Add(SpecFields.Rule, error);
        return null;
    }

    private static int ReadTick(int? value, SpecErrors errors)
    {
        if (value is not { } tick) return DefaultTickMilliseconds;
        if (tick is < 0 or > MaxTickMilliseconds)
            errors.Add(SpecFields.TickMilliseconds,
                $"The tick must be from 0 (as fast as the cells can go) to {MaxTickMilliseconds} milliseconds; it is {tick}.");
        return tick;
    }
}
