using System.Text.Json.Nodes;
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
        await Expect(dashboard.ByTestId("pods-running")).ToHaveTextAsync(stepped["population"]!.ToString());
        await dashboard.ScreenshotAsync("board-view");
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task ClickingALiveCell_ShowsItsCoordinates_AndThePodThatRunsIt_UntilItIsRunning()
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
        await Expect(dashboard.ByTestId("pod-phase")).ToHaveTextAsync(new Regex("^(not created yet|Pending|Running)$"));
        // The board is paused: no generation comes, yet the emulator's pod goes from Pending to Running and the panel follows.
        await Expect(dashboard.ByTestId("pod-phase")).ToHaveTextAsync("Running");
        var cell = JsonNode.Parse(await silo.Api.GetStringAsync($"/api/boards/{name}/cells/1/2"))!;
        cell["pod"]!["name"]!.GetValue<string>().ShouldBe($"{name}-1-2");
        cell["pod"]!["phase"]!.GetValue<string>().ShouldBe("Running");
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task PodsPanel_ShowsTheApisPodFigures_AndFollowsThemThroughAStep()
    {
        var name = DashboardFixture.NewName("podded");
        await silo.CreateBoardAsync(new { name, width = 5, height = 5, pattern = "blinker", paused = true });
        await using var dashboard = await silo.OpenAsync($"#/boards/{name}");
        var page = dashboard.Page;

        // A paused board's pods settle on one per live cell, all Running, none behind.
        await ShouldShowSettledPodsAsync(dashboard, name, population: 3, generation: 0);

        // A blinker's step kills two cells and births two: their pods go, the new ones come and start.
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Step", Exact = true }).ClickAsync();
        await Expect(dashboard.ByTestId("generation")).ToHaveTextAsync("1");
        await ShouldShowSettledPodsAsync(dashboard, name, population: 3, generation: 1);
        await Expect(dashboard.ByTestId("pods-pacing")).ToHaveTextAsync("Pacing: follow (the pods chase the generations).");
        dashboard.Errors.ShouldBeEmpty();
    }

    private async Task ShouldShowSettledPodsAsync(DashboardPage dashboard, string name, int population, long generation)
    {
        await Expect(dashboard.ByTestId("pods-detail")).ToHaveTextAsync($"0 terminating; the pods show generation {generation}.");
        await Expect(dashboard.ByTestId("pods-running")).ToHaveTextAsync(population.ToString());
        var pods = (await silo.GetBoardAsync(name))["pods"]!;
        pods["running"]!.GetValue<int>().ShouldBe(population);
        pods["shownGeneration"]!.GetValue<long>().ShouldBe(generation);
        await Expect(dashboard.ByTestId("pods-desired")).ToHaveTextAsync(pods["desired"]!.ToString());
        await Expect(dashboard.ByTestId("pods-existing")).ToHaveTextAsync(pods["existing"]!.ToString());
        await Expect(dashboard.ByTestId("pods-lag")).ToHaveTextAsync(pods["lagGenerations"]!.ToString());
        await Expect(dashboard.ByTestId("pods-problem")).ToBeEmptyAsync();
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
