using OrleansLife.Dashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OrleansLife.Dashboard.Tests.Boards;

public sealed partial class BoardViewTests
{
    [Fact]
    public async Task Board1024x1024_FitsTheCanvas_AndZoomingInDrawsOnlyTheCellsInView()
    {
        var name = DashboardFixture.NewName("large");
        // Sparse enough to stay under the fixture's cap of 500 pods per board: every live cell is a pod.
        var board = await silo.CreateBoardAsync(new { name, width = 1024, height = 1024, random = new { density = 0.0004, seed = 7 }, paused = true });
        var population = board["population"]!.GetValue<int>();
        await using var dashboard = await silo.OpenAsync($"#/boards/{name}");
        var canvas = dashboard.ByTestId("board-canvas");

        // Fitted, the whole board is in view at less than a pixel per cell: every live cell is drawn.
        await Expect(canvas).ToHaveAttributeAsync("data-drawn-cells", population.ToString());
        var fitted = double.Parse((await canvas.GetAttributeAsync("data-scale"))!);
        fitted.ShouldBeLessThan(1);

        var zoomIn = dashboard.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Zoom in" });
        for (var i = 0; i < 5; i++) await zoomIn.ClickAsync();
        await dashboard.Page.WaitForFunctionAsync("([selector, scale]) => Number(document.querySelector(selector).dataset.scale) >= scale",
            new object[] { "[data-testid=board-canvas]", fitted * 7.5 });

        // Zoomed in 1.5⁵ times, about a fiftieth of the board is in view, and so (the soup being even) far fewer of its cells.
        var (reported, counted) = await dashboard.DrawnCellsAsync();
        reported.ShouldBeLessThan(population / 10);
        reported.ShouldBeGreaterThan(0);
        counted.ShouldBe(reported);
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task GliderOnTheUnboundedPlane_StaysInView_AsItTravels()
    {
        var name = DashboardFixture.NewName("travelling");
        await silo.CreateBoardAsync(new { name, width = 8, height = 8, topology = "unbounded", pattern = "glider", paused = true });
        await using var dashboard = await silo.OpenAsync($"#/boards/{name}");
        var page = dashboard.Page;
        await dashboard.ShouldDrawLiveCellsAsync(5);

        // 200 generations move a glider 50 cells diagonally, far out of the frame it started in.
        await page.GetByLabel("Generations to step").FillAsync("200");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Step", Exact = true }).ClickAsync();

        await Expect(dashboard.ByTestId("generation")).ToHaveTextAsync("200");
        await dashboard.ShouldDrawLiveCellsAsync(5);
        dashboard.Errors.ShouldBeEmpty();
    }
}
