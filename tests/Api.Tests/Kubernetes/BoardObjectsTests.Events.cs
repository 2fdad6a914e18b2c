using System.Net;
using OrleansLife.Api.Tests.Support;

namespace OrleansLife.Api.Tests.Kubernetes;

public sealed partial class BoardObjectsTests
{
    [Fact]
    public async Task DescribeBoard_ListsTheEvents_OfABoardStartedThenPaused()
    {
        var name = ApiClient.NewName("described");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker"}""");
        using var paused = await _client.PostAsync($"/api/boards/{name}/pause", null);
        paused.StatusCode.ShouldBe(HttpStatusCode.OK);
        // kubectl's own watch of the board's events: once it shows Paused, both events are on the server.
        using var events = _kubectl.Stream("get", "events", "--field-selector", $"involvedObject.name={name}", "--watch", "--no-headers");
        await events.WaitForLineAsync(line => line.Contains(" Paused ", StringComparison.Ordinal));

        var described = await _kubectl.RunAsync("describe", "board", name);

        described.ExitCode.ShouldBe(0, described.Stderr);
        // describe ages events by kubectl's clock, not the silo's fixed one, so the AGE cell is left out.
        described.Lines.SkipWhile(line => line != "Events:")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(cells => string.Join(' ', cells.Length > 3 ? cells.Take(2).Concat(cells.Skip(3)) : cells))
            .ShouldBe(
            [
                "Events:",
                "Type Reason From Message",
                "---- ------ ---- -------",
                "Normal Started orleanslife Started the board running with 3 live cells.",
                "Normal Paused orleanslife spec.paused is true: the board paused.",
            ]);
    }
}
