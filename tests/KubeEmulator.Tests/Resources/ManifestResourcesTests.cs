using OrleansLife.KubeEmulator.Tests.Kubectl;

namespace OrleansLife.KubeEmulator.Tests.Resources;

/// <summary>
/// Service accounts, RBAC, deployments and disruption budgets, as the real kubectl finds them: by kind in discovery
/// and by short name, stored as given (a Deployment's pod template comes back whole), in their namespace or cluster-wide.
/// </summary>
public sealed class ManifestResourcesTests
{
    private const string Manifests = """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: silo
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: silo
        rules:
        - apiGroups: [""]
          resources: [pods]
          verbs: [list, watch]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: reviews
        rules:
        - apiGroups: [authentication.k8s.io]
          resources: [tokenreviews]
          verbs: [create]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: silo
        spec:
          replicas: 3
          selector:
            matchLabels:
              app: silo
          template:
            metadata:
              labels:
                app: silo
            spec:
              serviceAccountName: silo
              containers:
              - name: silo
                image: orleanslife-silo:dev
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata:
          name: silo
        spec:
          maxUnavailable: 1
          selector:
            matchLabels:
              app: silo
        """;

    [Fact]
    public async Task Apply_CreatesEachKind_AndGetFindsThemByShortName()
    {
        await using var session = await KubectlSession.StartAsync(installBoardCrd: false);

        var applied = await session.Kubectl.RunWithInputAsync(Manifests, "apply", "-f", "-");
        var named = await session.RunAsync("get", "sa,roles,deploy,pdb", "-o", "name");
        var cluster = await session.RunAsync("get", "clusterroles", "-A", "-o", "name");
        var template = await session.RunAsync("get", "deploy", "silo", "-o", "jsonpath={.spec.replicas} {.spec.template.spec.serviceAccountName} {.spec.template.spec.containers[0].image}");

        applied.Lines.ShouldBe(
        [
            "serviceaccount/silo created",
            "role.rbac.authorization.k8s.io/silo created",
            "clusterrole.rbac.authorization.k8s.io/reviews created",
            "deployment.apps/silo created",
            "poddisruptionbudget.policy/silo created",
        ], applied.Stderr);
        named.Lines.ShouldBe(
        [
            "serviceaccount/silo",
            "role.rbac.authorization.k8s.io/silo",
            "deployment.apps/silo",
            "poddisruptionbudget.policy/silo",
        ]);
        cluster.Lines.ShouldBe(["clusterrole.rbac.authorization.k8s.io/reviews"]);
        template.Stdout.ShouldBe("3 silo orleanslife-silo:dev");
    }

    [Fact]
    public async Task ServerDryRun_StoresNothing()
    {
        await using var session = await KubectlSession.StartAsync(installBoardCrd: false);

        var dryRun = await session.Kubectl.RunWithInputAsync(Manifests, "apply", "--dry-run=server", "-f", "-");
        var stored = await session.RunAsync("get", "sa,roles,deploy,pdb", "-o", "name");

        dryRun.Lines.ShouldBe(
        [
            "serviceaccount/silo created (server dry run)",
            "role.rbac.authorization.k8s.io/silo created (server dry run)",
            "clusterrole.rbac.authorization.k8s.io/reviews created (server dry run)",
            "deployment.apps/silo created (server dry run)",
            "poddisruptionbudget.policy/silo created (server dry run)",
        ], dryRun.Stderr);
        (stored.ExitCode, stored.Stdout).ShouldBe((0, ""));
    }
}
