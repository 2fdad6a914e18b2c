using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Cells;
using OrleansLife.Operator.Boards;
using OrleansLife.Operator.Pods;
using OrleansLife.Operator.Reconciliation;
using OrleansLife.Operator.Tests.Testing;
using OrleansLife.Testing;

namespace OrleansLife.Operator.Tests.Boards;

/// <summary>What a board grain declares becomes pods: <see cref="ReconciledBoardPods"/> over a real reconciler and the emulator.</summary>
public sealed class ReconciledBoardPodsTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string CapMessage = "Board 'greedy' would need 6 pods, but the operator allows at most 5 per board.";
    private static readonly Coordinate[] Blinker = [new(0, 1), new(1, 1), new(2, 1)];

    private static void Caps(BoardPodReconcilerOptions options) => (options.MaxPodsPerBoard, options.MaxPodsPerNamespace) = (5, 8);

    [Fact]
    public async Task Declare_MakesAPodPerLiveCell_OwnedByTheBoardObject()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("declare");
        await using var harness = ReconcilerHarness.Start(fixture.Emulator, ns, Caps);
        var owner = await harness.Boards.CreateAsync(BoardSpecMapping.ToBoard(new() { Name = "blinker", Pattern = "blinker" }, ns));
        var pods = new ReconciledBoardPods(harness.Reconciler);

        var refusal = pods.Declare("blinker", 0, Blinker, owner.Metadata.Uid);
        var shown = await pods.WhenShownAsync("blinker", 0, waitForRunning: false, TestTimeouts.Wait);

        (refusal, shown).ShouldBe(((string?)null, true));
        var made = await harness.ListPodsAsync("blinker");
        made.Select(p => p.Metadata.Name).ShouldBe(["blinker-0-1", "blinker-1-1", "blinker-2-1"], ignoreOrder: true);
        made.ShouldAllBe(p => p.Metadata.OwnerReferences!.Single().Uid == owner.Metadata.Uid);
        var reference = made[0].Metadata.OwnerReferences!.Single();
        (reference.ApiVersion, reference.Kind, reference.Name, reference.Controller).ShouldBe(("orleanslife.io/v1", "Board", "blinker", (bool?)true));
    }

    [Fact]
    public async Task Declare_WithoutAnOwner_MakesPodsWithoutOne()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("declare");
        await using var harness = ReconcilerHarness.Start(fixture.Emulator, ns, Caps);
        var pods = new ReconciledBoardPods(harness.Reconciler);

        pods.Declare("loose", 0, Blinker, ownerUid: null).ShouldBeNull();
        (await pods.WhenShownAsync("loose", 0, waitForRunning: false, TestTimeouts.Wait)).ShouldBeTrue();

        (await harness.ListPodsAsync("loose")).ShouldAllBe(p => p.Metadata.OwnerReferences == null || p.Metadata.OwnerReferences.Count == 0);
    }

    [Fact]
    public async Task APastTheCap_IsRefused_WithTheCapsReason_AndReportedInTheCounts()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("cap");
        await using var harness = ReconcilerHarness.Start(fixture.Emulator, ns, Caps);
        var pods = new ReconciledBoardPods(harness.Reconciler);

        var fits = pods.CheckCap("greedy", 5);
        var tooMany = pods.CheckCap("greedy", 6);
        var refusal = pods.Declare("greedy", 0, [.. Enumerable.Range(0, 6).Select(x => new Coordinate(x, 0))], ownerUid: null);
        var waited = await pods.WhenShownAsync("greedy", 0, waitForRunning: true, TestTimeouts.Wait);

        (fits, tooMany, refusal).ShouldBe(((string?)null, CapMessage, CapMessage));
        // Refused is not late: the board that was refused pauses rather than waits.
        waited.ShouldBeTrue();
        pods.GetCounts("greedy").ShouldBe(new BoardPodCounts(0, 0, 0, 0, null, 0, CapMessage));
    }

    [Fact]
    public async Task GetCounts_AndGetPod_FollowThePods()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("counts");
        await using var harness = ReconcilerHarness.Start(fixture.Emulator, ns, Caps);
        var pods = new ReconciledBoardPods(harness.Reconciler);
        var before = pods.GetCounts("blinker");

        pods.Declare("blinker", 0, Blinker, ownerUid: null);
        (await pods.WhenShownAsync("blinker", 0, waitForRunning: true, TestTimeouts.Wait)).ShouldBeTrue();

        before.ShouldBe(new BoardPodCounts(0, 0, 0, 0, null, 0, null));
        pods.GetCounts("blinker").ShouldBe(new BoardPodCounts(3, 3, 3, 0, 0, 0, null));
        pods.GetPod("blinker", new Coordinate(1, 1)).ShouldBe(new CellPod("blinker-1-1", "Running"));
        pods.GetPod("blinker", new Coordinate(1, 0)).ShouldBeNull();
    }

    [Fact]
    public async Task WhenShown_OfASupersededOrUnknownGeneration_IsNotLate()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("superseded");
        await using var harness = ReconcilerHarness.Start(fixture.Emulator, ns, Caps);
        var pods = new ReconciledBoardPods(harness.Reconciler);

        pods.Declare("blinker", 0, Blinker, ownerUid: null);
        pods.Declare("blinker", 1, [new(1, 0), new(1, 1), new(1, 2)], ownerUid: null);

        (await pods.WhenShownAsync("blinker", 0, waitForRunning: true, TestTimeouts.Wait)).ShouldBeTrue();
        (await pods.WhenShownAsync("never-declared", 0, waitForRunning: true, TestTimeouts.Wait)).ShouldBeTrue();
    }

    [Fact]
    public async Task WhenShown_IsFalse_WhenTheWaitTimesOut()
    {
        const string Namespace = "late";
        var time = new ManualTimeProvider();
        await using var emulator = await TestEmulator.StartAsync(time, options =>
        {
            options.Namespaces.Add(Namespace);
            options.PodRunningDelay = TimeSpan.FromDays(1);
        });
        await using var harness = ReconcilerHarness.Start(emulator, Namespace, time: time);
        var pods = new ReconciledBoardPods(harness.Reconciler);

        pods.Declare("blinker", 0, Blinker, ownerUid: null);
        var shown = pods.WhenShownAsync("blinker", 0, waitForRunning: true, TimeSpan.FromSeconds(30));
        await harness.WaitForStatusAsync("blinker", s => s.PodsExisting == 3);
        await time.WaitForTimersAsync(TimeSpan.FromSeconds(30));
        var early = shown.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(30));

        early.ShouldBeFalse();
        (await shown.WaitAsync(TestTimeouts.Wait)).ShouldBeFalse();
        (await pods.WhenShownAsync("blinker", 0, waitForRunning: false, TimeSpan.FromSeconds(30)).WaitAsync(TestTimeouts.Wait)).ShouldBeTrue();
    }

    [Fact]
    public async Task Forget_DeletesTheBoardsPods()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("forget");
        await using var harness = ReconcilerHarness.Start(fixture.Emulator, ns, Caps);
        var pods = new ReconciledBoardPods(harness.Reconciler);
        pods.Declare("blinker", 0, Blinker, ownerUid: null);
        (await pods.WhenShownAsync("blinker", 0, waitForRunning: false, TestTimeouts.Wait)).ShouldBeTrue();

        pods.Forget("blinker");
        var gone = await harness.WaitForStatusAsync("blinker", s => s.Generation is null && s.PodsExisting == 0 && s.PodsTerminating == 0);

        gone.PodsDesired.ShouldBe(0);
        (await harness.ListPodsAsync("blinker")).ShouldBeEmpty();
        pods.GetPod("blinker", Blinker[0]).ShouldBeNull();
    }
}
