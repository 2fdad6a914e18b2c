using OrleansLife.Grains.Rules;
using OrleansLife.Operator.Boards.Objects;
using ApiSpec = OrleansLife.Grains.Boards.Specs.BoardSpec;
using ApiRandom = OrleansLife.Grains.Boards.Specs.RandomFillSpec;

namespace OrleansLife.Operator.Boards;

/// <summary>
/// The Board object's spec is the API's create request without the name, field for field: these convert one into the
/// other, so that a board applied with kubectl and one posted to the API are validated by the same code.
/// </summary>
public static class BoardSpecMapping
{
    /// <summary>The create request the Board object stands for.</summary>
    public static ApiSpec ToApiSpec(Board board)
    {
        ArgumentNullException.ThrowIfNull(board);
        var spec = board.Spec ?? new BoardSpec();
        return new ApiSpec
        {
            Name = board.Metadata.Name,
            Width = spec.Width,
            Height = spec.Height,
            Topology = spec.Topology,
            Rule = spec.Rule,
            Pattern = spec.Pattern,
            Rle = spec.Rle,
            Text = spec.Text,
            Cells = spec.Cells?.Select(cell => new[] { cell.X, cell.Y }).ToArray(),
            Random = spec.Random is { } random ? new ApiRandom { Density = random.Density, Seed = random.Seed } : null,
            TickMilliseconds = spec.TickMilliseconds,
            MaxGenerations = spec.MaxGenerations,
            OffsetX = spec.OffsetX,
            OffsetY = spec.OffsetY,
            Paused = spec.Paused,
            Pacing = spec.Pacing,
            WaitForRunning = spec.WaitForRunning,
            PodTimeoutMilliseconds = spec.PodTimeoutMilliseconds,
            MaxPods = spec.MaxPods,
        };
    }

    /// <summary>A new Board object for a create request, in <paramref name="namespace"/>.</summary>
    public static Board ToBoard(ApiSpec spec, string @namespace)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var board = new Board
        {
            Spec = new BoardSpec
            {
                Width = spec.Width,
                Height = spec.Height,
                // The object holds the canonical lower-case spelling its schema lists; the API accepts any case.
                Topology = spec.Topology?.ToLowerInvariant(),
                // The canonical B/S form, which the object's schema checks; the API also reads S/B and spaces.
                Rule = spec.Rule is { } rule && LifeRule.TryParse(rule, out var parsed, out _) ? parsed.ToString() : spec.Rule,
                Pattern = spec.Pattern,
                Rle = spec.Rle,
                Text = spec.Text,
                Cells = spec.Cells?.Select(cell => new BoardCell(cell[0], cell[1])).ToList(),
                Random = spec.Random is { } random ? new BoardRandom { Density = random.Density, Seed = random.Seed } : null,
                TickMilliseconds = spec.TickMilliseconds,
                MaxGenerations = spec.MaxGenerations,
                OffsetX = spec.OffsetX,
                OffsetY = spec.OffsetY,
                Paused = spec.Paused,
                Pacing = spec.Pacing?.ToLowerInvariant(),
                WaitForRunning = spec.WaitForRunning,
                PodTimeoutMilliseconds = spec.PodTimeoutMilliseconds,
                MaxPods = spec.MaxPods,
            },
        };
        board.Metadata.Name = spec.Name;
        board.Metadata.NamespaceProperty = @namespace;
        return board;
    }
}
