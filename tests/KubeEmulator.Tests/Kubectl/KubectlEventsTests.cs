using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Kubectl;

/// <summary><c>kubectl get events</c> against the emulator, on a manual clock so LAST SEEN is exact.</summary>
public sealed class KubectlEventsTests
{
    [Fact]
    public async Task GetEvents_PrintsLastSeenTypeReasonObjectAndMessage()
    {
        await using var session = await KubectlSession.StartAsync(installBoardCrd: false);
        await session.Api.PostAsync("/api/v1/namespaces/default/events", Recorded(TestObjects.Event("cell-a.1", "cell-a", "Started"), session));
        session.Time.Advance(TimeSpan.FromSeconds(75));
        await session.Api.PostAsync("/api/v1/namespaces/default/events", Recorded(TestObjects.Event("cell-b.1", "cell-b", "Failed", "Warning"), session));
        session.Time.Advance(TimeSpan.FromSeconds(5));

        var events = await session.RunAsync("get", "events");
        var selected = await session.RunAsync("get", "ev", "--field-selector", "involvedObject.name=cell-b", "-o", "wide");

        events.Stderr.ShouldBeEmpty();
        events.Lines.ShouldBe(
        [
            "LAST SEEN   TYPE      REASON    OBJECT       MESSAGE",
            "80s         Normal    Started   pod/cell-a   Started cell-a",
            "5s          Warning   Failed    pod/cell-b   Failed cell-b",
        ]);
        selected.Lines.ShouldBe(
        [
            "LAST SEEN   TYPE      REASON   OBJECT       SUBOBJECT   SOURCE                      MESSAGE         FIRST SEEN   COUNT   NAME",
            "5s          Warning   Failed   pod/cell-b               kubelet, orleanslife-node   Failed cell-b   5s           1       cell-b.1",
        ]);
    }

    private static System.Text.Json.Nodes.JsonObject Recorded(System.Text.Json.Nodes.JsonObject @event, KubectlSession session)
    {
        var now = Objects.Timestamps.Format(session.Time.GetUtcNow());
        @event["firstTimestamp"] = now;
        @event["lastTimestamp"] = now;
        return @event;
    }
}
