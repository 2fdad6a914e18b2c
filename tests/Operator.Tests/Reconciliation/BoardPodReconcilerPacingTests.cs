using OrleansLife.Grains.Cells;
using OrleansLife.KubeEmulator;
using k8s;
using k8s.Models;
using OrleansLife.Operator.Pods;
using OrleansLife.Operator.Reconciliation;
using OrleansLife.Operator.Tests.Testing;
using OrleansLife.Testing;

namespace OrleansLife.Operator.Tests.Reconciliation;

/// <summary>
/// Lockstep pacing and terminating pods, on a manual clock that the emulator's fake node and the reconciler's timeouts
/// both run on: pods turn Running, time out and finish terminating exactly when the test says.
/// </summary>
public sealed class BoardPodReconcilerPacingTests
{
    private const string Namespace = "pacing";
    private static readonly Coordinate[] Blinker = [new(0, 1), new(1, 1), new(2, 1)];

    [Fact]
    public async Task Lockstep_WithWaitForRunning_CompletesWhenThePodsTurnRunning()
    {
        var time = new ManualTimeProvider();
        await using var emulator = await StartAsync(time, runningDelay: TimeSpan.FromSeconds(10));
        await using var harness = ReconcilerHarness.Start(emulator, Namespace, time: time);

        harness.Reconciler.SetDesired("blinker", 0, Blinker);
        var waiting = harness.Reconciler.WhenGenerationReconciledAsync("blinker", 0, waitForRunning: true, TimeSpan.FromMinutes(1));
        await harness.WaitForStatusAsync("blinker", s => s.PodsExisting == 3);
        await time.WaitForTimersAsync(TimeSpan.FromSeconds(10), 3);
        var early = waiting.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(10));
        var result = await waiting.WaitAsync(TestTimeouts.Wait);

        early.ShouldBeFalse();
        result.ShouldBe(new GenerationReconcileResult("blinker", 0, GenerationReconcileOutcome.Reconciled, 3, 3, 3, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Lockstep_OnPodsThatStayPending_TimesOutWithAResult_NotAnException()
    {
        var time = new ManualTimeProvider();
        await using var emulator = await StartAsync(time, runningDelay: TimeSpan.FromDays(1));
        await using var harness = ReconcilerHarness.Start(emulator, Namespace, time: time);

        harness.Reconciler.SetDesired("blinker", 0, Blinker);
        var waiting = harness.Reconciler.WhenGenerationReconciledAsync("blinker", 0, waitForRunning: true, TimeSpan.FromSeconds(30));
        await harness.WaitForStatusAsync("blinker", s => s.PodsExisting == 3);
        await time.WaitForTimersAsync(TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromSeconds(30));
        var result = await waiting.WaitAsync(TestTimeouts.Wait);

        result.ShouldBe(new GenerationReconcileResult("blinker", 0, GenerationReconcileOutcome.TimedOut, 3, 3, 0, TimeSpan.FromSeconds(30)));
        var next = await harness.Reconciler.WhenGenerationReconciledAsync("blinker", 0, waitForRunning: false, TestTimeouts.Wait);
        next.Outcome.ShouldBe(GenerationReconcileOutcome.Reconciled);
    }

    [Fact]
    public async Task Lockstep_CancelledByTheBoard_EndsCancelled()
    {
        var time = new ManualTimeProvider();
        await using var emulator = await StartAsync(time, runningDelay: TimeSpan.FromDays(1));
        await using var harness = ReconcilerHarness.Start(emulator, Namespace, time: time);
        using var cancel = new CancellationTokenSource();

        harness.Reconciler.SetDesired("blinker", 0, Blinker);
        var waiting = harness.Reconciler.WhenGenerationReconciledAsync("blinker", 0, waitForRunning: true, Timeout.InfiniteTimeSpan, cancel.Token);
        await harness.WaitForStatusAsync("blinker", s => s.PodsExisting == 3);
        await cancel.CancelAsync();

        await Should.ThrowAsync<TaskCanceledException>(waiting.WaitAsync(TestTimeouts.Wait));
    }

    [Fact]
    public async Task RebornCell_WhileItsOldPodTerminates_IsCreatedOnce_WhenTheOldPodIsGone()
    {
        var time = new ManualTimeProvider();
        await using var emulator = await StartAsync(time, runningDelay: TimeSpan.FromDays(1), terminationCap: TimeSpan.FromMinutes(1));
        // The reconciler runs on the real clock here: only the fake node's termination waits for the test.
        await using var harness = ReconcilerHarness.Start(emulator, Namespace);
        var cell = new Coordinate(4, -4);
        var name = CellPodNames.For("phoenix", cell);

        await harness.StepAsync("phoenix", 0, new HashSet<Coordinate> { cell });
        var first = await WaitForPodAsync(harness, name, p => !string.IsNullOrEmpty(p.Spec?.NodeName));
        await harness.StepAsync("phoenix", 1, new HashSet<Coordinate>());
        harness.Reconciler.SetDesired("phoenix", 2, [cell]);
        var waiting = await harness.WaitForStatusAsync("phoenix", s => s.Generation == 2 && s.PodsTerminating == 1);
        var reborn = harness.Reconciler.WhenGenerationReconciledAsync("phoenix", 2, waitForRunning: false, TestTimeouts.Wait);
        var writesWhileTerminating = (harness.Creates, harness.Deletes);
        await time.WaitForTimersAsync(TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(1));
        var result = await reborn.WaitAsync(TestTimeouts.Wait);
        var second = await WaitForPodAsync(harness, name, p => p.Metadata.DeletionTimestamp is null);

        (waiting.PodsDesired, waiting.PodsExisting).ShouldBe((1, 0));
        writesWhileTerminating.ShouldBe((1L, 1L));
        result.Outcome.ShouldBe(GenerationReconcileOutcome.Reconciled);
        (harness.Creates, harness.Deletes).ShouldBe((2L, 1L));
        harness.Reconciler.Metrics.Writes("create", "already-exists").ShouldBe(0);
        second.Metadata.Uid.ShouldNotBe(first.Metadata.Uid);
    }

    private static Task<KubeApiEmulator> StartAsync(ManualTimeProvider time, TimeSpan runningDelay, TimeSpan? terminationCap = null) =>
        TestEmulator.StartAsync(time, options =>
        {
            options.Namespaces.Add(Namespace);
            options.PodRunningDelay = runningDelay;
            options.MaxPodTerminationDelay = terminationCap ?? TimeSpan.Zero;
        });

    /// <summary>Reads the pod, then watches it until <paramref name="until"/> holds.</summary>
    private static async Task<V1Pod> WaitForPodAsync(ReconcilerHarness harness, string name, Func<V1Pod, bool> until)
    {
        using var timeout = new CancellationTokenSource(TestTimeouts.Wait);
        var selector = $"metadata.name={name}";
        var list = await harness.Client.CoreV1.ListNamespacedPodAsync(Namespace, fieldSelector: selector, cancellationToken: timeout.Token);
        if (list.Items.FirstOrDefault(until) is { } ready) return ready;
        var changes = harness.Client.CoreV1.WatchListNamespacedPodAsync(
            Namespace, fieldSelector: selector, resourceVersion: list.Metadata.ResourceVersion, cancellationToken: timeout.Token);
        await foreach (var (type, pod) in changes)
        {
            if (type != WatchEventType.Deleted && until(pod)) return pod;
        }

        throw new TimeoutException($"Pod {name} never got there.");
    }
}
