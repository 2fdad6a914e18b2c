using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Kubectl;

/// <summary>Every supported kubectl release against the emulator's newer features: events, server-side apply, explain, auth, cluster-info.</summary>
public sealed class KubectlVersionsTests
{
    private const string Lease = """
        apiVersion: coordination.k8s.io/v1
        kind: Lease
        metadata:
          name: leader
        spec:
          holderIdentity: HOLDER
        """;

    [Theory]
    [MemberData(nameof(VersionedKubectl.Versions), MemberType = typeof(VersionedKubectl))]
    public async Task EveryRelease_UsesEventsApplyExplainAuthAndClusterInfo(string version)
    {
        await using var session = await KubectlSession.StartAsync(installBoardCrd: false);
        using var kubectl = new VersionedKubectl(version, session.Kubectl.KubeconfigPath);
        var @event = TestObjects.Event("cell-a.1", "cell-a", "Started");
        @event["lastTimestamp"] = Objects.Timestamps.Format(session.Time.GetUtcNow());
        await session.Api.PostAsync("/api/v1/namespaces/default/events", @event);

        var events = await kubectl.RunAsync(null, "get", "events", "--field-selector", "involvedObject.name=cell-a");
        await kubectl.RunAsync(Lease.Replace("HOLDER", "a"), "apply", "--server-side", "-f", "-");
        var conflict = await kubectl.RunAsync(Lease.Replace("HOLDER", "b"), "apply", "--server-side", "--field-manager=other", "-f", "-");
        var forced = await kubectl.RunAsync(Lease.Replace("HOLDER", "b"), "apply", "--server-side", "--field-manager=other", "--force-conflicts", "-f", "-");
        var explain = await kubectl.RunAsync(null, "explain", "pod.spec.containers");
        var canI = await kubectl.RunAsync(null, "auth", "can-i", "create", "pods");
        var info = await kubectl.RunAsync(null, "cluster-info");

        events.Lines.ShouldBe(["LAST SEEN   TYPE     REASON    OBJECT       MESSAGE", "0s          Normal   Started   pod/cell-a   Started cell-a"]);
        conflict.Stderr.ShouldStartWith("error: Apply failed with 1 conflict: conflict with \"kubectl\": .spec.holderIdentity\n");
        forced.Stdout.ShouldBe("lease.coordination.k8s.io/leader serverside-applied\n", forced.Stderr);
        explain.Lines.ShouldContain("FIELD: containers <[]Container>");
        canI.Stdout.ShouldBe("yes\n");
        info.ExitCode.ShouldBe(0, info.Stderr);
        info.Stdout.ShouldContain("Kubernetes control plane");
    }
}
