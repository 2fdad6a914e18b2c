using k8s;
using Orleans.Hosting;
using Orleans;

namespace OrleansLife.Clustering.Hosting;

/// <summary>Orleans builder methods: keep the cluster's membership (and, for clients, its gateway list) in the Kubernetes API.</summary>
public static class KubernetesMembershipBuilderExtensions
{
    /// <summary>
    /// Keeps the silo's membership in the ClusterMembership object named by its ClusterId, through <paramref name="client"/>
    /// or else the registered <see cref="IKubernetes"/>. The silo also serves clients the gateway list from it.
    /// </summary>
    public static ISiloBuilder UseKubernetesMembership(
        this ISiloBuilder builder, Action<KubernetesMembershipOptions>? configure = null, Func<IServiceProvider, IKubernetes>? client = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddKubernetesMembership(configure, client, withGateways: false);
        return builder;
    }

    /// <summary>Finds the cluster's gateways (its active silos) in the ClusterMembership object named by the ClusterId.</summary>
    public static IClientBuilder UseKubernetesMembership(
        this IClientBuilder builder, Action<KubernetesMembershipOptions>? configure = null, Func<IServiceProvider, IKubernetes>? client = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddKubernetesMembership(configure, client, withGateways: true);
        return builder;
    }
}
