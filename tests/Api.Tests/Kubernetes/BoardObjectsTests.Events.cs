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

    [Theory]
    // Blinker runs flat out to its maxGenerations; the R-pentomino grows from 5 cells to 7 by generation 2, past 6 pods.
    [InlineData("blinker", "\"maxGenerations\":4", "Normal Completed", "Reached generation 4, the board's maxGenerations.")]
    [InlineData("r-pentomino", "\"maxPods\":6", "Warning PodCapReached", "more than the board's maxPods of 6; the board is paused.")]
    public async Task ABoard_ThatStopsByItself_SaysWhyInAnEvent(string pattern, string setting, string typeAndReason, string message)
    {
        var name = ApiClient.NewName("stops");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":20,"height":20,"pattern":"{{pattern}}","tickMilliseconds":0,{{setting}}}""");
        using var events = _kubectl.Stream("get", "events", "--field-selector", $"involvedObject.name={name}", "--watch", "--no-headers");
        var reason = typeAndReason.Split(' ')[1];

        var line = await events.WaitForLineAsync(line => line.Contains($" {reason} ", StringComparison.Ordinal), TimeSpan.FromSeconds(20));

        // LAST SEEN, TYPE, REASON, OBJECT, MESSAGE.
        var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        $"{cells[1]} {cells[2]}".ShouldBe(typeAndReason);
        string.Join(' ', cells[4..]).ShouldContain(message);
    }
}
