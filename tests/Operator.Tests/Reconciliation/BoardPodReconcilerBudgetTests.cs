using OrleansLife.Grains.Cells;
using k8s;
using OrleansLife.KubeEmulator;
using OrleansLife.Operator.Pods;
using OrleansLife.Operator.Reconciliation;
using OrleansLife.Operator.Tests.Testing;
using OrleansLife.Testing;

namespace OrleansLife.Operator.Tests.Reconciliation;

/// <summary>
/// The reconciler's write budget, on a manual clock: writes start only as fast as its tokens come, each decided against
/// the board's newest generation when its token comes, and a board someone waits on is not held back.
/// </summary>
public sealed class BoardPodReconcilerBudgetTests
{
    private const string Namespace = "budget";
    private static readonly TimeSpan OneToken = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task ABoardAheadOfTheBudget_GetsItsBurst_ThenOneWritePerToken()
    {
        var time = new ManualTimeProvider();
        await using var emulator = await StartAsync(time);
        await using var harness = ReconcilerHarness.Start(emulator, Namespace, Budget(burst: 2), time);

        harness.Reconciler.SetDesired("soup", 0, Row(5)).Exceeded.ShouldBeFalse();
        await harness.WaitForStatusAsync("soup", s => s.PodsExisting == 2);
        await time.WaitForTimerAsync(OneToken);
        var afterBurst = harness.Creates;
        time.Advance(OneToken);
        var afterToken = await harness.WaitForStatusAsync("soup", s => s.PodsExisting == 3);
        await time.WaitForTimerAsync(OneToken);

        afterBurst.ShouldBe(2);
        harness.Creates.ShouldBe(3);
        (afterToken.PodsDesired, afterToken.ReflectedGeneration).ShouldBe((5, null));
    }

    [Fact]
    public async Task ACellBornAndDeadWhileTheBudgetHeldItsWriteBack_NeverGetsAPod()
    {
        var time = new ManualTimeProvider();
        await using var emulator = await StartAsync(time);
        await using var harness = ReconcilerHarness.Start(emulator, Namespace, Budget(burst: 1), time);
        var (stays, shortLived, newborn) = (new Coordinate(0, 0), new Coordinate(1, 0), new Coordinate(2, 0));

        harness.Reconciler.SetDesired("flicker", 0, [stays, shortLived]);
        await harness.WaitForStatusAsync("flicker", s => s.PodsExisting == 1);
        await time.WaitForTimerAsync(OneToken);
        harness.Reconciler.SetDesired("flicker", 1, [stays, newborn]);
        time.Advance(OneToken);
        var shown = await harness.WaitForStatusAsync("flicker", s => s.ReflectedGeneration == 1);
        var pods = await harness.Client.CoreV1.ListNamespacedPodAsync(Namespace);

        (shown.PodsDesired, shown.PodsExisting).ShouldBe((2, 2));
        (harness.Creates, harness.Deletes).ShouldBe((2L, 0L));
        pods.Items.Select(p => p.Metadata.Name).ShouldBe([CellPodNames.For("flicker", stays), CellPodNames.For("flicker", newborn)], ignoreOrder: true);
    }

    [Fact]
    public async Task ABoardInLockstep_IsNotHeldBackByTheBudget()
    {
        var time = new ManualTimeProvider();
        await using var emulator = await StartAsync(time);
        await using var harness = ReconcilerHarness.Start(emulator, Namespace, Budget(burst: 1), time);

        var result = await harness.StepAsync("lockstep", 0, Row(6).ToHashSet());

        (result.Outcome, result.PodsDesired, result.PodsExisting).ShouldBe((GenerationReconcileOutcome.Reconciled, 6, 6));
        harness.Creates.ShouldBe(6);
    }

    private static Action<BoardPodReconcilerOptions> Budget(int burst) => options =>
        (options.MaxWritesPerSecond, options.WriteBurst) = (1, burst);

    private static Coordinate[] Row(int cells) => [.. Enumerable.Range(0, cells).Select(x => new Coordinate(x, 0))];

    // Pods that never turn Running and leave at once: only the reconciler's budget moves on the manual clock.
    private static Task<KubeApiEmulator> StartAsync(ManualTimeProvider time) =>
        TestEmulator.StartAsync(time, options =>
        {
            options.Namespaces.Add(Namespace);
            options.PodRunningDelay = TimeSpan.FromDays(1);
            options.MaxPodTerminationDelay = TimeSpan.Zero;
        });
}
