using System.Text.RegularExpressions;
using OrleansLife.Dashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OrleansLife.Dashboard.Tests.Boards;

[Collection(DashboardCollection.Name)]
public sealed partial class BoardViewTests(DashboardFixture silo)
{
    [Fact]
    public async Task Glider_CreatedThroughTheForm_IsDrawnCellForCell_AndStepAdvancesTheGeneration()
    {
        var name = DashboardFixture.NewName("glider");
        await using var dashboard = await silo.OpenAsync();
        var page = dashboard.Page;
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Width", new() { Exact = true }).FillAsync("16");
        await page.GetByLabel("Height", new() { Exact = true }).FillAsync("16");
        await page.GetByLabel("Library pattern").SelectOptionAsync("glider");
        await page.GetByLabel("Start paused").CheckAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Create board" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"#/boards/{name}$"));
        await Expect(dashboard.ByTestId("generation")).ToHaveTextAsync("0");
        var created = await silo.GetBoardAsync(name);
        created["population"]!.GetValue<int>().ShouldBe(5);
        await dashboard.ShouldDrawLiveCellsAsync(5);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Step", Exact = true }).ClickAsync();

        await Expect(dashboard.ByTestId("generation")).ToHaveTextAsync("1");
        var stepped = await silo.GetBoardAsync(name);
        stepped["generation"]!.GetValue<long>().ShouldBe(1);
        await Expect(dashboard.ByTestId("population")).ToHaveTextAsync(stepped["population"]!.ToString());
        await Expect(dashboard.ByTestId("births")).ToHaveTextAsync(stepped["lastBirths"]!.ToString());
        await Expect(dashboard.ByTestId("deaths")).ToHaveTextAsync(stepped["lastDeaths"]!.ToString());
        await dashboard.ShouldDrawLiveCellsAsync(stepped["population"]!.GetValue<int>());
        await dashboard.ScreenshotAsync("board-view");
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task ClickingALiveCell_ShowsItsCoordinates_AndThePodThatRunsIt()
    {
        var name = DashboardFixture.NewName("clicked");
        await silo.CreateBoardAsync(new { name, width = 5, height = 5, pattern = "blinker", paused = true });
        await using var dashboard = await silo.OpenAsync($"#/boards/{name}");
        await dashboard.ShouldDrawLiveCellsAsync(3);

        // The blinker lies across the middle row, (1, 2) to (3, 2); the leftmost green square is (1, 2).
        var leftmost = (await dashboard.LiveCellBoxesAsync()).MinBy(box => box.Left)!;
        await dashboard.Page.Mouse.ClickAsync((float)leftmost.CenterX, (float)leftmost.CenterY);

        await Expect(dashboard.ByTestId("cell-coordinates")).ToHaveTextAsync("(1, 2)");
        await Expect(dashboard.ByTestId("pod-name")).ToHaveTextAsync($"{name}-1-2");
        await Expect(dashboard.ByTestId("pod-phase")).ToHaveTextAsync("—");
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task PauseAndResume_ChangeTheBoardsState()
    {
        var name = DashboardFixture.NewName("paced");
        await silo.CreateBoardAsync(new { name, width = 5, height = 5, pattern = "blinker", tickMilliseconds = 60_000 });
        await using var dashboard = await silo.OpenAsync($"#/boards/{name}");
        var page = dashboard.Page;
        await Expect(dashboard.ByTestId("board-state")).ToHaveTextAsync("running");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await Expect(dashboard.ByTestId("board-state")).ToHaveTextAsync("paused");
        (await silo.GetBoardAsync(name))["state"]!.GetValue<string>().ShouldBe("paused");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await Expect(dashboard.ByTestId("board-state")).ToHaveTextAsync("running");
        (await silo.GetBoardAsync(name))["state"]!.GetValue<string>().ShouldBe("running");
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Delete_AfterConfirming_RemovesTheBoard_AndReturnsToTheList()
    {
        var name = DashboardFixture.NewName("deleted");
        await silo.CreateBoardAsync(new { name, width = 5, height = 5, pattern = "blinker", paused = true });
        await using var dashboard = await silo.OpenAsync($"#/boards/{name}");
        var page = dashboard.Page;
        await Expect(dashboard.ByTestId("generation")).ToHaveTextAsync("0");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        (await silo.BoardNamesAsync()).ShouldContain(name);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Really delete?" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("#/$"));
        (await silo.BoardNamesAsync()).ShouldNotContain(name);
        dashboard.Errors.ShouldBeEmpty();
    }
}
