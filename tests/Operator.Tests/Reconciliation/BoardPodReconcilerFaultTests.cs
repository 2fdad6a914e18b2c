using k8s;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Reconciliation;
using OrleansLife.Operator.Tests.Testing;

namespace OrleansLife.Operator.Tests.Reconciliation;

/// <summary>
/// The reconciler against a misbehaving API server: a fifth of all writes fail, and every watch is cut again and
/// again. Whatever happens on the way, the pods end up exactly the live cells.
/// </summary>
public sealed class BoardPodReconcilerFaultTests
{
    private const string Namespace = "faults";

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    public async Task FailingWritesAndDroppedWatches_StillEndWithExactlyTheLiveCells(int failureStatus)
    {
        await using var emulator = await TestEmulator.StartAsync(configure: options =>
        {
            options.Namespaces.Add(Namespace);
            (options.Faults.WriteFailureRate, options.Faults.WriteFailureStatusCode, options.Faults.Seed) = (0.2, failureStatus, 7);
        });
        // No client retries: every injected failure reaches the reconciler, which must retry it itself. The default
        // rate limit (50 per second) would only make the test slower.
        var fast = new KubeClientOptions { MaxRetries = 0, Qps = 1000, Burst = 1000 };
        await using var harness = ReconcilerHarness.Start(emulator, Namespace, o =>
        {
            (o.RetryInitialDelay, o.RetryMaxDelay) = (TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(20));
            (o.WatchRetryInitialDelay, o.WatchRetryMaxDelay) = (TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(20));
        }, clientOptions: fast);
        var generations = Life.Run(Life.RPentomino(-1, -1), 24);

        for (var generation = 0; generation < generations.Count; generation++)
        {
            harness.Reconciler.SetDesired("soup", generation, [.. generations[generation]]);
            emulator.Faults.DropWatches();
            // Every third generation in lockstep, the rest following as fast as they come.
            if (generation % 3 == 0)
            {
                var result = await harness.Reconciler.WhenGenerationReconciledAsync("soup", generation, waitForRunning: false, TestTimeouts.Wait);
                result.Outcome.ShouldBe(GenerationReconcileOutcome.Reconciled);
            }
        }

        await harness.WaitUntilSettledAsync("soup", 24);
        (await harness.ListCellsAsync("soup")).ShouldBe(generations[24], ignoreOrder: true);
        (await harness.Client.CoreV1.ListNamespacedPodAsync(Namespace)).Items.Count.ShouldBe(generations[24].Count);
        harness.Reconciler.Metrics.Writes("create", "failed").ShouldBeGreaterThan(0);
        harness.Metrics.WatchRestarts.ShouldBeGreaterThan(0);
    }
}
