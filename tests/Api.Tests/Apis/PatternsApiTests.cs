using System.Net;
using OrleansLife.Api.Tests.Support;

namespace OrleansLife.Api.Tests.Apis;

[Collection(SiloCollection.Name)]
public sealed class PatternsApiTests(SiloFactory silo)
{
    private readonly HttpClient _client = silo.CreateClient();

    [Fact]
    public async Task List_HasTheClassicPatterns_ByName()
    {
        var patterns = (await _client.GetFromJsonNodeAsync("/api/patterns")).AsArray();

        var names = patterns.Select(pattern => pattern!["name"]!.GetValue<string>()).ToList();
        names.ShouldBe(names.Order(StringComparer.Ordinal).ToList());
        string[] required = ["acorn", "beacon", "blinker", "block", "diehard", "glider", "gosper-glider-gun", "lwss", "pentadecathlon", "pulsar", "r-pentomino"];
        required.ShouldBeSubsetOf(names);
        patterns.Single(pattern => pattern!["name"]!.GetValue<string>() == "glider")!.Text().ShouldBe(
            """{"name":"glider","title":"Glider","description":"The smallest spaceship: moves one cell diagonally every 4 generations.","width":3,"height":3,"population":5,"rule":"B3/S23"}""");
    }

    [Fact]
    public async Task Get_AnswersWithTheCellsAndTheRle()
    {
        var body = await _client.GetStringAsync("/api/patterns/glider");

        body.ShouldBe(
            """{"name":"glider","title":"Glider","description":"The smallest spaceship: moves one cell diagonally every 4 generations.","author":"Richard K. Guy","width":3,"height":3,"population":5,"rule":"B3/S23","cells":[[1,0],[2,1],[0,2],[1,2],[2,2]],"rle":"#N Glider\n#O Richard K. Guy\n#C The smallest spaceship: moves one cell diagonally every 4 generations.\nx = 3, y = 3, rule = B3/S23\nbo$2bo$3o!\n"}""");
    }

    [Fact]
    public async Task Get_ByDisplayName_AnswersWithTheLibraryName()
    {
        var pattern = await _client.GetFromJsonNodeAsync("/api/patterns/Gosper%20glider%20gun");

        pattern["name"]!.GetValue<string>().ShouldBe("gosper-glider-gun");
        pattern["population"]!.GetValue<int>().ShouldBe(36);
    }

    [Fact]
    public async Task Get_AnUnknownPattern_IsNotFound()
    {
        using var response = await _client.GetAsync("/api/patterns/gliderr");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem["detail"]!.GetValue<string>().ShouldStartWith("The library has no pattern named 'gliderr'; it has acorn, beacon, ");
    }
}
