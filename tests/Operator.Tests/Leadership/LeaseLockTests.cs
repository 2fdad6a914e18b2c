using OrleansLife.Kubernetes.Client;
using OrleansLife.Operator.Leadership;
using OrleansLife.Operator.Tests.Testing;
using OrleansLife.Testing;

namespace OrleansLife.Operator.Tests.Leadership;

/// <summary>The lease lock against the API emulator, with the candidates' clock in the test's hands.</summary>
public sealed class LeaseLockTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task TheFirstCandidate_TakesTheLease_AndOthersWait_UntilItExpires_ThenOneTakesItOver()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var (client, @namespace, clock, a, b) = await CandidatesAsync(emulator);
        using var owned = client;

        (await a.TryAcquireOrRenewAsync(CancellationToken.None)).ShouldBeTrue();
        (await b.TryAcquireOrRenewAsync(CancellationToken.None)).ShouldBeFalse();
        b.Holder.ShouldBe("silo-a");

        clock.Advance(Duration - TimeSpan.FromSeconds(1));
        (await a.TryAcquireOrRenewAsync(CancellationToken.None)).ShouldBeTrue("the holder renews");
        clock.Advance(Duration - TimeSpan.FromSeconds(1));
        (await b.TryAcquireOrRenewAsync(CancellationToken.None)).ShouldBeFalse("renewed 14 s ago, the lease still holds");

        clock.Advance(TimeSpan.FromSeconds(1));
        (await b.TryAcquireOrRenewAsync(CancellationToken.None)).ShouldBeTrue("not renewed for 15 s, the lease has expired");
        (await a.TryAcquireOrRenewAsync(CancellationToken.None)).ShouldBeFalse();
        a.Holder.ShouldBe("silo-b");
        var lease = await client.Leases().GetAsync("boards", @namespace);
        (lease.Spec!.HolderIdentity, lease.Spec.LeaseTransitions, lease.Spec.LeaseDurationSeconds).ShouldBe(("silo-b", (int?)1, (int?)15));
    }

    [Fact]
    public async Task AReleasedLease_IsTakenAtOnce_AndOnlyItsHolderCanReleaseIt()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var (client, _, _, a, b) = await CandidatesAsync(emulator);
        using var owned = client;
        (await a.TryAcquireOrRenewAsync(CancellationToken.None)).ShouldBeTrue();

        await b.ReleaseAsync(CancellationToken.None);
        (await b.TryAcquireOrRenewAsync(CancellationToken.None)).ShouldBeFalse("a candidate cannot release a lease it does not hold");

        await a.ReleaseAsync(CancellationToken.None);
        (await b.TryAcquireOrRenewAsync(CancellationToken.None)).ShouldBeTrue("a released lease is free at once, the clock unmoved");
    }

    /// <summary>Two candidates for one lease in a namespace of their own, on one manual clock.</summary>
    private static async Task<(KubeClient Client, string Namespace, ManualTimeProvider Clock, LeaseLock A, LeaseLock B)> CandidatesAsync(
        OrleansLife.KubeEmulator.KubeApiEmulator emulator)
    {
        var @namespace = await emulator.CreateNamespaceAsync("lease");
        var client = emulator.Client(@namespace);
        var clock = new ManualTimeProvider();
        return (client, @namespace, clock, Lock("silo-a"), Lock("silo-b"));

        LeaseLock Lock(string identity) => new(client.Leases(), @namespace, "boards", identity, Duration, clock);
    }
}
