using System.Net;
using k8s.Models;
using OrleansLife.Api.Tests.Support;
using OrleansLife.KubeEmulator;
using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.Testing.Tools;

namespace OrleansLife.Api.Tests.Deploy;

/// <summary>
/// The kustomize base deploy/, rendered by the real kubectl: it applies to a cluster (the emulator), and its silos run
/// as the code and the image expect: three of them, hardened, probed on endpoints that answer, selected by the Service
/// and the disruption budget.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class DeployBaseTests(SiloFactory silo)
{
    private static readonly string[] Objects =
    [
        "namespace/orleanslife",
        "customresourcedefinition.apiextensions.k8s.io/boards.orleanslife.io",
        "serviceaccount/orleanslife-silo",
        "role.rbac.authorization.k8s.io/orleanslife-silo",
        "clusterrole.rbac.authorization.k8s.io/orleanslife-silo-reviews",
        "rolebinding.rbac.authorization.k8s.io/orleanslife-silo",
        "clusterrolebinding.rbac.authorization.k8s.io/orleanslife-silo-reviews",
        "service/orleanslife-silo",
        "deployment.apps/orleanslife-silo",
        "poddisruptionbudget.policy/orleanslife-silo",
    ];

    [Fact]
    public async Task Base_AppliesToAnEmptyCluster_AndReappliesUnchanged()
    {
        var rendered = await RenderedBase.RenderAsync();
        await using var cluster = new KubeApiEmulator(new KubeEmulatorOptions { KubeconfigPath = null });
        await cluster.StartAsync(CancellationToken.None);
        using var kubectl = new Kubectl();
        await cluster.WriteKubeconfigAsync(kubectl.KubeconfigPath);

        var clientDryRun = await kubectl.RunWithInputAsync(rendered.Yaml, "apply", "--dry-run=client", "-f", "-");
        var applied = await kubectl.RunWithInputAsync(rendered.Yaml, "apply", "-f", "-");
        var serverDryRun = await kubectl.RunWithInputAsync(rendered.Yaml, "apply", "--dry-run=server", "-f", "-");
        var kustomized = await kubectl.RunAsync("apply", "-k", RenderedBase.Directory);

        clientDryRun.Lines.ShouldBe(Objects.Select(o => $"{o} created (dry run)"), clientDryRun.Stderr);
        applied.Lines.ShouldBe(Objects.Select(o => $"{o} created"), applied.Stderr);
        // A disruption budget's selector has patch strategy "replace", so kubectl's patch for it is never empty and a
        // real API server too reports it configured on every apply.
        serverDryRun.Lines.ShouldBe(Objects.Select(o => $"{o} {(o.StartsWith("poddisruptionbudget", StringComparison.Ordinal) ? "configured" : "unchanged")} (server dry run)"));
        kustomized.Lines.ShouldBe(Objects.Select(o => $"{o} {(o.StartsWith("poddisruptionbudget", StringComparison.Ordinal) ? "configured" : "unchanged")}"));
        var placed = await kubectl.RunAsync("get", "serviceaccounts,roles,rolebindings,services,deployments,poddisruptionbudgets", "-n", "orleanslife", "-o", "name");
        placed.Lines.ShouldBe(
        [
            "serviceaccount/orleanslife-silo",
            "role.rbac.authorization.k8s.io/orleanslife-silo",
            "rolebinding.rbac.authorization.k8s.io/orleanslife-silo",
            "service/orleanslife-silo",
            "deployment.apps/orleanslife-silo",
            "poddisruptionbudget.policy/orleanslife-silo",
        ]);
    }

    [Fact]
    public async Task Deployment_RunsThreeHardenedSilos_WithTheOrleansLabelsAndTheirOwnPodFacts()
    {
        var deployment = (await RenderedBase.RenderAsync()).Single<V1Deployment>();
        var pod = deployment.Spec.Template;
        var container = pod.Spec.Containers.ShouldHaveSingleItem();

        deployment.Spec.Replicas.ShouldBe(3);
        pod.Metadata.Labels["orleans/serviceId"].ShouldBe("orleanslife");
        pod.Metadata.Labels["orleans/clusterId"].ShouldBe("orleanslife");
        pod.Metadata.Annotations.Select(a => (a.Key, a.Value)).Order().ShouldBe(
        [
            ("prometheus.io/path", "/metrics"),
            ("prometheus.io/port", "8080"),
            ("prometheus.io/scrape", "true"),
        ]);
        pod.Spec.ServiceAccountName.ShouldBe("orleanslife-silo");
        container.Args.ShouldBe(["--kube=cluster", "--namespace=$(POD_NAMESPACE)", "--Cluster:Membership=kubernetes", "--LeaderElection:Identity=$(POD_NAME)"]);
        container.Env.Where(e => e.ValueFrom is not null).Select(e => (e.Name, e.ValueFrom.FieldRef.FieldPath)).ShouldBe(
        [
            ("POD_NAME", "metadata.name"),
            ("POD_NAMESPACE", "metadata.namespace"),
            ("POD_IP", "status.podIP"),
            ("ORLEANS_SERVICE_ID", "metadata.labels['orleans/serviceId']"),
            ("ORLEANS_CLUSTER_ID", "metadata.labels['orleans/clusterId']"),
        ]);
        container.Env.Where(e => e.ValueFrom is null).Select(e => (e.Name, e.Value)).ShouldBe(
        [
            ("Cluster__ServiceId", "$(ORLEANS_SERVICE_ID)"),
            ("Cluster__ClusterId", "$(ORLEANS_CLUSTER_ID)"),
            ("Cluster__SiloPort", "11111"),
            ("Cluster__GatewayPort", "30000"),
            ("ASPNETCORE_HTTP_PORTS", "8080"),
        ]);
        container.Ports.Select(p => (p.Name, p.ContainerPort)).ShouldBe([("http", 8080), ("silo", 11111), ("gateway", 30000)]);
        container.Resources.Requests.Keys.Order().ShouldBe(["cpu", "memory"]);
        container.Resources.Limits.Keys.Order().ShouldBe(["cpu", "memory"]);
    }

    [Fact]
    public async Task Deployment_RunsAsNonRoot_ReadOnly_WithoutPrivilegesOrCapabilities_AndWritesOnlyTmp()
    {
        var pod = (await RenderedBase.RenderAsync()).Single<V1Deployment>().Spec.Template.Spec;
        var container = pod.Containers.ShouldHaveSingleItem();

        pod.SecurityContext.RunAsNonRoot.ShouldBe(true);
        pod.SecurityContext.RunAsUser.ShouldBe(ContainerImage.User);
        pod.SecurityContext.SeccompProfile.Type.ShouldBe("RuntimeDefault");
        container.SecurityContext.ReadOnlyRootFilesystem.ShouldBe(true);
        container.SecurityContext.AllowPrivilegeEscalation.ShouldBe(false);
        container.SecurityContext.Capabilities.Drop.ShouldBe(["ALL"]);
        container.SecurityContext.Capabilities.Add.ShouldBeNull();
        var tmp = container.VolumeMounts.ShouldHaveSingleItem();
        tmp.MountPath.ShouldBe("/tmp");
        pod.Volumes.ShouldHaveSingleItem().EmptyDir.ShouldNotBeNull();
        pod.Volumes.Single().Name.ShouldBe(tmp.Name);
    }

    [Fact]
    public async Task Probes_AskTheHttpPort_ForPathsASiloAnswersOk()
    {
        var container = (await RenderedBase.RenderAsync()).Single<V1Deployment>().Spec.Template.Spec.Containers.Single();
        var probes = new[] { container.StartupProbe, container.ReadinessProbe, container.LivenessProbe };
        using var client = silo.CreateClient();

        probes.ShouldAllBe(probe => probe != null && probe.HttpGet != null);
        probes.Select(p => p.HttpGet.Port.Value).Distinct().ShouldBe(["http"]);
        foreach (var path in probes.Select(p => p.HttpGet.Path).Distinct())
        {
            using var answer = await client.GetAsync(path);
            answer.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        }
    }

    [Fact]
    public async Task ServiceBudgetAndBindings_SelectTheSilosAndTheirAccount()
    {
        var rendered = await RenderedBase.RenderAsync();
        var pod = rendered.Single<V1Deployment>().Spec.Template;
        var service = rendered.Single<V1Service>();
        var budget = rendered.Single<V1PodDisruptionBudget>();
        var account = rendered.Single<V1ServiceAccount>().Metadata;

        service.Spec.Selector.ShouldBeSubsetOf(pod.Metadata.Labels);
        service.Spec.Ports.ShouldHaveSingleItem().TargetPort.Value.ShouldBe("http");
        budget.Spec.Selector.MatchLabels.ShouldBeSubsetOf(pod.Metadata.Labels);
        budget.Spec.MaxUnavailable.Value.ShouldBe("1");
        rendered.Single<V1Deployment>().Spec.Selector.MatchLabels.ShouldBeSubsetOf(pod.Metadata.Labels);
        var binding = rendered.Single<V1RoleBinding>();
        (binding.RoleRef.Kind, binding.RoleRef.Name).ShouldBe(("Role", rendered.Single<V1Role>().Metadata.Name));
        binding.Subjects.ShouldHaveSingleItem().Name.ShouldBe(account.Name);
        var clusterBinding = rendered.Single<V1ClusterRoleBinding>();
        (clusterBinding.RoleRef.Kind, clusterBinding.RoleRef.Name).ShouldBe(("ClusterRole", rendered.Single<V1ClusterRole>().Metadata.Name));
        var subject = clusterBinding.Subjects.ShouldHaveSingleItem();
        (subject.Kind, subject.Name, subject.NamespaceProperty).ShouldBe(("ServiceAccount", account.Name, account.NamespaceProperty));
        rendered.Objects.OfType<k8s.IKubernetesObject<V1ObjectMeta>>().Where(o => o is not V1Namespace and not V1CustomResourceDefinition
            and not V1ClusterRole and not V1ClusterRoleBinding).ShouldAllBe(o => o.Metadata.NamespaceProperty == "orleanslife");
    }

    [Fact]
    public async Task Image_IsTheOneTheSiloProjectPublishes()
    {
        var container = (await RenderedBase.RenderAsync()).Single<V1Deployment>().Spec.Template.Spec.Containers.Single();

        container.Image.ShouldBe($"{ContainerImage.Repository}:{ContainerImage.Tag}");
        container.Ports.Select(p => p.ContainerPort).ShouldBe(ContainerImage.Ports);
        ContainerImage.BaseImage.ShouldBe("mcr.microsoft.com/dotnet/aspnet:10.0");
    }
}
