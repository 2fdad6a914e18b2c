using System.Threading.Channels;
using OrleansLife.Kubernetes.Client;
using OrleansLife.Kubernetes.Errors;
using OrleansLife.Kubernetes.Leases;
using OrleansLife.Kubernetes.Meta;
using OrleansLife.Kubernetes.Pods;
using OrleansLife.Kubernetes.Watching;
using OrleansLife.Testing;

namespace OrleansLife.Kubernetes.Tests.Integration;

/// <summary>Watches and the informer against the API emulator: real event streams, expiry, and dropped connections.</summary>
public sealed class EmulatorWatchTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly ManualTimeProvider _time = new();
    private readonly KubeClient _client = fixture.Client();

    public void Dispose() => _client.Dispose();

    private static Pod CellPod(string name, string board) => new()
    {
        Metadata = new ObjectMeta { Name = name, Labels = new Dictionary<string, string> { ["board"] = board } },
        Spec = new PodSpec { Containers = [new Container { Name = "cell", Image = "cell:1" }] },
    };

    [Fact]
    public async Task Watch_FromAListsVersion_SeesCreationStartupAndDeletion()
    {
        var list = await _client.Pods().ListAsync(options: new ListOptions { LabelSelector = "board=watched" });
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var seen = new List<string>();

        var watching = Task.Run(async () =>
        {
            var options = new ListOptions { LabelSelector = "board=watched", ResourceVersion = list.Metadata.ResourceVersion };
            await foreach (var e in _client.Pods().WatchAsync(options: options, cancellationToken: stop.Token))
            {
                seen.Add($"{e.Type} {e.Object!.Status?.Phase}");
                if (e.Type == WatchEventType.Deleted) return;
            }
        });
        await _client.Pods().CreateAsync(CellPod("watched-1", "watched"));
        await WaitUntilRunningAsync("watched-1", stop.Token);
        await _client.Pods().DeleteAsync("watched-1", options: new DeleteOptions { GracePeriodSeconds = 0 });
        await watching.WaitAsync(stop.Token);

        seen[0].ShouldBe("Added Pending");
        seen.ShouldContain("Modified Running");
        seen[^1].ShouldStartWith("Deleted");
    }

    [Fact]
    public async Task Watch_FromAVersionPastTheHistory_IsGone()
    {
        var start = (await _client.Leases().ListAsync()).Metadata.ResourceVersion;
        for (var i = 0; i < 70; i++)
        {
            await _client.Leases().CreateAsync(new Lease { Metadata = new ObjectMeta { Name = $"churn-{i}" }, Spec = new LeaseSpec { HolderIdentity = "x" } });
        }

        await Should.ThrowAsync<KubeGoneException>(async () =>
        {
            await foreach (var _ in _client.Leases().WatchAsync(options: new ListOptions { ResourceVersion = start })) { }
        });
    }

    [Fact]
    public async Task Informer_FollowsChanges_AndReWatchesAfterTheEmulatorDropsWatches()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await _client.Pods().CreateAsync(CellPod("informed-1", "informed"));
        var informer = new KubeInformer<Pod>(_client.Pods(), options: new ListOptions { LabelSelector = "board=informed" }, timeProvider: _time, metrics: _client.Metrics);
        var changes = Channel.CreateUnbounded<WatchEvent<Pod>>();
        var running = Task.Run(async () =>
        {
            await foreach (var change in informer.RunAsync(stop.Token)) await changes.Writer.WriteAsync(change, stop.Token);
        });

        (await NextAsync(changes, e => e.Object!.Metadata.Name == "informed-1", stop.Token)).Type.ShouldBe(WatchEventType.Added);
        await informer.Synced.WaitAsync(stop.Token);
        await _client.Pods().CreateAsync(CellPod("informed-2", "informed"));
        (await NextAsync(changes, e => e.Object!.Metadata.Name == "informed-2", stop.Token)).Type.ShouldBe(WatchEventType.Added);

        fixture.Emulator.Faults.DropWatches();
        var backoff = await _time.WaitForTimerAsync(due => due <= TimeSpan.FromSeconds(1));
        await _client.Pods().DeleteAsync("informed-1", options: new DeleteOptions { GracePeriodSeconds = 0 });
        _time.Advance(backoff);

        (await NextAsync(changes, e => e.Type == WatchEventType.Deleted, stop.Token)).Object!.Metadata.Name.ShouldBe("informed-1");
        informer.Items.Select(p => p.Metadata.Name).ShouldBe(["informed-2"]);
        _client.Metrics.WatchRestarts.ShouldBe(1);
        await stop.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(running);
    }

    private async Task WaitUntilRunningAsync(string name, CancellationToken cancellationToken)
    {
        var pod = await _client.Pods().GetAsync(name, cancellationToken: cancellationToken);
        if (pod.Status?.Phase == "Running") return;
        var options = new ListOptions { FieldSelector = $"metadata.name={name}", ResourceVersion = pod.Metadata.ResourceVersion };
        await foreach (var e in _client.Pods().WatchAsync(options: options, cancellationToken: cancellationToken))
        {
            if (e.Object?.Status?.Phase == "Running") return;
        }
    }

    private static async Task<WatchEvent<Pod>> NextAsync(Channel<WatchEvent<Pod>> changes, Func<WatchEvent<Pod>, bool> match, CancellationToken cancellationToken)
    {
        while (true)
        {
            var change = await changes.Reader.ReadAsync(cancellationToken);
            if (match(change)) return change;
        }
    }
}
