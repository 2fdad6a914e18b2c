using OrleansLife.Api.Tests.Support;

namespace OrleansLife.Api.Tests.OpenApi;

[Collection(SiloCollection.Name)]
public sealed class OpenApiDocumentTests(SiloFactory silo)
{
    private readonly HttpClient _client = silo.CreateClient();

    [Fact]
    public async Task Document_DescribesEveryRoute()
    {
        var document = await _client.GetFromJsonNodeAsync("/openapi/v1.json");

        document["paths"]!.AsObject().Select(path => path.Key).Order(StringComparer.Ordinal).ShouldBe(
        [
            "/api/boards",
            "/api/boards/{name}",
            "/api/boards/{name}/cells/{x}/{y}",
            "/api/boards/{name}/events",
            "/api/boards/{name}/pause",
            "/api/boards/{name}/resume",
            "/api/boards/{name}/step",
            "/api/boards/{name}/tiles",
            "/api/cluster",
            "/api/health",
            "/api/health/live",
            "/api/patterns",
            "/api/patterns/{name}",
            "/api/runtime",
        ]);
    }

    [Fact]
    public async Task Document_DescribesCreate_WithItsSpec_AndEveryAnswer()
    {
        var document = await _client.GetFromJsonNodeAsync("/openapi/v1.json");

        var create = document["paths"]!["/api/boards"]!["post"]!;
        create["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/BoardSpec");
        create["responses"]!.AsObject().Select(response => response.Key).ShouldBe(["201", "400", "409", "413", "415", "503"]);
        create["responses"]!["201"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/BoardResponse");
        create["responses"]!["409"]!["content"]!["application/problem+json"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Document_DescribesCells_AsPairsOfIntegers()
    {
        var document = await _client.GetFromJsonNodeAsync("/openapi/v1.json");

        var cells = document["components"]!["schemas"]!["BoardResponse"]!["properties"]!["cells"]!["items"]!;
        cells["type"]!.GetValue<string>().ShouldBe("array");
        cells["minItems"]!.GetValue<int>().ShouldBe(2);
        cells["maxItems"]!.GetValue<int>().ShouldBe(2);
        cells["items"]!["type"]!.GetValue<string>().ShouldBe("integer");
    }

    [Fact]
    public async Task Document_DescribesTheEventStream()
    {
        var document = await _client.GetFromJsonNodeAsync("/openapi/v1.json");

        var events = document["paths"]!["/api/boards/{name}/events"]!["get"]!["responses"]!;
        events["200"]!["content"]!["text/event-stream"].ShouldNotBeNull();
        events["404"]!["content"]!["application/problem+json"].ShouldNotBeNull();
    }
}
