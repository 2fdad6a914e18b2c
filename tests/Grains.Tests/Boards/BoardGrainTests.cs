using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Tests.Support;

namespace OrleansLife.Grains.Tests.Boards;

public sealed class BoardGrainTests(LifeSilo silo) : IClassFixture<LifeSilo>
{
    private static readonly Coordinate[] Glider = [new(1, 0), new(2, 1), new(0, 2), new(1, 2), new(2, 2)];

    [Fact]
    public async Task Glider_MovesOneCellDiagonally_EveryFourGenerations()
    {
        var board = await silo.CreatePausedAsync(Glider, 10, 10, Topology.Torus);

        var after = await board.StepAsync(4);

        after.Generation.ShouldBe(4);
        after.Population.ShouldBe(5);
        after.Cells.ShouldBe(Glider.Select(c => c.Offset(1, 1)).OrderBy(c => c, Coordinate.ReadingOrder));
    }
}
