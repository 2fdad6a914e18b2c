using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OrleansLife.Dashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OrleansLife.Dashboard.Tests.Boards;

public sealed partial class BoardViewTests
{
    /// <summary>The first colour of the silo palette, #0072b2.</summary>
    private static readonly int[] FirstSiloColour = [0, 114, 178];

    [Fact]
    public async Task Silos_ColoursEveryCellByTheSiloHostingItsTile_AndNamesTheSiloInALegend()
    {
        var name = DashboardFixture.NewName("silos");
        // A blinker in each of two tiles, 64 cells apart.
        await silo.CreateBoardAsync(new
        {
            name, width = 128, height = 16, paused = true,
            cells = new[] { new[] { 10, 5 }, [11, 5], [12, 5], [100, 5], [101, 5], [102, 5] },
        });
        var runtime = JsonNode.Parse(await silo.Api.GetStringAsync("/api/runtime"))!;
        var siloName = runtime["silos"]![0]!["name"]!.GetValue<string>();
        await using var dashboard = await silo.OpenAsync($"#/boards/{name}");
        await dashboard.ShouldDrawLiveCellsAsync(6);

        await dashboard.Page.GetByRole(AriaRole.Button, new() { Name = "Silos" }).ClickAsync();

        await Expect(dashboard.ByTestId("silo-legend")).ToHaveTextAsync(siloName);
        await dashboard.ShouldDrawCellsInColourAsync(6, FirstSiloColour);
        await dashboard.ShouldDrawLiveCellsAsync(0);
        await dashboard.Page.GetByRole(AriaRole.Button, new() { Name = "Silos" }).ClickAsync();
        await dashboard.ShouldDrawLiveCellsAsync(6);
        await Expect(dashboard.ByTestId("silo-legend")).ToBeHiddenAsync();
        dashboard.Errors.ShouldBeEmpty();
    }
}
