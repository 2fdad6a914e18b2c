namespace OrleansLife.KubeEmulator.Tests.Kubectl;

/// <summary><c>kubectl apply --server-side</c>: conflicts between field managers, forcing them, and the managedFields kubectl shows.</summary>
public sealed class KubectlServerSideApplyTests
{
    private const string Lease = """
        apiVersion: coordination.k8s.io/v1
        kind: Lease
        metadata:
          name: leader
        spec:
          holderIdentity: HOLDER
          leaseDurationSeconds: 15
        """;

    [Fact]
    public async Task ApplyByAnotherManager_ReportsTheConflict_AndForceConflictsTakesTheField()
    {
        await using var session = await KubectlSession.StartAsync(installBoardCrd: false);

        var first = await session.Kubectl.RunWithInputAsync(Lease.Replace("HOLDER", "silo-a"), "apply", "--server-side", "-f", "-");
        var refused = await session.Kubectl.RunWithInputAsync(Lease.Replace("HOLDER", "silo-b"), "apply", "--server-side", "--field-manager=silo-b", "-f", "-");
        var forced = await session.Kubectl.RunWithInputAsync(Lease.Replace("HOLDER", "silo-b"), "apply", "--server-side", "--field-manager=silo-b", "--force-conflicts", "-f", "-");
        var owners = await session.RunAsync("get", "lease", "leader", "-o",
            "jsonpath={range .metadata.managedFields[*]}{.manager} {.operation} {.fieldsV1}{\"\\n\"}{end}");
        var yaml = await session.RunAsync("get", "lease", "leader", "-o", "yaml", "--show-managed-fields");

        first.Stdout.ShouldBe("lease.coordination.k8s.io/leader serverside-applied\n");
        refused.ExitCode.ShouldBe(1);
        refused.Stderr.ShouldStartWith("error: Apply failed with 1 conflict: conflict with \"kubectl\": .spec.holderIdentity\n");
        forced.Stdout.ShouldBe("lease.coordination.k8s.io/leader serverside-applied\n");
        owners.Lines.ShouldBe(
        [
            """kubectl Apply {"f:spec":{"f:leaseDurationSeconds":{}}}""",
            """silo-b Apply {"f:spec":{"f:holderIdentity":{},"f:leaseDurationSeconds":{}}}""",
        ]);
        yaml.Stdout.ShouldContain("  managedFields:\n  - apiVersion: coordination.k8s.io/v1\n    fieldsType: FieldsV1\n");
    }

    [Fact]
    public async Task ClientSideCreateThenServerSideApply_ConflictsWithTheCreator()
    {
        await using var session = await KubectlSession.StartAsync(installBoardCrd: false);

        await session.Kubectl.RunWithInputAsync(Lease.Replace("HOLDER", "silo-a"), "create", "-f", "-");
        var refused = await session.Kubectl.RunWithInputAsync(Lease.Replace("HOLDER", "silo-b"), "apply", "--server-side", "-f", "-");

        refused.Stderr.ShouldStartWith(
            "error: Apply failed with 1 conflict: conflict with \"kubectl-create\" using coordination.k8s.io/v1: .spec.holderIdentity\n");
    }
}
