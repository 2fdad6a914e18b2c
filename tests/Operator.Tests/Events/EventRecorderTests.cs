using k8s;
using k8s.Models;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Events;
using OrleansLife.Testing;
using OrleansLife.Operator.Tests.Testing;

namespace OrleansLife.Operator.Tests.Events;

/// <summary>The recorder against the API emulator: what lands on the server, seen through a watch.</summary>
public sealed class EventRecorderTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task ARepeatedEvent_IsOneEventOnTheServer_WhoseCountIsPatchedToTwo()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("events");
        using var client = fixture.Emulator.Client();
        using var stop = new CancellationTokenSource(TestTimeouts.Wait);
        var recorder = new EventRecorder(client);
        var running = recorder.RunAsync(stop.Token);
        var board = BoardEvents.Reference(ns, "glider", "uid-1");
        var changes = client.CoreV1.WatchListNamespacedEventAsync(ns, cancellationToken: stop.Token).GetAsyncEnumerator(stop.Token);

        recorder.Record(board, "Warning", BoardEvents.PodWriteFailed, "Could not create pod glider-1-1: Forbidden");
        recorder.Record(board, "Warning", BoardEvents.PodWriteFailed, "Could not create pod glider-1-1: Forbidden");

        var seen = new List<(WatchEventType Type, Corev1Event Event)>();
        while (seen.Count < 2 && await changes.MoveNextAsync()) seen.Add(changes.Current);
        seen.Select(change => (change.Type, change.Event.Count)).ShouldBe([(WatchEventType.Added, 1), (WatchEventType.Modified, 2)]);
        seen[1].Event.Metadata.Name.ShouldBe(seen[0].Event.Metadata.Name);
        seen[1].Event.Metadata.Name.ShouldStartWith("glider.");
        var stored = (await client.CoreV1.ListNamespacedEventAsync(ns,
            fieldSelector: $"involvedObject.name=glider,involvedObject.namespace={ns},involvedObject.kind=Board,involvedObject.uid=uid-1")).Items.Single();
        (stored.Count, stored.Reason, stored.Type, stored.Source.Component, stored.InvolvedObject.ApiVersion).ShouldBe(
            (2, BoardEvents.PodWriteFailed, "Warning", "orleanslife", "orleanslife.io/v1"));
        await stop.CancelAsync();
        await running;
        await changes.DisposeAsync();
    }

    [Fact]
    public async Task AnEventTheServerCannotTakeNow_IsWrittenAgainTenSecondsLater_UntilItLands()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("events");
        // No retries in the client, so that each scripted failure fails one attempt of the recorder's.
        using var client = fixture.Emulator.Client(new KubeClientOptions { MaxRetries = 0 });
        var time = new ManualTimeProvider();
        using var stop = new CancellationTokenSource(TestTimeouts.Wait);
        var recorder = new EventRecorder(client, new EventRecorderOptions(), time);
        await using var changes = client.CoreV1.WatchListNamespacedEventAsync(ns, cancellationToken: stop.Token).GetAsyncEnumerator(stop.Token);
        var running = recorder.RunAsync(stop.Token);
        fixture.Emulator.Faults.FailNextWrites(503, 500);

        recorder.Record(BoardEvents.Reference(ns, "glider", "uid-2"), "Normal", BoardEvents.Started, "Started at generation 0.");
        for (var failed = 0; failed < 2; failed++)
        {
            await time.WaitForTimerAsync(TimeSpan.FromSeconds(10), stop.Token);
            time.Advance(TimeSpan.FromSeconds(10));
        }

        (await changes.MoveNextAsync()).ShouldBeTrue();
        (changes.Current.Item1, changes.Current.Item2.Reason, changes.Current.Item2.Count).ShouldBe((WatchEventType.Added, BoardEvents.Started, 1));
        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task AnEventRefused_OrStillFailingAtTheLastAttempt_IsDropped_AndTheNextOneIsWritten()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("events");
        using var client = fixture.Emulator.Client(new KubeClientOptions { MaxRetries = 0 });
        var time = new ManualTimeProvider();
        using var stop = new CancellationTokenSource(TestTimeouts.Wait);
        var recorder = new EventRecorder(client, new EventRecorderOptions { MaxWriteAttempts = 2 }, time);
        await using var changes = client.CoreV1.WatchListNamespacedEventAsync(ns, cancellationToken: stop.Token).GetAsyncEnumerator(stop.Token);
        var running = recorder.RunAsync(stop.Token);

        // Failing at both attempts: one wait, then dropped.
        fixture.Emulator.Faults.FailNextWrites(503, 503);
        recorder.Record(BoardEvents.Reference(ns, "glider", "uid-3"), "Normal", BoardEvents.Paused, "Lost.");
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(10), stop.Token);
        time.Advance(TimeSpan.FromSeconds(10));
        // Refused (its namespace does not exist): dropped without a wait, or the next would not land before the clock moves.
        recorder.Record(BoardEvents.Reference("no-such-namespace", "glider", "uid-3"), "Normal", BoardEvents.Started, "Refused.");
        recorder.Record(BoardEvents.Reference(ns, "glider", "uid-3"), "Normal", BoardEvents.Unpaused, "Written.");

        (await changes.MoveNextAsync()).ShouldBeTrue();
        (changes.Current.Item2.Reason, changes.Current.Item2.Message).ShouldBe((BoardEvents.Unpaused, "Written."));
        time.PendingTimers.ShouldBeEmpty();
        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public void Record_NeverWaits_AndDropsWhatAFullQueueCannotHold()
    {
        using var client = fixture.Emulator.Client();
        // Nobody runs this recorder's loop: the queue only fills.
        var recorder = new EventRecorder(client, new EventRecorderOptions { QueueCapacity = 2 });
        var board = BoardEvents.Reference("default", "glider", "uid-1");

        for (var i = 0; i < 5; i++) recorder.Record(board, "Normal", "Reason" + i, "m");

        recorder.Dropped.ShouldBe(3);
    }
}
