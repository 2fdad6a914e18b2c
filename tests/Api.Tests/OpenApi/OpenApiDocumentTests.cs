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
        create["responses"]!.AsObject().Select(response => response.Key).ShouldBe(["201", "400", "401", "403", "409", "413", "415", "503"]);
        create["responses"]!["201"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/BoardResponse");
        create["responses"]!["409"]!["content"]!["application/problem+json"].ShouldNotBeNull();
        create["responses"]!["403"]!["content"]!["application/problem+json"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Document_SaysEveryChangeMayBe401Or403_AndNoReadIs()
    {
        var document = await _client.GetFromJsonNodeAsync("/openapi/v1.json");
        var paths = document["paths"]!.AsObject();

        var guarded = paths.SelectMany(path => path.Value!.AsObject().Select(operation => (Operation: $"{operation.Key} {path.Key}", Node: operation.Value!)))
            .Where(operation => operation.Node["responses"]!["401"] is not null && operation.Node["responses"]!["403"] is not null)
            .Select(operation => operation.Operation).Order(StringComparer.Ordinal);

        guarded.ShouldBe(
        [
            "delete /api/boards/{name}",
            "post /api/boards",
            "post /api/boards/{name}/pause",
            "post /api/boards/{name}/resume",
            "post /api/boards/{name}/step",
        ]);
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
