using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Operator.Tests.Reconciliation;

public sealed class WorkQueueTests
{
    [Fact]
    public void Boards_TakeTurns_AndEachBoardsPods_ComeInTheOrderTheyWereAdded()
    {
        var queue = new WorkQueue();
        foreach (var name in new[] { "big-1", "big-2", "big-3", "big-4" }) queue.Add(new CellKey("big", name));
        queue.Add(new CellKey("small", "small-1"));
        queue.Add(new CellKey("small", "small-2"));

        Drain(queue).ShouldBe(["big-1", "small-1", "big-2", "small-2", "big-3", "big-4"]);
    }

    [Fact]
    public void APodAddedAgainWhileQueued_IsTakenOnce_AndOnceTaken_CanBeQueuedAgain()
    {
        var queue = new WorkQueue();
        queue.Add(new CellKey("b", "b-1"));
        queue.Add(new CellKey("b", "b-1"));
        queue.Count.ShouldBe(1);

        Drain(queue).ShouldBe(["b-1"]);
        queue.Add(new CellKey("b", "b-1"));
        Drain(queue).ShouldBe(["b-1"]);
        queue.TryTake(out _).ShouldBeFalse();
    }

    [Fact]
    public void TryTake_WithAFilter_PassesOverBoardsItRefuses_AndLeavesTheirPodsQueued()
    {
        var queue = new WorkQueue();
        queue.Add(new CellKey("held", "held-1"));
        queue.Add(new CellKey("awaited", "awaited-1"));
        queue.Add(new CellKey("awaited", "awaited-2"));

        queue.TryTake(board => board == "awaited", out var first).ShouldBeTrue();
        queue.TryTake(board => board == "awaited", out var second).ShouldBeTrue();
        queue.TryTake(board => board == "awaited", out _).ShouldBeFalse();

        (first.Name, second.Name).ShouldBe(("awaited-1", "awaited-2"));
        queue.Count.ShouldBe(1);
        Drain(queue).ShouldBe(["held-1"]);
    }

    [Fact]
    public void Clear_EmptiesEveryBoardsTurn()
    {
        var queue = new WorkQueue();
        queue.Add(new CellKey("a", "a-1"));
        queue.Add(new CellKey("b", "b-1"));

        queue.Clear();

        (queue.Count, queue.TryTake(out _)).ShouldBe((0, false));
        queue.Add(new CellKey("b", "b-1"));
        Drain(queue).ShouldBe(["b-1"]);
    }

    private static List<string> Drain(WorkQueue queue)
    {
        var names = new List<string>();
        while (queue.TryTake(out var key)) names.Add(key.Name);
        return names;
    }
}
