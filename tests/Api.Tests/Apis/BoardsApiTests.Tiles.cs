using System.Net;
using System.Text.Json.Nodes;
using OrleansLife.Api.Tests.Support;

namespace OrleansLife.Api.Tests.Apis;

public sealed partial class BoardsApiTests
{
    [Fact]
    public async Task Tiles_NameTheSiloOfEveryTileWithLiveCells_InRowOrder()
    {
        var name = ApiClient.NewName("tiles");
        // Blinkers in three of the four tiles of a 128×128 board: (0, 0), (1, 0) and (1, 1).
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":128,"height":128,"paused":true,"cells":[[10,5],[11,5],[12,5],[100,5],[101,5],[102,5],[100,70],[101,70],[102,70]]}""");
        var siloName = (await _client.GetFromJsonNodeAsync("/api/runtime"))["silos"]![0]!["name"]!.GetValue<string>();

        using var response = await _client.GetAsync($"/api/boards/{name}/tiles");

        var tiles = await response.ReadJsonAsync(HttpStatusCode.OK);
        tiles.ToJsonString().ShouldBe(
            $$"""{"generation":0,"tileSize":64,"tiles":[{"x":0,"y":0,"silo":"{{siloName}}"},{"x":1,"y":0,"silo":"{{siloName}}"},{"x":1,"y":1,"silo":"{{siloName}}"}]}""");
    }

    [Fact]
    public async Task Tiles_OfABoardThatDoesNotExist_AreA404()
    {
        using var response = await _client.GetAsync("/api/boards/nowhere-to-be-seen/tiles");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
