using OrleansLife.Dashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OrleansLife.Dashboard.Tests.Boards;

public sealed partial class BoardViewTests
{
    [Fact]
    public async Task Wheel_ZoomsAroundTheCellUnderThePointer_AndDragPansWithoutPicking()
    {
        var name = DashboardFixture.NewName("navigated");
        await silo.CreateBoardAsync(new { name, width = 9, height = 9, pattern = "blinker", paused = true });
        await using var dashboard = await silo.OpenAsync($"#/boards/{name}");
        var mouse = dashboard.Page.Mouse;
        await dashboard.ShouldDrawLiveCellsAsync(3);
        // The blinker lies across the middle row, (3, 4) to (5, 4).
        var before = (await dashboard.LiveCellBoxesAsync()).MinBy(box => box.Left)!;

        await mouse.MoveAsync((float)before.CenterX, (float)before.CenterY);
        await mouse.WheelAsync(0, 300);
        await mouse.ClickAsync((float)before.CenterX, (float)before.CenterY);

        await Expect(dashboard.ByTestId("cell-coordinates")).ToHaveTextAsync("(3, 4)");
        var zoomed = (await dashboard.LiveCellBoxesAsync()).MinBy(box => box.Left)!;
        zoomed.Width.ShouldBeLessThan(before.Width);

        await mouse.MoveAsync((float)zoomed.CenterX, (float)zoomed.CenterY);
        await mouse.DownAsync();
        await mouse.MoveAsync((float)zoomed.CenterX + 100, (float)zoomed.CenterY + 40, new() { Steps = 5 });
        await mouse.UpAsync();

        await dashboard.Page.WaitForFunctionAsync(CanvasScripts.LeftmostCellAt,
            new object[] { "[data-testid=board-canvas]", zoomed.Left + 100, zoomed.Top + 40 }, new() { Timeout = 10_000, PollingInterval = 100 });
        var panned = (await dashboard.LiveCellBoxesAsync()).MinBy(box => box.Left)!;
        panned.Left.ShouldBe(zoomed.Left + 100, tolerance: 1);
        panned.Top.ShouldBe(zoomed.Top + 40, tolerance: 1);
        await Expect(dashboard.ByTestId("cell-coordinates")).ToHaveTextAsync("(3, 4)");
        dashboard.Errors.ShouldBeEmpty();
    }
}
