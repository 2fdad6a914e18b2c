using System.Net;
using k8s;
using Orleans.Configuration;
using OrleansLife.Clustering.Hosting;
using OrleansLife.Operator.Client;
using OrleansLife.Silo.Kubernetes;

namespace OrleansLife.Silo.Clustering;

/// <summary>
/// <c>Cluster:Membership=kubernetes</c>: the silo keeps its Orleans membership in the Kubernetes API its boards use
/// (the <c>--kube</c> connection, in the boards' namespace), and advertises an address the other silos can reach.
/// </summary>
internal static class KubernetesMembershipSiloExtensions
{
    /// <summary>The section of <see cref="KubernetesMembershipOptions"/>, such as <c>--KubernetesMembership:ReadsFreshFor=00:00:05</c>.</summary>
    public const string OptionsSection = "KubernetesMembership";

    public static ISiloBuilder AddKubernetesMembership(this ISiloBuilder silo, LifeClusterOptions options, bool inPod)
    {
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = options.ClusterId;
            cluster.ServiceId = options.ServiceId;
        });
        var siloPort = SiloOrleansExtensions.PortOrFree(options.SiloPort);
        var gatewayPort = SiloOrleansExtensions.PortOrFree(options.GatewayPort);
        var advertised = options.AdvertisedAddress is { Length: > 0 } address ? IPAddress.Parse(address) : null;
        if (inPod)
        {
            // Orleans' Kubernetes hosting advertises the pod's IP (POD_IP), names the silo after its pod, listens on all
            // interfaces, and declares dead the silos whose pods are gone.
            silo.Configure<EndpointOptions>(endpoints =>
            {
                endpoints.SiloPort = siloPort;
                endpoints.GatewayPort = gatewayPort;
                if (advertised is not null) endpoints.AdvertisedIPAddress = advertised;
            });
            silo.UseKubernetesHosting();
        }
        else
        {
            // Loopback by default: silos on one machine reach each other there, and nothing else can reach them.
            silo.ConfigureEndpoints(advertised ?? IPAddress.Loopback, siloPort, gatewayPort, listenOnAnyHostAddress: advertised is not null);
        }

        silo.UseKubernetesMembership(client: provider => LastingApi(provider).GetRequiredService<IKubernetes>());
        // In the namespace the boards use (the kubeconfig context's, the pod's, or --namespace), unless set.
        silo.Services.AddOptions<KubernetesMembershipOptions>()
            .Configure<IServiceProvider>((membership, provider) =>
                membership.Namespace = LastingApi(provider).GetRequiredService<KubeConnectionSettings>().DefaultNamespace)
            .BindConfiguration(OptionsSection);
        return silo;
    }

    /// <summary>
    /// The services, once sure the boards' Kubernetes API outlives the silos: a table kept in an emulator inside one
    /// silo would die with it (and that emulator starts only after Orleans has read its membership).
    /// </summary>
    private static IServiceProvider LastingApi(IServiceProvider provider)
    {
        // Resolved again from the settings: the emulator's connection is known only once it has started, after Orleans.
        var kube = provider.GetRequiredService<IConfiguration>().GetSection(SiloKubernetesExtensions.SectionName);
        var mode = KubeModeResolver.Resolve(kube["Mode"], kube["KubeConfigPath"]);
        if (mode == KubeMode.Cluster) return provider;
        throw new InvalidOperationException(
            "Cluster:Membership=kubernetes keeps the Orleans membership in a Kubernetes API that outlives the silos: run with --kube cluster " +
            $"(a cluster, or the standalone emulator: --kube cluster --kubeconfig .orleanslife/kubeconfig), not --kube {mode.ToString().ToLowerInvariant()}.");
    }
}
