using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OrleansLife.Dashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OrleansLife.Dashboard.Tests.Boards;

[Collection(DashboardCollection.Name)]
public sealed class BoardTableTests(DashboardFixture silo)
{
    private static ILocator Row(DashboardPage dashboard, string name) => dashboard.Page.Locator($"tr[data-key='{name}']");

    private static ILocator Cell(ILocator row, string column) => row.Locator($"td[data-column='{column}']");

    [Fact]
    public async Task List_ShowsEachBoardsProgress_AndPods_AndFollowsThem()
    {
        var name = DashboardFixture.NewName("listed");
        var created = await silo.CreateBoardAsync(new { name, width = 5, height = 5, pattern = "blinker", paused = true });
        var population = created["population"]!.GetValue<int>().ToString();
        await using var dashboard = await silo.OpenAsync();
        var row = Row(dashboard, name);

        await Expect(Cell(row, "name")).ToHaveTextAsync(name);
        await Expect(Cell(row, "generation")).ToHaveTextAsync("0");
        await Expect(Cell(row, "population")).ToHaveTextAsync("3");
        await Expect(Cell(row, "state")).ToHaveTextAsync("paused");
        // Each live cell is a pod: once the reconciler has caught up (and the emulator started them), as many as cells.
        await Expect(Cell(row, "pods-existing")).ToHaveTextAsync(population);
        await Expect(Cell(row, "pods-running")).ToHaveTextAsync(population);

        using var stepped = await silo.Api.PostAsync($"/api/boards/{name}/step", JsonContent.Create(new { generations = 3 }));
        stepped.EnsureSuccessStatusCode();

        await Expect(Cell(row, "generation")).ToHaveTextAsync("3");
        await Cell(row, "name").Locator("a").ClickAsync();
        await Expect(dashboard.ByTestId("generation")).ToHaveTextAsync("3");
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task List_ShowsDashesForPods_WhenTheSiloRunsWithoutKubernetes()
    {
        var name = DashboardFixture.NewName("podless");
        await silo.CreateBoardAsync(new { name, width = 5, height = 5, pattern = "blinker", paused = true });
        await using var dashboard = await silo.OpenAsync("#/cluster");
        // What a silo without Kubernetes answers: boards whose pods are null.
        await dashboard.Page.RouteAsync(url => url.EndsWith("/api/boards?cells=false", StringComparison.Ordinal), async route =>
        {
            var response = await route.FetchAsync();
            var boards = JsonNode.Parse(await response.TextAsync())!.AsArray();
            foreach (var board in boards) board!["pods"] = null;
            await route.FulfillAsync(new() { Response = response, Body = boards.ToJsonString() });
        });

        await dashboard.Page.GotoAsync(new Uri(silo.BaseAddress, "/#/").ToString());

        var row = Row(dashboard, name);
        await Expect(Cell(row, "population")).ToHaveTextAsync("3");
        await Expect(Cell(row, "pods-existing")).ToHaveTextAsync("—");
        await Expect(Cell(row, "pods-running")).ToHaveTextAsync("—");
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task BoardPausedAtItsPodCap_SaysWhyInTheList()
    {
        var name = DashboardFixture.NewName("capped");
        // An L of three cells becomes a block of four in one generation: one more than the board's cap of three pods.
        await silo.CreateBoardAsync(new { name, width = 5, height = 5, cells = new[] { new[] { 1, 1 }, [2, 1], [1, 2] }, maxPods = 3, tickMilliseconds = 50 });
        await using var dashboard = await silo.OpenAsync();
        var state = Cell(Row(dashboard, name), "state");

        await Expect(state.Locator(".note")).ToHaveTextAsync("Generation 1 has 4 live cells, more than the board's maxPods of 3; the board is paused.");
        await Expect(state.Locator("span").First).ToHaveTextAsync("paused");
        (await silo.GetBoardAsync(name))["state"]!.GetValue<string>().ShouldBe("paused");
        dashboard.Errors.ShouldBeEmpty();
    }
}
