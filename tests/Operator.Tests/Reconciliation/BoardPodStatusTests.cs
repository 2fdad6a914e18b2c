using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Operator.Tests.Reconciliation;

public sealed class BoardPodStatusTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToCondition_IsTrue_OnceThePodsShowTheNewestGeneration()
    {
        var condition = new BoardPodStatus { Board = "b", Generation = 7, ReflectedGeneration = 7, PodsExisting = 5 }.ToCondition(Now);

        (condition.Type, condition.Status, condition.Reason, condition.Message, condition.LastTransitionTime)
            .ShouldBe(("PodsReconciled", "True", "Reconciled", "5 pods show generation 7.", (DateTimeOffset?)Now));
    }

    [Fact]
    public void ToCondition_WhileBehind_SaysWhichGenerationThePodsShow()
    {
        var condition = new BoardPodStatus { Board = "b", Generation = 9, ReflectedGeneration = 7, LagGenerations = 2 }.ToCondition(Now);

        (condition.Status, condition.Reason, condition.Message).ShouldBe(("False", "Reconciling", "The pods show generation 7; the board is at 9."));
    }

    [Fact]
    public void ToCondition_PrefersTheCapRefusal_ThenTheLastWriteError()
    {
        var failing = new BoardPodStatus { Board = "b", Generation = 1, LagGenerations = 2, LastError = "create pod b-0-0: forbidden" };
        var refused = failing with { CapExceeded = true, CapMessage = "too many" };

        (failing.ToCondition(Now).Reason, failing.ToCondition(Now).Message).ShouldBe(("PodWriteFailed", "create pod b-0-0: forbidden"));
        (refused.ToCondition(Now).Reason, refused.ToCondition(Now).Message).ShouldBe(("PodCapExceeded", "too many"));
    }
}
