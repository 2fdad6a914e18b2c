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

        runtime["silo"]!.GetValue<string>().ShouldStartWith("local@");
        runtime["startedAt"]!.GetValue<string>().ShouldBe(SiloFactory.NowJson);
        runtime["activationsByType"]!["board"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(1);
        runtime["activationsByType"]!["board-directory"]!.GetValue<long>().ShouldBe(1);
        runtime["activationsByType"]!["cell"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(3);
        runtime["callsByMethod"]!.AsArray().Select(call => call!["method"]!.GetValue<string>()).ShouldContain("board.create");
    }
}
