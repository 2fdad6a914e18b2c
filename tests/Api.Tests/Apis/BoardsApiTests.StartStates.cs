using OrleansLife.Api.Tests.Support;
using OrleansLife.Grains.Patterns;

namespace OrleansLife.Api.Tests.Apis;

public sealed partial class BoardsApiTests
{
    [Fact]
    public async Task Create_WithDefaults_IsABoundedConwayBoard_RunningEveryHalfSecond()
    {
        var name = ApiClient.NewName("defaults");

        var board = await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker"}""");
        using var deleted = await _client.DeleteAsync($"/api/boards/{name}");

        board["topology"]!.GetValue<string>().ShouldBe("bounded");
        board["rule"]!.GetValue<string>().ShouldBe("B3/S23");
        board["state"]!.GetValue<string>().ShouldBe("running");
        board["tickMilliseconds"]!.GetValue<int>().ShouldBe(500);
        board["maxGenerations"].ShouldBeNull();
    }

    [Fact]
    public async Task Create_WithRle_PlacesItsCells_AndTakesItsRule_WhenNoRuleIsGiven()
    {
        var name = ApiClient.NewName("rle");

        var board = await _client.CreateOkAsync(
            $$"""{"name":"{{name}}","width":7,"height":7,"rle":"x = 3, y = 2, rule = B36/S23\nobo$b2o!","paused":true,"maxGenerations":9}""");

        board["rule"]!.GetValue<string>().ShouldBe("B36/S23");
        board["maxGenerations"]!.GetValue<long>().ShouldBe(9);
        board["cells"]!.Text().ShouldBe("[[2,2],[4,2],[3,3],[4,3]]");
    }

    [Fact]
    public async Task Create_WithRleAndRule_RunsTheGivenRule()
    {
        var name = ApiClient.NewName("rle");

        var board = await _client.CreateOkAsync(
            $$"""{"name":"{{name}}","width":7,"height":7,"rle":"x = 3, y = 1, rule = B36/S23\n3o!","rule":"b3/s23","paused":true}""");

        board["rule"]!.GetValue<string>().ShouldBe("B3/S23");
    }

    [Fact]
    public async Task Create_WithText_DrawsItWithTheBitmapFont_Centred()
    {
        var name = ApiClient.NewName("text");
        var hi = TextPattern.Render("Hi");

        var board = await _client.CreateOkAsync($$"""{"name":"{{name}}","width":40,"height":20,"text":"Hi","paused":true}""");

        board["population"]!.GetValue<int>().ShouldBe(hi.Population);
        var expected = hi.CenteredOn(40, 20).Select(cell => $"[{cell.X},{cell.Y}]");
        board["cells"]!.Text().ShouldBe($"[{string.Join(',', expected)}]");
    }

    [Fact]
    public async Task Create_WithCells_PutsThemWhereTheySay_MovedByTheOffsets()
    {
        var name = ApiClient.NewName("cells");

        var board = await _client.CreateOkAsync(
            $$"""{"name":"{{name}}","width":10,"height":10,"cells":[[3,0],[0,0],[1,2],[0,0]],"offsetX":2,"offsetY":1,"paused":true}""");

        board["population"]!.GetValue<int>().ShouldBe(3);
        board["cells"]!.Text().ShouldBe("[[2,1],[5,1],[3,3]]");
    }

    [Fact]
    public async Task Create_WithRandom_FillsTheBoardFromTheSeed()
    {
        var first = ApiClient.NewName("soup");
        var second = ApiClient.NewName("soup");
        var expected = RandomFill.Generate(16, 12, 0.3, 42).Select(cell => $"[{cell.X},{cell.Y}]");

        var a = await _client.CreateOkAsync($$"""{"name":"{{first}}","width":16,"height":12,"random":{"density":0.3,"seed":42},"paused":true}""");
        var b = await _client.CreateOkAsync($$"""{"name":"{{second}}","width":16,"height":12,"random":{"density":0.3,"seed":42},"paused":true}""");

        a["cells"]!.Text().ShouldBe($"[{string.Join(',', expected)}]");
        b["cells"]!.Text().ShouldBe(a["cells"]!.Text());
    }

    [Fact]
    public async Task Create_OnTheUnboundedPlane_AcceptsAPatternOutsideTheFrame()
    {
        var name = ApiClient.NewName("plane");

        var board = await _client.CreateOkAsync(
            $$"""{"name":"{{name}}","width":5,"height":5,"topology":"UNBOUNDED","pattern":"blinker","offsetX":-10,"offsetY":7,"paused":true}""");

        board["topology"]!.GetValue<string>().ShouldBe("unbounded");
        board["cells"]!.Text().ShouldBe("[[-10,7],[-9,7],[-8,7]]");
    }

    [Fact]
    public async Task Create_WithALibraryPatternDesignedForAnotherRule_RunsThatRule()
    {
        var name = ApiClient.NewName("replicator");

        var board = await _client.CreateOkAsync($$"""{"name":"{{name}}","width":20,"height":20,"pattern":"replicator","paused":true}""");

        board["rule"]!.GetValue<string>().ShouldBe("B36/S23");
    }
}
