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

    [Fact]
    public async Task DescribePod_ListsThePodsEvents()
    {
        await using var session = await KubectlSession.StartAsync(installBoardCrd: false);
        var pod = await session.CreatePodAsync(TestObjects.Pod("cell-a"));
        var scheduled = Recorded(TestObjects.Event("cell-a.1", "cell-a", "Scheduled", podUid: pod["metadata.uid"]!), session);
        scheduled["source"] = new System.Text.Json.Nodes.JsonObject { ["component"] = "default-scheduler" };
        // kubectl describe selects by involvedObject name, namespace, kind and uid, as a recorder fills them in.
        scheduled["involvedObject"]!["namespace"] = "default";
        await session.Api.PostAsync("/api/v1/namespaces/default/events", scheduled);
        await session.Api.PostAsync("/api/v1/namespaces/default/events", Recorded(TestObjects.Event("cell-b.1", "cell-b", "Scheduled"), session));
        session.Time.Advance(TimeSpan.FromSeconds(7));

        var described = await session.RunAsync("describe", "pod", "cell-a");

        described.ExitCode.ShouldBe(0, described.Stderr);
        // describe ages events by kubectl's own clock, not the emulator's manual one, so the AGE cell is left out.
        described.Lines.SkipWhile(l => l != "Events:")
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(cells => string.Join(' ', cells.Length > 3 ? cells.Take(2).Concat(cells.Skip(3)) : cells))
            .ShouldBe(
            [
                "Events:",
                "Type Reason From Message",
                "---- ------ ---- -------",
                "Normal Scheduled default-scheduler Scheduled cell-a",
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
