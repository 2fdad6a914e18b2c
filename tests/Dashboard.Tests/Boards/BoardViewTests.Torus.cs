using OrleansLife.Dashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OrleansLife.Dashboard.Tests.Boards;

public sealed partial class BoardViewTests
{
    // A vertical blinker on the left edge, (0, 4) to (0, 6): on a torus its cells neighbour the right edge's.
    private static readonly int[][] LeftEdgeBlinker = [[0, 4], [0, 5], [0, 6]];

    [Fact]
    public async Task Torus_DrawsFaintCopiesOfTheCellsAcrossEachEdge_AndClickingOnePicksTheCellItCopies()
    {
        var name = DashboardFixture.NewName("wrapped");
        await silo.CreateBoardAsync(new { name, width = 10, height = 10, topology = "torus", cells = LeftEdgeBlinker, paused = true });
        await using var dashboard = await silo.OpenAsync($"#/boards/{name}");
        await dashboard.ShouldDrawLiveCellsAsync(3);

        // The band past the right edge shows column 0 again; the band past the left edge shows columns 8 and 9, empty.
        var live = await dashboard.LiveCellBoxesAsync();
        var copies = await dashboard.WrappedCellBoxesAsync();
        copies.Length.ShouldBe(3);
        foreach (var copy in copies) copy.Left.ShouldBeGreaterThan(live.Max(box => box.Left) + 9 * live[0].Width);
        copies.Select(box => box.Top).Order().ToArray().ShouldBe([.. live.Select(box => box.Top).Order()], tolerance: 1);

        var middle = copies.OrderBy(box => box.Top).ElementAt(1);
        await dashboard.Page.Mouse.ClickAsync((float)middle.CenterX, (float)middle.CenterY);

        await Expect(dashboard.ByTestId("cell-coordinates")).ToHaveTextAsync("(0, 5)");
        await Expect(dashboard.ByTestId("pod-name")).ToHaveTextAsync($"{name}-0-5");
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task BoundedBoard_DrawsNothingPastItsEdges()
    {
        var name = DashboardFixture.NewName("edged");
        await silo.CreateBoardAsync(new { name, width = 10, height = 10, cells = LeftEdgeBlinker, paused = true });
        await using var dashboard = await silo.OpenAsync($"#/boards/{name}");

        await dashboard.ShouldDrawLiveCellsAsync(3);

        (await dashboard.WrappedCellBoxesAsync()).ShouldBeEmpty();
        dashboard.Errors.ShouldBeEmpty();
    }
}
