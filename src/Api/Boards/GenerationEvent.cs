using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Api.Boards;

/// <summary>What changed when a board reached <see cref="Generation"/>, with births and deaths in reading order.</summary>
public sealed record GenerationEvent(string Board, long Generation, int Population, IReadOnlyList<Coordinate> Births, IReadOnlyList<Coordinate> Deaths)
{
    public static GenerationEvent From(GenerationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new GenerationEvent(record.Board, record.Generation, record.Population, Sorted(record.Births), Sorted(record.Deaths));
    }

    // Cells report in whatever order their messages arrive; sorted, the same generation always reads the same.
    private static Coordinate[] Sorted(IReadOnlyList<Coordinate> cells)
    {
        var sorted = cells.ToArray();
        Array.Sort(sorted, Coordinate.ReadingOrder);
        return sorted;
    }
}
