using OrleansLife.Api.Cluster;
using OrleansLife.Runtime.Statistics;

namespace OrleansLife.Api.Tests.Cluster;

public sealed class ClusterHistoryTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static RuntimeStatisticsSnapshot Runtime(long delivered, params MethodStatisticsSnapshot[] methods) => new(
        "local@1", Start, Activations: 3, new Dictionary<string, long> { ["cell"] = 2, ["board"] = 1 }, delivered,
        QueuedMessages: 4, LongestQueue: 3, PendingCalls: 1, methods);

    private static MethodStatisticsSnapshot Method(long calls, long failures, double averageMilliseconds) =>
        new("board.step", calls, failures, TimeSpan.FromMilliseconds(averageMilliseconds));

    [Fact]
    public void FirstReading_OnlySetsTheBaseline()
    {
        var history = new ClusterHistory(100);

        history.Record(Start, TimeSpan.Zero, Runtime(500), null).ShouldBeNull();

        history.Samples.ShouldBeEmpty();
    }

    [Fact]
    public void Rates_ArePerSecond_OverTheChangeInTotals()
    {
        var history = new ClusterHistory(100);
        history.Record(Start, TimeSpan.Zero, Runtime(100, Method(10, 1, 1)), null);

        var sample = history.Record(Start.AddSeconds(2), TimeSpan.FromSeconds(2), Runtime(400, Method(30, 5, 2)), null)!;

        sample.At.ShouldBe(Start.AddSeconds(2));
        sample.MessagesPerSecond.ShouldBe(150);
        sample.Activations.ShouldBe(3);
        sample.ActivationsByType["cell"].ShouldBe(2);
        sample.QueuedMessages.ShouldBe(4);
        sample.LongestQueue.ShouldBe(3);
        sample.PendingCalls.ShouldBe(1);
        var step = sample.Methods.ShouldHaveSingleItem();
        step.CallsPerSecond.ShouldBe(10);
        step.ErrorsPerSecond.ShouldBe(2);
        // 10 calls averaging 1 ms, then 30 averaging 2 ms: the 20 calls between took 50 ms together.
        step.AverageLatencyMilliseconds.ShouldBe(2.5);
        history.Samples.ShouldBe([sample]);
    }

    [Fact]
    public void AMethodNotCalledInTheInterval_HasNoLatency()
    {
        var history = new ClusterHistory(100);
        history.Record(Start, TimeSpan.Zero, Runtime(0, Method(10, 0, 1)), null);

        var step = history.Record(Start.AddSeconds(1), TimeSpan.FromSeconds(1), Runtime(0, Method(10, 0, 1)), null)!.Methods.Single();

        step.CallsPerSecond.ShouldBe(0);
        step.AverageLatencyMilliseconds.ShouldBeNull();
    }

    [Fact]
    public void AMethodFirstCalledInTheInterval_CountsAllItsCalls()
    {
        var history = new ClusterHistory(100);
        history.Record(Start, TimeSpan.Zero, Runtime(0), null);

        var step = history.Record(Start.AddSeconds(1), TimeSpan.FromSeconds(1), Runtime(0, Method(4, 0, 3)), null)!.Methods.Single();

        step.CallsPerSecond.ShouldBe(4);
        step.AverageLatencyMilliseconds.ShouldBe(3);
    }

    [Fact]
    public void History_KeepsTheLatestSamples_UpToItsCapacity()
    {
        var history = new ClusterHistory(3);
        for (var second = 0; second <= 5; second++) history.Record(Start.AddSeconds(second), TimeSpan.FromSeconds(1), Runtime(second * 10), null);

        history.Samples.Select(sample => sample.At).ShouldBe([Start.AddSeconds(3), Start.AddSeconds(4), Start.AddSeconds(5)]);
        history.Samples.ShouldAllBe(sample => sample.MessagesPerSecond == 10);
    }

    [Fact]
    public void Kubernetes_IsAbsentWithoutASource_AndRatedWithOne()
    {
        var history = new ClusterHistory(100);
        history.Record(Start, TimeSpan.Zero, Runtime(0), null).ShouldBeNull();
        history.Record(Start.AddSeconds(1), TimeSpan.FromSeconds(1), Runtime(0), null)!.Kubernetes.ShouldBeNull();

        history.Record(Start.AddSeconds(2), TimeSpan.FromSeconds(1), Runtime(0), new KubernetesApiTotals(Calls: 40, Throttled: 2, WatchRestarts: 1));
        var sample = history.Record(Start.AddSeconds(4), TimeSpan.FromSeconds(2), Runtime(0), new KubernetesApiTotals(Calls: 100, Throttled: 6, WatchRestarts: 3))!;

        sample.Kubernetes.ShouldBe(new KubernetesSample(ApiCallsPerSecond: 30, ThrottledPerSecond: 2, Throttled: 6, WatchRestarts: 3));
    }

    [Fact]
    public void ATotalThatWentDown_CountsAsAQuietInterval()
    {
        var history = new ClusterHistory(100);
        history.Record(Start, TimeSpan.Zero, Runtime(500), null);

        history.Record(Start.AddSeconds(1), TimeSpan.FromSeconds(1), Runtime(100), null)!.MessagesPerSecond.ShouldBe(0);
    }
}
