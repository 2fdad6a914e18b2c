using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging.Abstractions;
using OrleansLife.KubeEmulator;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Leadership;
using OrleansLife.Operator.Tests.Testing;

namespace OrleansLife.Operator.Tests.Leadership;

/// <summary>
/// Leader election on KubernetesClient's elector and LeaseLock, against the emulator, as README documents it: one
/// candidate leads, a stopping leader gives the lease up so that a standby leads at its next try (not once the lease
/// expires), a deleted lease stays its holder's, and a leader that cannot renew stands down. The library's elector
/// runs on the real clock, so these tests do too, with short leases.
/// </summary>
public sealed class LeaderElectorTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private KubeApiEmulator _emulator = null!;
    private string _namespace = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TestEmulator.StartAsync();
        _namespace = await _emulator.CreateNamespaceAsync("leaders");
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task OneLeads_TheOtherStandsBy_AndTakesOverAtItsNextTry_WhenTheLeaderStops()
    {
        using var clientA = _emulator.Client();
        using var clientB = _emulator.Client();
        // A lease that would take a minute to expire: a takeover within the test's wait comes from the release.
        var a = Elector(clientA, "silo-a", leaseDuration: TimeSpan.FromMinutes(1));
        var b = Elector(clientB, "silo-b", leaseDuration: TimeSpan.FromMinutes(1));
        using var stopA = new CancellationTokenSource();
        using var stopB = new CancellationTokenSource();
        var termA = new TaskCompletionSource<LeadershipTerm>(TaskCreationOptions.RunContinuationsAsynchronously);
        var runA = a.RunAsync(term => Lead(term, termA), stopA.Token);
        await a.WhenLeadingAsync().WaitAsync(Wait);
        var runB = b.RunAsync(term => Lead(term, null), stopB.Token);

        await b.FirstAttempt.WaitAsync(Wait);
        (a.IsLeader, b.IsLeader, b.Leader).ShouldBe((true, false, "silo-a"));
        (await ReadLeaseAsync(clientA)).Spec.HolderIdentity.ShouldBe("silo-a");

        await stopA.CancelAsync();
        (await runA.WaitAsync(Wait)).ShouldBeFalse("a stopping leader did not lose its term");
        (await termA.Task).Ending.IsCancellationRequested.ShouldBeTrue();
        await b.WhenLeadingAsync().WaitAsync(Wait);

        var lease = await ReadLeaseAsync(clientB);
        (lease.Spec.HolderIdentity, lease.Spec.LeaseTransitions).ShouldBe(("silo-b", 1));
        await stopB.CancelAsync();
        (await runB.WaitAsync(Wait)).ShouldBeFalse();
        (await ReadLeaseAsync(clientB)).Spec.HolderIdentity.ShouldBe("");
    }

    [Fact]
    public async Task ALeaderThatCannotRenew_LosesItsTerm_AfterTheRenewDeadline_WithoutReleasing()
    {
        // No client retries, so that each failed renewal takes no longer than the connection attempt.
        using var client = _emulator.Client(new KubeClientOptions { MaxRetries = 0 });
        var elector = Elector(client, "silo-a");
        var term = new TaskCompletionSource<LeadershipTerm>(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = elector.RunAsync(t => Lead(t, term), CancellationToken.None);
        await elector.WhenLeadingAsync().WaitAsync(Wait);

        await _emulator.StopAsync(CancellationToken.None);
        var stopped = DateTimeOffset.UtcNow;

        (await run.WaitAsync(Wait)).ShouldBeTrue();
        var lasted = DateTimeOffset.UtcNow - stopped;
        lasted.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1), "it tried to renew until the deadline");
        (await term.Task).Lost.ShouldBeTrue();
        elector.IsLeader.ShouldBeFalse();
        elector.LastError.ShouldNotBeNull();
    }

    [Fact]
    public async Task ADeletedLease_IsRecreatedByItsHolder_AndTheStandbyDoesNotLeadMeanwhile()
    {
        using var clientA = _emulator.Client();
        using var clientB = _emulator.Client();
        var a = Elector(clientA, "silo-a");
        // The standby looks four times as often as the leader renews, so it is the first to find the lease gone.
        var b = Elector(clientB, "silo-b", retryPeriod: TimeSpan.FromMilliseconds(50));
        using var stop = new CancellationTokenSource();
        var runA = a.RunAsync(term => Lead(term, null), stop.Token);
        await a.WhenLeadingAsync().WaitAsync(Wait);
        var termB = new TaskCompletionSource<LeadershipTerm>(TaskCreationOptions.RunContinuationsAsynchronously);
        var runB = b.RunAsync(term => Lead(term, termB), stop.Token);
        await b.FirstAttempt.WaitAsync(Wait);
        using var watching = new CancellationTokenSource(Wait);
        await using var changes = clientA.CoordinationV1.WatchListNamespacedLeaseAsync(_namespace, cancellationToken: watching.Token)
            .GetAsyncEnumerator(watching.Token);
        (await changes.MoveNextAsync()).ShouldBeTrue();
        changes.Current.Item2.Spec.HolderIdentity.ShouldBe("silo-a");

        await clientA.CoordinationV1.DeleteNamespacedLeaseAsync(new LeaderElectionOptions().LeaseName, _namespace, cancellationToken: watching.Token);
        var deleted = TimeProvider.System.GetTimestamp();

        // Every version of the lease until well past the moment the standby would take an expired one names the leader:
        // the leader renews every 200 ms, so these come as fast as they are written.
        var holders = new List<string>();
        while (TimeProvider.System.GetElapsedTime(deleted) < TimeSpan.FromSeconds(3.5))
        {
            (await changes.MoveNextAsync()).ShouldBeTrue();
            if (changes.Current.Item1 != WatchEventType.Deleted) holders.Add(changes.Current.Item2.Spec.HolderIdentity);
        }
        holders.ShouldNotBeEmpty();
        holders.ShouldAllBe(holder => holder == "silo-a");
        (a.IsLeader, b.IsLeader, termB.Task.IsCompleted).ShouldBe((true, false, false));
        await stop.CancelAsync();
        (await runA.WaitAsync(Wait)).ShouldBeFalse();
        await Should.ThrowAsync<OperationCanceledException>(runB.WaitAsync(Wait));
    }

    private LeaderElector Elector(Kubernetes client, string identity, TimeSpan? retryPeriod = null, TimeSpan? leaseDuration = null) => new(client, _namespace,
        new LeaderElectionOptions
        {
            Identity = identity,
            LeaseDuration = leaseDuration ?? TimeSpan.FromSeconds(3),
            RenewDeadline = TimeSpan.FromSeconds(2),
            RetryPeriod = retryPeriod ?? TimeSpan.FromMilliseconds(200),
        },
        TimeProvider.System,
        NullLogger<LeaderElector>.Instance);

    private static async Task Lead(LeadershipTerm term, TaskCompletionSource<LeadershipTerm>? started)
    {
        started?.TrySetResult(term);
        await Task.Delay(Timeout.Infinite, term.Ending);
    }

    private Task<V1Lease> ReadLeaseAsync(Kubernetes client) =>
        client.CoordinationV1.ReadNamespacedLeaseAsync(new LeaderElectionOptions().LeaseName, _namespace);
}
