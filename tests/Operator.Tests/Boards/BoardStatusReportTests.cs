using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Specs;
using OrleansLife.Grains.Cells;
using OrleansLife.Operator.Boards.Objects;
using OrleansLife.Operator.Boards;
using OrleansLife.Operator.Reconciliation;
using BoardSpec = OrleansLife.Grains.Boards.Specs.BoardSpec;
using BoardState = OrleansLife.Grains.Boards.BoardState;

namespace OrleansLife.Operator.Tests.Boards;

/// <summary>A board's Board status: its phase, checkpoint, pods and conditions, or why its spec makes no board.</summary>
public sealed class BoardStatusReportTests
{
    private static readonly DateTimeOffset Before = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly Coordinate[] Blinker = [new(1, 2), new(2, 2), new(3, 2)];
    private static readonly BoardPodStatus ThreePods = new()
    {
        Board = "blinker", Generation = 7, ReflectedGeneration = 7, PodsDesired = 3, PodsExisting = 3, PodsRunning = 2,
    };

    private static BoardSnapshot Snapshot(BoardState state = BoardState.Running, string? message = null) =>
        new("blinker", 7, Blinker.Length, new BoardGeometry(5, 5, Topology.Bounded), "B3/S23", state, 500, null, 2, 2, Before, Blinker)
        {
            Message = message,
        };

    [Theory]
    [InlineData(BoardState.Running, "Running")]
    [InlineData(BoardState.Paused, "Paused")]
    [InlineData(BoardState.Completed, "Completed")]
    public void Running_NamesThePhaseAfterTheBoardsState(BoardState state, string phase) =>
        BoardStatusReport.Running(Snapshot(state), ThreePods, 4, null, 100, Now).Phase.ShouldBe(phase);

    [Fact]
    public void Running_ReportsTheCheckpoint_ThePods_AndTheObservedGeneration()
    {
        var status = BoardStatusReport.Running(Snapshot(), ThreePods, 4, null, 100, Now);

        (status.ObservedGeneration, status.Generation, status.Population).ShouldBe(((long?)4, (long?)7, (int?)3));
        status.Cells.ShouldBe([new BoardCell(1, 2), new BoardCell(2, 2), new BoardCell(3, 2)]);
        (status.PodsDesired, status.PodsExisting, status.PodsRunning).ShouldBe(((int?)3, (int?)3, (int?)2));
        status.Message.ShouldBeNull();
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(2, false)]
    [InlineData(0, false)]
    public void Running_OverMaxCells_LeavesTheWholeCheckpointOut(int maxCells, bool recorded)
    {
        var status = BoardStatusReport.Running(Snapshot(), ThreePods, 4, null, maxCells, Now);

        (status.Generation is not null, status.Population is not null, status.Cells is not null).ShouldBe((recorded, recorded, recorded));
        (status.Phase, status.PodsExisting).ShouldBe(("Running", (int?)3));
    }

    [Fact]
    public void Running_SaysWhyTheBoardIsAsItIs_BeforeThePodsLastError()
    {
        var failing = ThreePods with { LastError = "create pod blinker-1-2: forbidden" };

        BoardStatusReport.Running(Snapshot(BoardState.Paused, "Paused at the pod cap."), failing, 4, null, 100, Now).Message
            .ShouldBe("Paused at the pod cap.");
        BoardStatusReport.Running(Snapshot(), failing, 4, null, 100, Now).Message.ShouldBe("create pod blinker-1-2: forbidden");
    }

    [Fact]
    public void Running_ConditionsAreTheValidSpec_AndThePods_StampedNow_TheFirstTime()
    {
        var status = BoardStatusReport.Running(Snapshot(), ThreePods, 4, null, 100, Now);

        status.Conditions.ShouldNotBeNull().Select(Describe).ShouldBe([
            ("SpecValid", "True", "Valid", "The spec makes a board.", (long?)4, (DateTimeOffset?)Now),
            ("SpecApplied", "True", "Applied", "The spec is in effect.", 4, Now),
            ("PodsReconciled", "True", "Reconciled", "3 pods show generation 7.", null, Now),
        ]);
    }

    [Fact]
    public void Running_WithASpecNotAllInEffect_SaysWhy_InItsConditionAndMessage()
    {
        const string Why = "Only tickMilliseconds can change.";
        var status = BoardStatusReport.Running(Snapshot(), ThreePods, 5, null, 100, Now, Why);

        status.Message.ShouldBe(Why);
        status.Conditions.ShouldNotBeNull().Select(Describe).ShouldContain(("SpecApplied", "False", "NotApplied", Why, (long?)5, (DateTimeOffset?)Now));
    }

    [Fact]
    public void Running_KeepsTheTransitionTimes_OfConditionsWhoseStatusIsUnchanged()
    {
        var first = BoardStatusReport.Running(Snapshot(), ThreePods with { Generation = 9, LagGenerations = 2 }, 4, null, 100, Before);
        var second = BoardStatusReport.Running(Snapshot(), ThreePods with { Generation = 10, LagGenerations = 3 }, 4, first.Conditions, 100, Now);

        second.Conditions.ShouldNotBeNull().Select(c => (c.Type, c.Status, c.Message, c.LastTransitionTime)).ShouldBe([
            ("SpecValid", "True", "The spec makes a board.", (DateTimeOffset?)Before),
            ("SpecApplied", "True", "The spec is in effect.", Before),
            ("PodsReconciled", "False", "The pods show generation 7; the board is at 10.", Before),
        ]);
    }

    [Fact]
    public void Running_StampsNow_OnAConditionWhoseStatusChanged()
    {
        var behind = BoardStatusReport.Running(Snapshot(), ThreePods with { Generation = 9, LagGenerations = 2 }, 4, null, 100, Before);

        var caughtUp = BoardStatusReport.Running(Snapshot(), ThreePods, 4, behind.Conditions, 100, Now);

        caughtUp.Conditions.ShouldNotBeNull().Select(c => (c.Type, c.Status, c.LastTransitionTime)).ShouldBe([
            ("SpecValid", "True", (DateTimeOffset?)Before),
            ("SpecApplied", "True", Before),
            ("PodsReconciled", "True", Now),
        ]);
    }

    [Fact]
    public void Running_AfterAFailedSpec_StampsTheNowValidSpecNow()
    {
        var failed = BoardStatusReport.Failed("InvalidSpec", new Dictionary<string, string[]> { ["width"] = ["Too wide."] }, 3, null, Before);

        var running = BoardStatusReport.Running(Snapshot(), ThreePods, 4, failed.Conditions, 100, Now);

        running.Conditions.ShouldNotBeNull()[0].ShouldSatisfyAllConditions(
            c => (c.Type, c.Status, c.ObservedGeneration).ShouldBe(("SpecValid", "True", (long?)4)),
            c => c.LastTransitionTime.ShouldBe(Now));
    }

    [Fact]
    public void Failed_SaysEveryProblem_UnderItsSpecField()
    {
        BoardSpecs.TryCreateDefinition(new BoardSpec { Name = "bad", Width = 0, Height = 5, Pattern = "glider", Pacing = "eager" },
            new BoardLimits(), out _, out var errors).ShouldBeFalse();

        var status = BoardStatusReport.Failed("InvalidSpec", errors, 2, null, Now);

        const string Message = "spec.width: The width must be from 1 to 4096 columns; it is 0. "
            + "spec.pacing: Unknown pacing 'eager'; expected follow or lockstep.";
        (status.Phase, status.Message, status.ObservedGeneration).ShouldBe(("Failed", Message, (long?)2));
        (status.Generation, status.Population, status.Cells, status.PodsDesired, status.PodsExisting, status.PodsRunning)
            .ShouldBe((null, null, null, null, null, null));
        status.Conditions.ShouldNotBeNull().Select(Describe).ShouldBe([
            ("SpecValid", "False", "InvalidSpec", Message, (long?)2, (DateTimeOffset?)Now),
        ]);
    }

    [Fact]
    public void Failed_JoinsSeveralProblemsOfOneField()
    {
        var errors = new Dictionary<string, string[]> { ["cells"] = ["Generation 0 has 9 live cells.", "Another."], ["maxPods"] = ["Too few."] };

        BoardStatusReport.Failed("Refused", errors, null, null, Now).Message
            .ShouldBe("spec.cells: Generation 0 has 9 live cells. spec.cells: Another. spec.maxPods: Too few.");
    }

    [Fact]
    public void Failed_AgainForAnotherReason_KeepsTheTransitionTime_WhileRunningBefore_ResetsIt()
    {
        var invalid = new Dictionary<string, string[]> { ["width"] = ["Too wide."] };
        var refused = new Dictionary<string, string[]> { ["pattern"] = ["Too many pods."] };
        var failed = BoardStatusReport.Failed("InvalidSpec", invalid, 3, null, Before);
        var running = BoardStatusReport.Running(Snapshot(), ThreePods, 3, null, 100, Before);

        var stillFailed = BoardStatusReport.Failed("Refused", refused, 4, failed.Conditions, Now);
        var nowFailed = BoardStatusReport.Failed("Refused", refused, 4, running.Conditions, Now);

        stillFailed.Conditions.ShouldNotBeNull().Single().ShouldSatisfyAllConditions(
            c => (c.Reason, c.Message, c.ObservedGeneration).ShouldBe(("Refused", "spec.pattern: Too many pods.", (long?)4)),
            c => c.LastTransitionTime.ShouldBe(Before));
        nowFailed.Conditions.ShouldNotBeNull().Single().LastTransitionTime.ShouldBe(Now);
    }

    private static (string?, string?, string?, string?, long?, DateTimeOffset?) Describe(BoardCondition c) =>
        (c.Type, c.Status, c.Reason, c.Message, c.ObservedGeneration, c.LastTransitionTime);
}
