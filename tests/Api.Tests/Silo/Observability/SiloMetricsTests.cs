using System.Net;
using OrleansLife.Api.Tests.Support;

namespace OrleansLife.Api.Tests.Silo.Observability;

/// <summary><c>GET /metrics</c>: the silo's meters in Prometheus' text format.</summary>
[Collection(SiloCollection.Name)]
public sealed class SiloMetricsTests(SiloFactory silo)
{
    private readonly HttpClient _client = silo.CreateClient();

    [Fact]
    public async Task Metrics_AfterABlinkerSteppedFourGenerations_CountFourGenerations_EightBirths_AndEightDeaths()
    {
        var name = ApiClient.NewName("metrics-blinker");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""");
        using var stepped = await _client.StepAsync(name, """{"generations":4}""");
        (await stepped.ReadJsonAsync(HttpStatusCode.OK))["generation"]!.GetValue<long>().ShouldBe(4);

        using var response = await _client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        // A blinker turns a row of three into a column: two births and two deaths every generation.
        PrometheusText.Sample(text, "orleanslife_board_generations_total", ("board", name)).ShouldBe(4);
        PrometheusText.Sample(text, "orleanslife_board_births_total", ("board", name)).ShouldBe(8);
        PrometheusText.Sample(text, "orleanslife_board_deaths_total", ("board", name)).ShouldBe(8);
        PrometheusText.Sample(text, "orleanslife_operator_pods_desired", ("board", name)).ShouldBe(3);
    }

    [Fact]
    public async Task Metrics_PublishOrleans_AspNetCore_Runtime_Reconciler_AndKubernetesClientMeters()
    {
        // A request first, so that ASP.NET Core has one to count, and a board, so that the reconciler has pods to write.
        var name = ApiClient.NewName("metrics-block");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":4,"height":4,"pattern":"block","paused":true}""");

        var text = await _client.GetStringAsync("/metrics");

        var names = PrometheusText.Names(text);
        names.ShouldContain(metric => metric.StartsWith("orleans_", StringComparison.Ordinal), "Orleans' meter");
        names.ShouldContain("http_server_request_duration_seconds_count");
        names.ShouldContain("dotnet_gc_collections_total");
        names.ShouldContain("orleanslife_operator_queue_length");
        PrometheusText.Total(text, "orleanslife_kube_api_requests_total", ("verb", "create"), ("code", "201")).ShouldBeGreaterThan(0);
    }
}
