using OrleansLife.Operator.Reconciliation;
using OrleansLife.Operator.Tests.Testing;

namespace OrleansLife.Operator.Tests.Reconciliation;

/// <summary>The safety caps: a generation that would pass one is refused whole, and says so.</summary>
public sealed class BoardPodReconcilerCapTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static void Caps(BoardPodReconcilerOptions options) => (options.MaxPodsPerBoard, options.MaxPodsPerNamespace) = (5, 8);

    [Fact]
    public async Task SetDesired_PastThePerBoardCap_IsRefused_LeavingThePodsAsTheyWere()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("cap");
        await using var harness = ReconcilerHarness.Start(fixture.Emulator, ns, Caps);
        var four = Life.Parse(0, 0, "OO", "OO");
        await harness.StepAsync("greedy", 0, four);

        var refused = harness.Reconciler.SetDesired("greedy", 1, [.. Life.Parse(0, 0, "OOO", "OOO")]);
        var waited = await harness.Reconciler.WhenGenerationReconciledAsync("greedy", 1, waitForRunning: false, TestTimeouts.Wait);
        var status = await harness.WaitForStatusAsync("greedy", s => s.CapExceeded);

        const string Message = "Board 'greedy' would need 6 pods, but the operator allows at most 5 per board.";
        refused.ShouldBe(new PodCapCheck(true, Message));
        waited.Outcome.ShouldBe(GenerationReconcileOutcome.CapExceeded);
        (status.Generation, status.PodsExisting, status.CapMessage).ShouldBe((0L, 4, Message));
        var condition = status.ToCondition(DateTimeOffset.UnixEpoch);
        (condition.Type, condition.Status, condition.Reason, condition.Message).ShouldBe(("PodsReconciled", "False", "PodCapExceeded", Message));
        (await harness.ListCellsAsync("greedy")).ShouldBe(four, ignoreOrder: true);
        harness.Creates.ShouldBe(4);
    }

    [Fact]
    public async Task SetDesired_WithinTheCapAgain_ClearsTheRefusal()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("cap");
        await using var harness = ReconcilerHarness.Start(fixture.Emulator, ns, Caps);
        harness.Reconciler.SetDesired("greedy", 0, [.. Life.Parse(0, 0, "OOOOOO")]).Exceeded.ShouldBeTrue();

        var result = await harness.StepAsync("greedy", 1, Life.Parse(0, 0, "OOO"));

        result.Outcome.ShouldBe(GenerationReconcileOutcome.Reconciled);
        harness.Reconciler.GetStatus("greedy").ShouldSatisfyAllConditions(
            s => s.CapExceeded.ShouldBeFalse(),
            s => s.CapMessage.ShouldBeNull(),
            s => s.PodsExisting.ShouldBe(3));
    }

    [Fact]
    public async Task WouldExceedCap_CountsTheOtherBoardsOfTheNamespace()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("cap");
        await using var harness = ReconcilerHarness.Start(fixture.Emulator, ns, Caps);
        await harness.StepAsync("first", 0, Life.Parse(0, 0, "OOOOO"));

        var fits = harness.Reconciler.WouldExceedCap("second", 3);
        var tooMany = harness.Reconciler.WouldExceedCap("second", 4);
        var sameBoard = harness.Reconciler.WouldExceedCap("first", 5);
        var refused = harness.Reconciler.SetDesired("second", 0, [.. Life.Parse(0, 0, "OOOO")]);

        (fits, sameBoard).ShouldBe((PodCapCheck.Within, PodCapCheck.Within));
        tooMany.ShouldBe(new PodCapCheck(true,
            $"Board 'second' would need 4 pods and other boards have 5 in namespace '{ns}', but the operator allows at most 8 there."));
        refused.ShouldBe(tooMany);
        (await harness.ListPodsAsync("second")).ShouldBeEmpty();
    }
}
