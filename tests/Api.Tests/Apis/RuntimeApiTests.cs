using OrleansLife.Api.Tests.Support;

namespace OrleansLife.Api.Tests.Apis;

[Collection(SiloCollection.Name)]
public sealed class RuntimeApiTests(SiloFactory silo)
{
    private readonly HttpClient _client = silo.CreateClient();

    [Fact]
    public async Task Get_CountsTheActivationsOfABoardAndItsCells()
    {
        var name = ApiClient.NewName("counted");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""");

        var runtime = await _client.GetFromJsonNodeAsync("/api/runtime");

        var silo = runtime["silos"]!.AsArray().ShouldHaveSingleItem()!;
        silo["address"]!.GetValue<string>().ShouldStartWith("S127.0.0.1:");
        silo["status"]!.GetValue<string>().ShouldBe("active");
        silo["role"]!.GetValue<string>().ShouldBe("leader");
        runtime["activationsByType"]!["board"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(1);
        // The blinker's three live cells and their twelve neighbours, of this board alone; other tests' boards add theirs.
        runtime["activationsByType"]!["cell"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(15);
        runtime["activations"]!.GetValue<long>().ShouldBe(runtime["activationsByType"]!.AsObject().Sum(type => type.Value!.GetValue<long>()));
    }
}
