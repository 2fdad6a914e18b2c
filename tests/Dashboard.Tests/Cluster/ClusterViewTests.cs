using System.Text.RegularExpressions;
using OrleansLife.Dashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OrleansLife.Dashboard.Tests.Cluster;

[Collection(DashboardCollection.Name)]
public sealed class ClusterViewTests(DashboardFixture silo)
{
    [Fact]
    public async Task ClusterView_ShowsTheSilo_ActivationsByGrainType_AndGrainMethods()
    {
        await silo.CreateBoardAsync(new { name = DashboardFixture.NewName("counted"), width = 5, height = 5, pattern = "blinker", paused = true });
        await using var dashboard = await silo.OpenAsync("#/cluster");
        var page = dashboard.Page;

        await Expect(page.Locator("td[data-column=status]")).ToHaveTextAsync("active");
        var activations = dashboard.ByTestId("activations");
        await Expect(activations.Locator("tr[data-key='board-directory'] td[data-column=activations]")).ToHaveTextAsync("1");
        await Expect(activations.Locator("tr[data-key='cell'] td[data-column=activations]")).ToHaveTextAsync(new Regex("^[1-9][0-9,]*$"));
        await Expect(dashboard.ByTestId("methods").Locator("tr[data-key='board.create']")).ToHaveCountAsync(1);
        await Expect(dashboard.ByTestId("kubernetes-status")).ToContainTextAsync("not connected");

        await dashboard.ScreenshotAsync("cluster-view");
        dashboard.Errors.ShouldBeEmpty();
    }
}
