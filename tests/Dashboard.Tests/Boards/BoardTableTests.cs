using System.Net.Http.Json;
using Microsoft.Playwright;
using OrleansLife.Dashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OrleansLife.Dashboard.Tests.Boards;

[Collection(DashboardCollection.Name)]
public sealed class BoardTableTests(DashboardFixture silo)
{
    [Fact]
    public async Task List_ShowsEachBoardsProgress_AndFollowsIt_WithDashesForPodsUntilPodsExist()
    {
        var name = DashboardFixture.NewName("listed");
        await silo.CreateBoardAsync(new { name, width = 5, height = 5, pattern = "blinker", paused = true });
        await using var dashboard = await silo.OpenAsync();
        var row = dashboard.Page.Locator($"tr[data-key='{name}']");
        ILocator Cell(string column) => row.Locator($"td[data-column='{column}']");

        await Expect(Cell("name")).ToHaveTextAsync(name);
        await Expect(Cell("generation")).ToHaveTextAsync("0");
        await Expect(Cell("population")).ToHaveTextAsync("3");
        await Expect(Cell("state")).ToHaveTextAsync("paused");
        await Expect(Cell("pods-existing")).ToHaveTextAsync("—");
        await Expect(Cell("pods-running")).ToHaveTextAsync("—");

        using var stepped = await silo.Api.PostAsync($"/api/boards/{name}/step", JsonContent.Create(new { generations = 3 }));
        stepped.EnsureSuccessStatusCode();

        await Expect(Cell("generation")).ToHaveTextAsync("3");
        await Cell("name").Locator("a").ClickAsync();
        await Expect(dashboard.ByTestId("generation")).ToHaveTextAsync("3");
        dashboard.Errors.ShouldBeEmpty();
    }
}
