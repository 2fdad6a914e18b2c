using System.Net;
using OrleansLife.Api.Tests.Support;

namespace OrleansLife.Api.Tests.Kubernetes;

public sealed partial class BoardObjectsTests
{
    [Fact]
    public async Task EditingARunningBoardsSettings_TakesEffect_AndEditingWhatItIs_IsReportedAndLeftAlone()
    {
        var name = ApiClient.NewName("glider");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":10,"height":10,"pattern":"glider","paused":true}""");
        await WaitAsync("--for=condition=SpecApplied", $"board/{name}");

        await RunAsync("patch", "board", name, "--type=merge", "-p", """{"spec":{"tickMilliseconds":250,"maxGenerations":40}}""");
        await WaitAsync("--for=jsonpath={.status.observedGeneration}=2", $"board/{name}");
        var board = await (await _client.GetAsync($"/api/boards/{name}?cells=false")).ReadJsonAsync(HttpStatusCode.OK);
        (board["tickMilliseconds"]!.GetValue<int>(), board["maxGenerations"]!.GetValue<long>(), board["state"]!.GetValue<string>())
            .ShouldBe((250, 40L, "paused"));

        await RunAsync("patch", "board", name, "--type=merge", "-p", """{"spec":{"width":12,"tickMilliseconds":300}}""");
        await WaitAsync("--for=condition=SpecApplied=False", $"board/{name}");
        (await GetAsync("board", name, "-o", "jsonpath={.status.message}")).Single().ShouldBe(
            "Only paused, tickMilliseconds, maxGenerations, pacing, waitForRunning, podTimeoutMilliseconds and maxPods can change "
            + "while a board runs; those were applied. Delete and re-create the board to change the rest.");
        var after = await (await _client.GetAsync($"/api/boards/{name}?cells=false")).ReadJsonAsync(HttpStatusCode.OK);
        (after["width"]!.GetValue<int>(), after["tickMilliseconds"]!.GetValue<int>()).ShouldBe((10, 300));
    }
}
