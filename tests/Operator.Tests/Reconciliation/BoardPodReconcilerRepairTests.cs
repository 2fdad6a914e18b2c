using OrleansLife.Grains.Cells;
using k8s;
using k8s.Models;
using OrleansLife.Operator.Pods;
using OrleansLife.Operator.Reconciliation;
using OrleansLife.Operator.Tests.Testing;
using OrleansLife.Testing;

namespace OrleansLife.Operator.Tests.Reconciliation;

/// <summary>Level-triggered repair: whatever happens to the pods behind the reconciler's back, it puts back.</summary>
public sealed class BoardPodReconcilerRepairTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly IReadOnlySet<Coordinate> Blinker = Life.Parse(0, 0, "OOO");

    [Fact]
    public async Task APodDeletedOrFailedBehindItsBack_IsReplaced()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("repair");
        await using var harness = ReconcilerHarness.Start(fixture.Emulator, ns);
        await harness.StepAsync("blinker", 0, Blinker);
        using var intruder = fixture.Emulator.Client();

        await intruder.CoreV1.DeleteNamespacedPodAsync("blinker-0-0", ns, new V1DeleteOptions { GracePeriodSeconds = 0 });
        await harness.WaitForStatusAsync("blinker", _ => harness.Creates == 4);
        await intruder.CoreV1.PatchNamespacedPodStatusAsync(new V1Patch("""{"status":{"phase":"Failed"}}""", V1Patch.PatchType.MergePatch), "blinker-1-0", ns);
        var repaired = await harness.WaitForStatusAsync("blinker", s => harness.Creates == 5 && s.PodsRunning == 3);

        (repaired.PodsExisting, harness.Deletes).ShouldBe((3, 1L));
        (await harness.ListCellsAsync("blinker")).ShouldBe(Blinker, ignoreOrder: true);
    }

    [Fact]
    public async Task SetDesired_AnOlderGenerationThanTheNewest_IsIgnored()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("older");
        await using var harness = ReconcilerHarness.Start(fixture.Emulator, ns);
        await harness.StepAsync("blinker", 5, Blinker);

        harness.Reconciler.SetDesired("blinker", 4, [new Coordinate(9, 9)]);
        var result = await harness.Reconciler.WhenGenerationReconciledAsync("blinker", 5, waitForRunning: false, TestTimeouts.Wait);

        (result.Outcome, harness.Reconciler.GetStatus("blinker").Generation).ShouldBe((GenerationReconcileOutcome.Reconciled, 5L));
        Should.Throw<ArgumentException>(() => harness.Reconciler.SetDesired("Not_A_Board", 0, []));
    }

    [Fact]
    public async Task AWatchThatExpiresWhileItIsDown_IsReplacedByAFreshList_ThatShowsWhatChanged()
    {
        await using var emulator = await TestEmulator.StartAsync(configure: o => o.WatchHistorySize = 20);
        var ns = await emulator.CreateNamespaceAsync("expiry");
        var time = new ManualTimeProvider();
        await using var harness = ReconcilerHarness.Start(emulator, ns, o => o.WatchRetryInitialDelay = TimeSpan.FromSeconds(1), time);
        await harness.StepAsync("blinker", 0, Blinker);
        var name = CellPodNames.For("blinker", new Coordinate(1, 0));
        using var intruder = emulator.Client();

        emulator.Faults.DropWatches();
        await time.WaitForTimersAsync(due => due >= TimeSpan.FromSeconds(0.5) && due <= TimeSpan.FromSeconds(1));
        // While the informer waits to watch again: a pod vanishes, and enough else happens that its place in the
        // watch history is gone.
        await intruder.CoreV1.DeleteNamespacedPodAsync(name, ns, new V1DeleteOptions { GracePeriodSeconds = 0 });
        for (var i = 0; i < 25; i++)
        {
            await intruder.CoordinationV1.CreateNamespacedLeaseAsync(new V1Lease { Metadata = new V1ObjectMeta { Name = $"churn-{i}" }, Spec = new V1LeaseSpec { HolderIdentity = "x" } }, ns);
        }

        time.Advance(TimeSpan.FromSeconds(1));
        await harness.WaitForStatusAsync("blinker", s => harness.Creates == 4 && s.PodsExisting == 3);

        harness.Metrics.CallsByVerb["list"].ShouldBe(2);
        (await harness.ListCellsAsync("blinker")).ShouldBe(Blinker, ignoreOrder: true);
    }
}
