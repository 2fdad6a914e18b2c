using System.Threading.Channels;
using k8s;
using k8s.Models;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Pods;
using OrleansLife.Operator.Tests.Testing;
using OrleansLife.Operator.Watching;
using OrleansLife.Testing;

namespace OrleansLife.Operator.Tests.Watching;

/// <summary>The informer and KubernetesClient's watches against the API emulator: real event streams, expiry and drops.</summary>
public sealed class KubeInformerEmulatorTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static V1Pod CellPod(string name, string board) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Labels = new Dictionary<string, string> { ["board"] = board } },
        Spec = new V1PodSpec { Containers = [new V1Container { Name = "cell", Image = "cell:1" }] },
    };

    [Fact]
    public async Task WatchFromAVersionPastTheHistory_IsReportedAsGone()
    {
        await using var emulator = await TestEmulator.StartAsync(configure: options => options.WatchHistorySize = 16);
        var ns = await emulator.CreateNamespaceAsync("gone");
        using var client = emulator.Client();
        var start = (await client.CoreV1.ListNamespacedPodAsync(ns)).Metadata.ResourceVersion;
        for (var i = 0; i < 20; i++) await client.CoreV1.CreateNamespacedPodAsync(CellPod($"churn-{i}", "churn"), ns);
        var errors = new List<Exception>();

        try
        {
            using var timeout = new CancellationTokenSource(TestTimeouts.Wait);
            await foreach (var _ in new CellPodSource(client, ns, "board=churn").WatchAsync(start, 5, errors.Add, timeout.Token))
            {
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The server may refuse the watch outright instead of saying so in the stream; both mean list again.
            errors.Add(error);
        }

        errors.ShouldContain(error => KubeErrors.IsGone(error));
    }

    [Fact]
    public async Task Informer_FollowsChanges_AndReWatchesAfterTheEmulatorDropsWatches()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("informed");
        var time = new ManualTimeProvider();
        var metrics = new KubeClientMetrics();
        using var client = fixture.Emulator.Client(metrics: metrics);
        using var stop = new CancellationTokenSource(TestTimeouts.Wait);
        await client.CoreV1.CreateNamespacedPodAsync(CellPod("informed-1", "informed"), ns);
        var informer = new KubeInformer<V1Pod>(new CellPodSource(client, ns, "board=informed"), time, metrics: metrics);
        var changes = Channel.CreateUnbounded<WatchEvent<V1Pod>>();
        var running = Task.Run(async () =>
        {
            await foreach (var change in informer.RunAsync(stop.Token)) await changes.Writer.WriteAsync(change, stop.Token);
        });

        (await NextAsync(changes, e => e.Object.Metadata.Name == "informed-1", stop.Token)).Type.ShouldBe(WatchEventType.Added);
        await informer.Synced.WaitAsync(stop.Token);
        await client.CoreV1.CreateNamespacedPodAsync(CellPod("informed-2", "informed"), ns);
        (await NextAsync(changes, e => e.Object.Metadata.Name == "informed-2", stop.Token)).Type.ShouldBe(WatchEventType.Added);

        fixture.Emulator.Faults.DropWatches();
        var backoff = await time.WaitForTimerAsync(due => due <= TimeSpan.FromSeconds(1));
        await client.CoreV1.DeleteNamespacedPodAsync("informed-1", ns, new V1DeleteOptions { GracePeriodSeconds = 0 });
        time.Advance(backoff);

        (await NextAsync(changes, e => e.Type == WatchEventType.Deleted, stop.Token)).Object.Metadata.Name.ShouldBe("informed-1");
        informer.Items.Select(p => p.Metadata.Name).ShouldBe(["informed-2"]);
        metrics.WatchRestarts.ShouldBe(1);
        await stop.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(running);
    }

    private static async Task<WatchEvent<V1Pod>> NextAsync(
        Channel<WatchEvent<V1Pod>> changes, Func<WatchEvent<V1Pod>, bool> match, CancellationToken cancellationToken)
    {
        while (true)
        {
            var change = await changes.Reader.ReadAsync(cancellationToken);
            if (match(change)) return change;
        }
    }
}
