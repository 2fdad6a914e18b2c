using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OrleansLife.Dashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OrleansLife.Dashboard.Tests.Cluster;

[Collection(DashboardCollection.Name)]
public sealed class ClusterViewTests(DashboardFixture silo)
{
    /// <summary>Answers the page's <c>GET /api/cluster</c> with the silo's own answer, changed by <paramref name="change"/>.</summary>
    private static async Task RewriteClusterAsync(IPage page, Action<JsonNode> change) =>
        await page.RouteAsync(url => new Uri(url).AbsolutePath == "/api/cluster", async route =>
        {
            var response = await route.FetchAsync();
            var cluster = JsonNode.Parse(await response.TextAsync())!;
            change(cluster);
            await route.FulfillAsync(new() { Response = response, Body = cluster.ToJsonString() });
        });

    [Fact]
    public async Task ClusterView_ShowsTheSilo_ActivationsByGrainType_TheOrleansDashboard_AndKubernetesApiCalls()
    {
        await silo.CreateBoardAsync(new { name = DashboardFixture.NewName("counted"), width = 5, height = 5, pattern = "blinker", paused = true });
        await using var dashboard = await silo.OpenAsync("#/cluster");
        var page = dashboard.Page;

        await Expect(page.Locator("td[data-column=status]")).ToHaveTextAsync("active");
        await Expect(page.Locator("td[data-column=role]")).ToHaveTextAsync("leader");
        await Expect(dashboard.ByTestId("silo-count")).ToHaveTextAsync("1 silo in this Orleans cluster, as /api/cluster lists them.");
        var activations = dashboard.ByTestId("activations");
        await Expect(activations.Locator("tr[data-key='board'] td[data-column=activations]")).ToHaveTextAsync(new Regex("^[1-9][0-9,]*$"));
        await Expect(activations.Locator("tr[data-key='cell'] td[data-column=activations]")).ToHaveTextAsync(new Regex("^[1-9][0-9,]*$"));
        await Expect(dashboard.ByTestId("orleans-dashboard")).ToHaveAttributeAsync("href", "/orleans/");
        // Creating the board wrote its Board object and its pods through the Kubernetes API, within the last 100 samples.
        await Expect(dashboard.ByTestId("kubernetes-calls")).ToHaveTextAsync(new Regex("^[1-9][0-9,]*$"));
        await Expect(dashboard.ByTestId("kubernetes-throttled")).ToHaveTextAsync(new Regex("^[0-9][0-9,]*$"));
        await Expect(dashboard.ByTestId("kubernetes-watch-restarts")).ToHaveTextAsync(new Regex("^[0-9][0-9,]*$"));
        await Expect(dashboard.ByTestId("kubernetes-status")).ToBeEmptyAsync();

        await dashboard.ScreenshotAsync("cluster-view");
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task SiloTable_ListsEverySiloTheApiAnswersWith()
    {
        await using var dashboard = await silo.OpenAsync("#/");
        var page = dashboard.Page;
        await RewriteClusterAsync(page, cluster =>
        {
            var silos = cluster["silos"]!.AsArray();
            var started = silos[0]!["startedAt"]!.GetValue<string>();
            silos.Add(new JsonObject
            {
                ["address"] = "10.0.0.2:11111@1", ["name"] = "silo-b", ["status"] = "active", ["startedAt"] = started, ["uptimeSeconds"] = 3725.0,
                ["activations"] = 1234, ["role"] = "standby", ["leader"] = "silo-a",
            });
            silos.Add(new JsonObject
            {
                ["address"] = "10.0.0.3:11111@1", ["name"] = "silo-c", ["status"] = "joining", ["startedAt"] = started, ["uptimeSeconds"] = 12.0,
                ["activations"] = 0,
            });
        });

        await page.GotoAsync(new Uri(silo.BaseAddress, "/#/cluster").ToString());

        var rows = page.GetByRole(AriaRole.Table, new() { Name = "Silos" }).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(dashboard.ByTestId("silo-count")).ToHaveTextAsync("3 silos in this Orleans cluster, as /api/cluster lists them.");
        var second = page.Locator("tr[data-key='10.0.0.2:11111@1']");
        await Expect(second.Locator("td[data-column=status]")).ToHaveTextAsync("active");
        await Expect(second.Locator("td[data-column=uptime]")).ToHaveTextAsync("1h 2m");
        await Expect(second.Locator("td[data-column=role]")).ToHaveTextAsync("standby (silo-a leads)");
        await Expect(second.Locator("td[data-column=activations]")).ToHaveTextAsync("1,234");
        var third = page.Locator("tr[data-key='10.0.0.3:11111@1']");
        await Expect(third.Locator("td[data-column=status]")).ToHaveTextAsync("joining");
        await Expect(third.Locator("td[data-column=uptime]")).ToHaveTextAsync("12s");
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task KubernetesSection_SaysNotConnected_OnlyWhenTheSamplesHaveNoKubernetes()
    {
        await using var dashboard = await silo.OpenAsync("#/");
        var page = dashboard.Page;
        // What a silo without Kubernetes answers.
        await RewriteClusterAsync(page, cluster =>
        {
            cluster["kubernetesConnected"] = false;
            foreach (var sample in cluster["samples"]!.AsArray()) sample!["kubernetes"] = null;
        });

        await page.GotoAsync(new Uri(silo.BaseAddress, "/#/cluster").ToString());

        await Expect(dashboard.ByTestId("kubernetes-status")).ToHaveTextAsync("not connected: this silo runs without Kubernetes, so its cells have no pods.");
        await Expect(dashboard.ByTestId("kubernetes-calls")).ToBeHiddenAsync();
        dashboard.Errors.ShouldBeEmpty();
    }
}
