using k8s;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Messaging;
using OrleansLife.Clustering.Membership;

namespace OrleansLife.Clustering.Hosting;

/// <summary>Registers the membership table and gateway list provider kept in the Kubernetes API.</summary>
public static class KubernetesMembershipServiceCollectionExtensions
{
    /// <summary>
    /// Adds the table over the cluster's ClusterMembership object, validated <see cref="KubernetesMembershipOptions"/>,
    /// and (for <paramref name="withGateways"/>) the gateway list. <paramref name="client"/> makes the Kubernetes client;
    /// by default the <see cref="IKubernetes"/> already registered is used.
    /// </summary>
    public static IServiceCollection AddKubernetesMembership(
        this IServiceCollection services,
        Action<KubernetesMembershipOptions>? configure,
        Func<IServiceProvider, IKubernetes>? client,
        bool withGateways)
    {
        var options = services.AddOptions<KubernetesMembershipOptions>().ValidateOnStart();
        if (configure is not null) options.Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KubernetesMembershipOptions>, KubernetesMembershipOptionsValidator>());
        client ??= provider => provider.GetService<IKubernetes>()
            ?? throw new InvalidOperationException("Orleans membership in Kubernetes needs a Kubernetes client: register an IKubernetes, or pass one.");
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<KubernetesMembershipOptions>>().Value;
            return new KubernetesMembershipTable(new ClusterMembershipStore(
                client(provider),
                options.Namespace,
                ClusterMembershipObjectName.Validate(provider.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId),
                provider.GetRequiredService<ILoggerFactory>().CreateLogger("OrleansLife.Clustering.Membership"),
                options.ReadsFreshFor,
                provider.GetService<TimeProvider>()));
        });
        services.AddSingleton<IMembershipTable>(provider => provider.GetRequiredService<KubernetesMembershipTable>());
        if (withGateways) services.AddSingleton<IGatewayListProvider, KubernetesGatewayListProvider>();
        return services;
    }
}
