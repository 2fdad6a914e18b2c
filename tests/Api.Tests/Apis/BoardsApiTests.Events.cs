using System.Net;
using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;
using OrleansLife.Api.Tests.Support;

namespace OrleansLife.Api.Tests.Apis;

public sealed partial class BoardsApiTests
{
    private static readonly TimeSpan StreamTimeout = TimeSpan.FromSeconds(30);

    private static string BlinkerGeneration(string name, long generation) => generation % 2 == 1
        ? $$"""{"board":"{{name}}","generation":{{generation}},"population":3,"births":[[2,1],[2,3]],"deaths":[[1,2],[3,2]]}"""
        : $$"""{"board":"{{name}}","generation":{{generation}},"population":3,"births":[[1,2],[3,2]],"deaths":[[2,1],[2,3]]}""";

    private async Task<(HttpResponseMessage Response, IAsyncEnumerator<SseItem<string>> Events)> WatchAsync(string name, CancellationToken cancellationToken)
    {
        var response = await _client.GetAsync($"/api/boards/{name}/events", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return (response, SseParser.Create(stream).EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken));
    }

    private static async Task<SseItem<string>> NextAsync(IAsyncEnumerator<SseItem<string>> events)
    {
        (await events.MoveNextAsync()).ShouldBeTrue("the stream ended early");
        return events.Current;
    }

    [Fact]
    public async Task Events_StreamASnapshot_ThenEveryGeneration_UntilTheBoardIsDeleted()
    {
        using var timeout = new CancellationTokenSource(StreamTimeout);
        var name = ApiClient.NewName("watched");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""");
        var (response, events) = await WatchAsync(name, timeout.Token);
        using var _ = response;
        await using var __ = events;

        var snapshot = await NextAsync(events);
        snapshot.EventType.ShouldBe("snapshot");
        snapshot.Data.WithoutPods().ShouldBe(Blinker(name, 0, 0, 0, Row));

        using var stepped = await _client.StepAsync(name, """{"generations":3}""");
        stepped.StatusCode.ShouldBe(HttpStatusCode.OK);
        for (var generation = 1; generation <= 3; generation++)
        {
            var next = await NextAsync(events);
            next.EventType.ShouldBe("generation");
            next.Data.ShouldBe(BlinkerGeneration(name, generation));
        }

        using var deleted = await _client.DeleteAsync($"/api/boards/{name}");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await events.MoveNextAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Events_AWatcherJoiningLater_StartsFromTheBoardAsItIsThen()
    {
        using var timeout = new CancellationTokenSource(StreamTimeout);
        var name = ApiClient.NewName("watched");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""");
        using var stepped = await _client.StepAsync(name, """{"generations":5}""");
        var (response, events) = await WatchAsync(name, timeout.Token);
        using var _ = response;
        await using var __ = events;

        (await NextAsync(events)).Data.WithoutPods().ShouldBe(Blinker(name, 5, 2, 2, Column));
        using var again = await _client.StepAsync(name);
        var next = await NextAsync(events);

        next.EventType.ShouldBe("generation");
        next.Data.ShouldBe(BlinkerGeneration(name, 6));
        using var deleted = await _client.DeleteAsync($"/api/boards/{name}");
        (await events.MoveNextAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Events_OfARunningBoard_ComeOnePerGeneration_InOrder()
    {
        using var timeout = new CancellationTokenSource(StreamTimeout);
        var name = ApiClient.NewName("running");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","tickMilliseconds":10}""");
        var (response, events) = await WatchAsync(name, timeout.Token);
        using var _ = response;
        await using var __ = events;

        var snapshot = JsonNode.Parse((await NextAsync(events)).Data)!;
        var generation = snapshot["generation"]!.GetValue<long>();
        for (var i = 1; i <= 5; i++)
        {
            var next = await NextAsync(events);
            next.EventType.ShouldBe("generation");
            next.Data.ShouldBe(BlinkerGeneration(name, generation + i));
        }

        using var deleted = await _client.DeleteAsync($"/api/boards/{name}");
        while (await events.MoveNextAsync()) events.Current.EventType.ShouldBe("generation");
    }

    [Fact]
    public async Task ARunningBoard_StopsByItself_AtItsMaximumGeneration()
    {
        using var timeout = new CancellationTokenSource(StreamTimeout);
        var name = ApiClient.NewName("bounded-run");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","tickMilliseconds":0,"maxGenerations":6}""");
        var (response, events) = await WatchAsync(name, timeout.Token);
        using var _ = response;
        await using var __ = events;

        var generation = JsonNode.Parse((await NextAsync(events)).Data)!["generation"]!.GetValue<long>();
        while (generation < 6) generation = JsonNode.Parse((await NextAsync(events)).Data)!["generation"]!.GetValue<long>();

        var board = await _client.GetFromJsonNodeAsync($"/api/boards/{name}");
        board["state"]!.GetValue<string>().ShouldBe("completed");
        board["generation"]!.GetValue<long>().ShouldBe(6);
        board["cells"]!.Text().ShouldBe(Row);
        using var deleted = await _client.DeleteAsync($"/api/boards/{name}");
    }
}
