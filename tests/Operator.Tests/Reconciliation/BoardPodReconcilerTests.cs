using OrleansLife.Grains.Cells;
using k8s;
using k8s.Models;
using OrleansLife.Operator.Boards.Objects;
using OrleansLife.Operator.Pods;
using OrleansLife.Operator.Reconciliation;
using OrleansLife.Operator.Tests.Testing;
using OrleansLife.Testing.Tools;

namespace OrleansLife.Operator.Tests.Reconciliation;

/// <summary>The reconciler against the API emulator: pods follow boards, one write per change, and survive restarts.</summary>
public sealed class BoardPodReconcilerTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Glider_PodsFollowItGenerationByGeneration_WithOneWritePerBirthAndPerDeath()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("glider");
        await using var harness = ReconcilerHarness.Start(fixture.Emulator, ns);
        // Starting above and left of the origin, the glider crosses from negative coordinates into positive ones.
        var generations = Life.Run(Life.Glider(-4, -4), 12);
        generations[4].ShouldBe(generations[0].Select(c => c.Offset(1, 1)).ToHashSet(), ignoreOrder: true);

        IReadOnlySet<Coordinate> previous = new HashSet<Coordinate>();
        for (var generation = 0; generation < generations.Count; generation++)
        {
            var live = generations[generation];
            var (creates, deletes) = (harness.Creates, harness.Deletes);

            var result = await harness.StepAsync("glider", generation, live);
            await harness.WaitUntilSettledAsync("glider", generation);

            result.Outcome.ShouldBe(GenerationReconcileOutcome.Reconciled);
            (await harness.ListCellsAsync("glider")).ShouldBe(live, ignoreOrder: true);
            (harness.Creates - creates, harness.Deletes - deletes).ShouldBe((live.Except(previous).Count(), previous.Except(live).Count()));
            previous = live;
        }

        using var kubectl = new Kubectl();
        await fixture.Emulator.WriteKubeconfigAsync(kubectl.KubeconfigPath, ns);
        var pods = await kubectl.RunAsync("get", "pods", "-l", "orleanslife.io/board=glider", "-o", "name");
        pods.Stderr.ShouldBeEmpty();
        pods.Lines.ShouldBe(previous.Select(c => "pod/" + CellPodNames.For("glider", c)).Order(StringComparer.Ordinal), ignoreOrder: true);
        harness.Reconciler.Metrics.Writes("create", "already-exists").ShouldBe(0);
        harness.Reconciler.Metrics.GenerationsReflected.ShouldBe(generations.Count);
    }

    [Fact]
    public async Task Follow_SkipsGenerationsThePodsCannotKeepUpWith_AndSettlesOnTheNewest()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("follow");
        await using var harness = ReconcilerHarness.Start(fixture.Emulator, ns, o => o.MaxConcurrentWrites = 2);
        var generations = Life.Run(Life.Glider(0, 0), 40);

        for (var generation = 0; generation < generations.Count; generation++)
        {
            harness.Reconciler.SetDesired("racer", generation, [.. generations[generation]]);
        }

        var status = await harness.WaitUntilSettledAsync("racer", 40);
        (await harness.ListCellsAsync("racer")).ShouldBe(generations[40], ignoreOrder: true);
        (status.PodsExisting, status.LagGenerations).ShouldBe((5, 0));
        (harness.Creates - harness.Deletes).ShouldBe(5);
        harness.Creates.ShouldBeLessThan(generations.Zip(generations.Skip(1)).Sum(g => g.Second.Except(g.First).Count()) + 5);
    }

    [Fact]
    public async Task AnOlderGeneration_IsIgnored_UntilTheBoardIsRewound_ThenItsPodsFollowIt()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("rewind");
        await using var harness = ReconcilerHarness.Start(fixture.Emulator, ns);
        var generations = Life.Run(Life.Glider(0, 0), 6);
        (await harness.StepAsync("rewound", 6, generations[6])).Outcome.ShouldBe(GenerationReconcileOutcome.Reconciled);

        // A lost grain resumed from an older checkpoint declares generation 2 again: ignored, the pods stay at 6...
        harness.Reconciler.SetDesired("rewound", 2, [.. generations[2]]);
        (await harness.WaitUntilSettledAsync("rewound", 6)).Generation.ShouldBe(6);
        (await harness.ListCellsAsync("rewound")).ShouldBe(generations[6], ignoreOrder: true);

        // ...until the controller says the board was rewound: then its pods follow it back.
        // (Reconciled counts a Terminating pod as gone, as a lockstep board does; the list waits until they are gone.)
        harness.Reconciler.Rewind("rewound");
        (await harness.StepAsync("rewound", 2, generations[2])).Outcome.ShouldBe(GenerationReconcileOutcome.Reconciled);
        await harness.WaitUntilSettledAsync("rewound", 2);
        (await harness.ListCellsAsync("rewound")).ShouldBe(generations[2], ignoreOrder: true);
        (await harness.StepAsync("rewound", 3, generations[3])).Outcome.ShouldBe(GenerationReconcileOutcome.Reconciled);
        await harness.WaitUntilSettledAsync("rewound", 3);
        (await harness.ListCellsAsync("rewound")).ShouldBe(generations[3], ignoreOrder: true);
    }

    [Fact]
    public async Task Restart_AdoptsThePodsItFinds_WritingOnlyForCellsThatChanged()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("restart");
        var generations = Life.Run(Life.Glider(-1, -1), 5);
        var bystander = Life.Parse(10, 10, "OOO");
        await using (var first = ReconcilerHarness.Start(fixture.Emulator, ns))
        {
            for (var generation = 0; generation <= 2; generation++) await first.StepAsync("phoenix", generation, generations[generation]);
            await first.StepAsync("bystander", 0, bystander);
        }

        // A pod the old run made for a cell the board no longer has, as if it crashed before deleting it.
        using (var client = fixture.Emulator.Client())
        {
            await client.CoreV1.CreateNamespacedPodAsync(new CellPodFactory(new CellPodOptions()).Create("phoenix", new Coordinate(30, 30), 1, null, ns), ns);
        }

        await using var second = ReconcilerHarness.Start(fixture.Emulator, ns);
        var adopted = await second.StepAsync("phoenix", 2, generations[2]);
        (adopted.Outcome, second.Creates, second.Deletes).ShouldBe((GenerationReconcileOutcome.Reconciled, 0L, 1L));

        await second.StepAsync("phoenix", 5, generations[5]);
        await second.WaitUntilSettledAsync("phoenix", 5);
        (await second.ListCellsAsync("phoenix")).ShouldBe(generations[5], ignoreOrder: true);
        (second.Creates, second.Deletes).ShouldBe((generations[5].Except(generations[2]).Count(), 1 + generations[2].Except(generations[5]).Count()));
        (await second.ListCellsAsync("bystander")).ShouldBe(bystander, ignoreOrder: true);
    }

    [Fact]
    public async Task ForgetBoard_DeletesEveryPodOfTheBoard_EvenOnesAnEarlierRunMade_AndNoOtherBoards()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("forget");
        var doomed = Life.Parse(0, 0, "OO", "OO");
        var survivor = Life.Parse(5, 5, "OOO");
        await using (var first = ReconcilerHarness.Start(fixture.Emulator, ns))
        {
            await first.StepAsync("doomed", 3, doomed);
            await first.StepAsync("survivor", 0, survivor);
        }

        await using var second = ReconcilerHarness.Start(fixture.Emulator, ns);
        await second.Reconciler.ForgetBoardAsync("doomed").WaitAsync(TestTimeouts.Wait);

        (await second.ListPodsAsync("doomed")).ShouldBeEmpty();
        (await second.ListCellsAsync("survivor")).ShouldBe(survivor, ignoreOrder: true);
        (second.Creates, second.Deletes).ShouldBe((0L, 4L));
        second.Reconciler.GetStatus("doomed").ShouldBe(new BoardPodStatus { Board = "doomed" });
    }

    [Fact]
    public async Task Pods_AreOwnedByTheirBoardObject_AndForgettingItAsTheBoardIsDeletedLeavesNoPod()
    {
        var ns = await fixture.Emulator.CreateNamespaceAsync("owned");
        await using var harness = ReconcilerHarness.Start(fixture.Emulator, ns);
        var board = await harness.Boards.CreateAsync(new Board { Metadata = new V1ObjectMeta { Name = "blinker", NamespaceProperty = ns } });

        harness.Reconciler.SetDesired("blinker", 0, [new Coordinate(0, 1), new Coordinate(1, 1), new Coordinate(2, 1)], BoardOwner.Of(board));
        var running = await harness.Reconciler.WhenGenerationReconciledAsync("blinker", 0, waitForRunning: true, TestTimeouts.Wait);
        var owners = (await harness.ListPodsAsync("blinker")).Select(p => p.Metadata.OwnerReferences!.Single()).ToList();
        // As the Board controller would: forget the board, then delete it. The garbage collector and the reconciler
        // race to delete the pods; either way no write fails.
        var forgetting = harness.Reconciler.ForgetBoardAsync("blinker");
        await harness.Boards.DeleteAsync("blinker");
        await forgetting.WaitAsync(TestTimeouts.Wait);

        (running.Outcome, running.PodsRunning).ShouldBe((GenerationReconcileOutcome.Reconciled, 3));
        owners.Select(o => (o.ApiVersion, o.Kind, o.Name, o.Uid, o.Controller)).Distinct()
            .ShouldBe([("orleanslife.io/v1", "Board", "blinker", board.Metadata.Uid, (bool?)true)]);
        (await harness.ListPodsAsync("blinker")).ShouldBeEmpty();
        harness.Reconciler.Metrics.Writes("create", "created").ShouldBe(3);
        harness.Reconciler.Metrics.Writes("delete", "failed").ShouldBe(0);
        harness.Reconciler.GetStatus("blinker").LastError.ShouldBeNull();
    }
}
