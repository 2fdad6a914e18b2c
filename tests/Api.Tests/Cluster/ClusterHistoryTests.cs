using OrleansLife.Api.Cluster;

namespace OrleansLife.Api.Tests.Cluster;

public sealed class ClusterHistoryTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly GrainCounts Grains = new(3, new Dictionary<string, long> { ["cell"] = 2, ["board"] = 1 });

    [Fact]
    public void FirstReading_OnlySetsTheBaseline()
    {
        var history = new ClusterHistory(100);

        history.Record(Start, TimeSpan.Zero, Grains, null).ShouldBeNull();

        history.Samples.ShouldBeEmpty();
    }

    [Fact]
    public void ASample_CarriesTheActivationsAsRead()
    {
        var history = new ClusterHistory(100);
        history.Record(Start, TimeSpan.Zero, Grains, null);

        var sample = history.Record(Start.AddSeconds(2), TimeSpan.FromSeconds(2), Grains, null)!;

        sample.At.ShouldBe(Start.AddSeconds(2));
        sample.Activations.ShouldBe(3);
        sample.ActivationsByType["cell"].ShouldBe(2);
        history.Samples.ShouldBe([sample]);
    }

    [Fact]
    public void History_KeepsTheLatestSamples_UpToItsCapacity()
    {
        var history = new ClusterHistory(3);
        for (var second = 0; second <= 5; second++) history.Record(Start.AddSeconds(second), TimeSpan.FromSeconds(1), Grains, null);

        history.Samples.Select(sample => sample.At).ShouldBe([Start.AddSeconds(3), Start.AddSeconds(4), Start.AddSeconds(5)]);
    }

    [Fact]
    public void Kubernetes_IsAbsentWithoutASource_AndRatedWithOne()
    {
        var history = new ClusterHistory(100);
        history.Record(Start, TimeSpan.Zero, Grains, null).ShouldBeNull();
        history.Record(Start.AddSeconds(1), TimeSpan.FromSeconds(1), Grains, null)!.Kubernetes.ShouldBeNull();

        history.Record(Start.AddSeconds(2), TimeSpan.FromSeconds(1), Grains, new KubernetesApiTotals(Calls: 40, Throttled: 2, WatchRestarts: 1));
        var sample = history.Record(Start.AddSeconds(4), TimeSpan.FromSeconds(2), Grains, new KubernetesApiTotals(Calls: 100, Throttled: 6, WatchRestarts: 3))!;

        sample.Kubernetes.ShouldBe(new KubernetesSample(ApiCallsPerSecond: 30, ThrottledPerSecond: 2, Throttled: 6, WatchRestarts: 3));
    }

    [Fact]
    public void ATotalThatWentDown_CountsAsAQuietInterval()
    {
        var history = new ClusterHistory(100);
        history.Record(Start, TimeSpan.Zero, Grains, new KubernetesApiTotals(Calls: 40, Throttled: 0, WatchRestarts: 0));

        history.Record(Start.AddSeconds(1), TimeSpan.FromSeconds(1), Grains, new KubernetesApiTotals(Calls: 10, Throttled: 0, WatchRestarts: 0))!
            .Kubernetes!.ApiCallsPerSecond.ShouldBe(0);
    }

    [Theory]
    [InlineData("OrleansLife.Grains.Cells.CellGrain,OrleansLife.Grains", "cell")]
    [InlineData("OrleansLife.Grains.Boards.BoardDirectoryGrain", "boarddirectory")]
    [InlineData("Orleans.Runtime.Management.ManagementGrain, Orleans.Runtime", "management")]
    public void GrainClasses_ReadAsTheirGrainTypeNames(string grainClass, string name) => ClusterReader.ShortName(grainClass).ShouldBe(name);
}
