using System.Net;
using System.Text.Json.Nodes;
using OrleansLife.Api.Tests.Support;

namespace OrleansLife.Api.Tests.Apis;

[Collection(SiloCollection.Name)]
public sealed partial class BoardsApiTests(SiloFactory silo)
{
    private readonly HttpClient _client = silo.CreateClient();

    private static string Blinker(string name, int generation, int lastBirths, int lastDeaths, string cells) =>
        $$"""{"name":"{{name}}","generation":{{generation}},"population":3,"width":5,"height":5,"topology":"bounded","rule":"B3/S23","state":"paused","tickMilliseconds":500,"maxGenerations":null,"lastBirths":{{lastBirths}},"lastDeaths":{{lastDeaths}},"createdAt":"{{SiloFactory.NowJson}}","pacing":"follow","waitForRunning":false,"maxPods":null,"message":null,"cells":{{cells}}}""";

    private const string Row = "[[1,2],[2,2],[3,2]]";
    private const string Column = "[[2,1],[2,2],[2,3]]";

    [Fact]
    public async Task Create_Blinker_AnswersCreated_WithThePatternCentred()
    {
        var name = ApiClient.NewName("blinker");

        using var response = await _client.CreateAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Location!.OriginalString.ShouldBe($"/api/boards/{name}");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await response.Content.ReadAsStringAsync()).WithoutPods().ShouldBe(Blinker(name, 0, 0, 0, Row));
    }

    [Fact]
    public async Task Get_Blinker_ShowsTheBoard()
    {
        var name = ApiClient.NewName("blinker");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""");

        var body = await _client.GetStringAsync($"/api/boards/{name}");

        body.WithoutPods().ShouldBe(Blinker(name, 0, 0, 0, Row));
    }

    [Fact]
    public async Task Step_Blinker_TurnsTheRowIntoAColumn_AndBack()
    {
        var name = ApiClient.NewName("blinker");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""");

        using var first = await _client.StepAsync(name);
        (await first.Content.ReadAsStringAsync()).WithoutPods().ShouldBe(Blinker(name, 1, 2, 2, Column));
        using var second = await _client.StepAsync(name, """{"generations":1}""");
        (await second.Content.ReadAsStringAsync()).WithoutPods().ShouldBe(Blinker(name, 2, 2, 2, Row));
        using var third = await _client.StepAsync(name, """{"generations":3}""");
        (await third.Content.ReadAsStringAsync()).WithoutPods().ShouldBe(Blinker(name, 5, 2, 2, Column));
        (await _client.GetStringAsync($"/api/boards/{name}")).WithoutPods().ShouldBe(Blinker(name, 5, 2, 2, Column));
    }

    [Fact]
    public async Task Step_GliderOnATorus_MovesByOneOne_EveryFourGenerations_AcrossTheEdges()
    {
        var name = ApiClient.NewName("glider");
        // Placed in the bottom-right corner of an 8x8 torus, so that four generations carry it over both edges.
        var created = await _client.CreateOkAsync(
            $$"""{"name":"{{name}}","width":8,"height":8,"topology":"torus","pattern":"glider","offsetX":5,"offsetY":5,"paused":true}""");
        created["cells"]!.Text().ShouldBe("[[6,5],[7,6],[5,7],[6,7],[7,7]]");

        using var stepped = await _client.StepAsync(name, """{"generations":4}""");
        var board = await stepped.ReadJsonAsync(HttpStatusCode.OK);

        board["generation"]!.GetValue<long>().ShouldBe(4);
        board["topology"]!.GetValue<string>().ShouldBe("torus");
        board["cells"]!.Text().ShouldBe("[[0,0],[6,0],[7,0],[7,6],[0,7]]");
    }

    [Fact]
    public async Task Step_GliderOnATorus_IsBackWhereItStarted_AfterCrossingTheWholeBoard()
    {
        var name = ApiClient.NewName("glider");
        var created = await _client.CreateOkAsync($$"""{"name":"{{name}}","width":6,"height":6,"topology":"torus","pattern":"glider","paused":true}""");

        using var stepped = await _client.StepAsync(name, """{"generations":24}""");
        var board = await stepped.ReadJsonAsync(HttpStatusCode.OK);

        board["cells"]!.Text().ShouldBe(created["cells"]!.Text());
        board["generation"]!.GetValue<long>().ShouldBe(24);
    }

    [Fact]
    public async Task PauseAndResume_SwitchTheState()
    {
        var name = ApiClient.NewName("pulsar");
        // A tick of a minute keeps the running board from moving while the test looks at it.
        var created = await _client.CreateOkAsync($$"""{"name":"{{name}}","width":20,"height":20,"pattern":"pulsar","tickMilliseconds":60000}""");
        created["state"]!.GetValue<string>().ShouldBe("running");

        using var paused = await _client.PostAsync($"/api/boards/{name}/pause", null);
        (await paused.ReadJsonAsync(HttpStatusCode.OK))["state"]!.GetValue<string>().ShouldBe("paused");
        (await _client.GetFromJsonNodeAsync($"/api/boards/{name}"))["state"]!.GetValue<string>().ShouldBe("paused");

        using var resumed = await _client.PostAsync($"/api/boards/{name}/resume", null);
        var board = await resumed.ReadJsonAsync(HttpStatusCode.OK);
        board["state"]!.GetValue<string>().ShouldBe("running");
        board["generation"]!.GetValue<long>().ShouldBe(0);
        board["tickMilliseconds"]!.GetValue<int>().ShouldBe(60000);

        using var deleted = await _client.DeleteAsync($"/api/boards/{name}");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Delete_RemovesTheBoard_AndFreesItsName()
    {
        var name = ApiClient.NewName("block");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":4,"height":4,"pattern":"block","paused":true}""");

        using var deleted = await _client.DeleteAsync($"/api/boards/{name}");

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await deleted.Content.ReadAsStringAsync()).ShouldBeEmpty();
        using var gone = await _client.GetAsync($"/api/boards/{name}");
        await gone.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await _client.ListTextAsync()).ShouldNotContain($"\"{name}\"");
        using var again = await _client.DeleteAsync($"/api/boards/{name}");
        await again.ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var recreated = await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""");
        recreated["cells"]!.Text().ShouldBe(Row);
    }

    [Fact]
    public async Task List_ShowsEveryBoardByName_WithCellsUnlessAskedNotTo()
    {
        var first = ApiClient.NewName("list");
        var second = ApiClient.NewName("list");
        await _client.CreateOkAsync($$"""{"name":"{{second}}","width":5,"height":5,"pattern":"blinker","paused":true}""");
        await _client.CreateOkAsync($$"""{"name":"{{first}}","width":4,"height":4,"pattern":"block","paused":true}""");

        var boards = (await _client.GetFromJsonNodeAsync("/api/boards")).AsArray();
        var summaries = (await _client.GetFromJsonNodeAsync("/api/boards?cells=false")).AsArray();

        var names = boards.Select(board => board!["name"]!.GetValue<string>()).ToList();
        names.ShouldBe(names.Order(StringComparer.Ordinal).ToList());
        boards.Single(board => board!["name"]!.GetValue<string>() == first)!.Text().WithoutPods().ShouldBe(
            $$"""{"name":"{{first}}","generation":0,"population":4,"width":4,"height":4,"topology":"bounded","rule":"B3/S23","state":"paused","tickMilliseconds":500,"maxGenerations":null,"lastBirths":0,"lastDeaths":0,"createdAt":"{{SiloFactory.NowJson}}","pacing":"follow","waitForRunning":false,"maxPods":null,"message":null,"cells":[[1,1],[2,1],[1,2],[2,2]]}""");
        boards.Single(board => board!["name"]!.GetValue<string>() == second)!["cells"]!.Text().ShouldBe(Row);
        summaries.Count.ShouldBe(boards.Count);
        summaries.ShouldAllBe(board => board!.AsObject().ContainsKey("cells") == false);
        summaries.Single(board => board!["name"]!.GetValue<string>() == first)!["population"]!.GetValue<int>().ShouldBe(4);
    }
}
