using OrleansLife.KubeEmulator.Tests.Testing;
using OrleansLife.Testing;

namespace OrleansLife.KubeEmulator.Tests.Pods;

/// <summary>The fake node: binding, turning Running after the configured delay, and graceful termination, on a manual clock.</summary>
public sealed class PodLifecycleControllerTests
{
    private static readonly TimeSpan RunningDelay = TimeSpan.FromSeconds(11);
    private static readonly TimeSpan TerminationCap = TimeSpan.FromSeconds(13);

    [Fact]
    public async Task NewPod_IsBoundAtOnce_AndRunningAfterTheDelay()
    {
        var (time, emulator) = await StartAsync();
        await using var _ = emulator;
        var pods = "/api/v1/namespaces/default/pods";

        await emulator.Api.PostAsync(pods, TestObjects.Pod("cell"));
        await time.WaitForTimersAsync(RunningDelay);
        var pending = await emulator.Api.GetAsync($"{pods}/cell");
        time.Advance(RunningDelay - TimeSpan.FromSeconds(1));
        var stillPending = await emulator.Api.GetAsync($"{pods}/cell");
        time.Advance(TimeSpan.FromSeconds(1));
        var running = await emulator.Api.GetAsync($"{pods}/cell");

        pending["status.phase"].ShouldBe("Pending");
        pending["spec.nodeName"].ShouldBe("orleanslife-node");
        pending.Json.Text("status.conditions.0.type").ShouldBe("PodScheduled");
        stillPending["status.phase"].ShouldBe("Pending");
        running["status.phase"].ShouldBe("Running");
        running["status.podIP"].ShouldBe("10.244.0.1");
        running["status.hostIP"].ShouldBe("10.0.0.1");
        running["status.startTime"].ShouldBe("2025-01-01T00:00:00Z");
        running.Json["status"]!["conditions"]!.AsArray().Select(c => $"{c.Text("type")}={c.Text("status")}").ShouldBe(
            ["PodReadyToStartContainers=True", "Initialized=True", "Ready=True", "ContainersReady=True", "PodScheduled=True"]);
        running.Json.Text("status.containerStatuses.0.ready").ShouldBe("true");
        running.Json.Text("status.containerStatuses.0.state.running.startedAt").ShouldBe("2025-01-01T00:00:11Z");
    }

    [Fact]
    public async Task GracefulDelete_ShowsTerminating_ThenRemovesThePodAfterTheCappedGracePeriod()
    {
        var (time, emulator) = await StartAsync();
        await using var _ = emulator;
        var pods = "/api/v1/namespaces/default/pods";
        await emulator.Api.PostAsync(pods, TestObjects.Pod("cell"));
        await time.WaitForTimersAsync(RunningDelay);
        time.Advance(RunningDelay);

        var deleted = await emulator.Api.DeleteAsync($"{pods}/cell");
        await time.WaitForTimersAsync(TerminationCap);
        var table = await emulator.Api.GetAsync($"{pods}/cell", "application/json;as=Table;v=v1;g=meta.k8s.io");
        time.Advance(TerminationCap);
        var gone = await emulator.Api.GetAsync($"{pods}/cell");

        deleted.Code.ShouldBe(200);
        deleted["metadata.deletionGracePeriodSeconds"].ShouldBe("30");
        deleted["metadata.deletionTimestamp"].ShouldBe("2025-01-01T00:00:41Z");
        table.Json.Text("rows.0.cells.2").ShouldBe("Terminating");
        gone.Code.ShouldBe(404);
    }

    [Fact]
    public async Task DeleteWithZeroGracePeriod_RemovesThePodAtOnce()
    {
        var (time, emulator) = await StartAsync();
        await using var _ = emulator;
        var pods = "/api/v1/namespaces/default/pods";
        await emulator.Api.PostAsync(pods, TestObjects.Pod("cell"));
        await time.WaitForTimersAsync(RunningDelay);

        var deleted = await emulator.Api.DeleteAsync($"{pods}/cell?gracePeriodSeconds=0");
        var gone = await emulator.Api.GetAsync($"{pods}/cell");

        deleted["kind"].ShouldBe("Pod");
        deleted["metadata.deletionTimestamp"].ShouldBeNull();
        gone.Code.ShouldBe(404);
    }

    [Fact]
    public async Task RunningPods_GetDistinctAddresses()
    {
        var (time, emulator) = await StartAsync();
        await using var _ = emulator;
        var pods = "/api/v1/namespaces/default/pods";
        await emulator.Api.PostAsync(pods, TestObjects.Pod("a"));
        await emulator.Api.PostAsync(pods, TestObjects.Pod("b"));
        await time.WaitForTimersAsync(RunningDelay, 2);
        time.Advance(RunningDelay);

        var list = await emulator.Api.GetAsync($"{pods}?fieldSelector=status.phase%3DRunning");

        list.Json["items"]!.AsArray().Select(p => p.Text("status.podIP")).ShouldBe(["10.244.0.1", "10.244.0.2"], ignoreOrder: true);
    }

    private static async Task<(ManualTimeProvider Time, TestEmulator Emulator)> StartAsync()
    {
        var time = new ManualTimeProvider();
        var emulator = await TestEmulator.StartAsync(time, o =>
        {
            o.PodRunningDelay = RunningDelay;
            o.MaxPodTerminationDelay = TerminationCap;
        });
        return (time, emulator);
    }
}
