using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Messaging;
using Orleans.Runtime;

namespace OrleansLife.Clustering.Membership;

/// <summary>Lists, for Orleans clients, the gateways of the active silos in the cluster's ClusterMembership object.</summary>
internal sealed class KubernetesGatewayListProvider(KubernetesMembershipTable table, IOptions<GatewayOptions> options) : IGatewayListProvider
{
    public TimeSpan MaxStaleness => options.Value.GatewayListRefreshPeriod;

    [Obsolete("Orleans no longer reads it: every provider is considered updatable.")]
    public bool IsUpdatable => true;

    // A client never creates the table: a cluster without one has no gateways yet.
    public Task InitializeGatewayListProviderAsync(CancellationToken cancellationToken) =>
        table.InitializeMembershipTableAsync(tryInitTableVersion: false, cancellationToken);

    public async Task<IList<Uri>> GetGatewaysAsync(CancellationToken cancellationToken)
    {
        var data = await table.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        return data.Members
            .Select(member => member.Item1)
            .Where(entry => entry.Status == SiloStatus.Active && entry.ProxyPort != 0)
            .Select(entry => SiloAddress.New(entry.SiloAddress.Endpoint.Address, entry.ProxyPort, entry.SiloAddress.Generation).ToGatewayUri())
            .ToList();
    }

    public Task InitializeGatewayListProvider() => InitializeGatewayListProviderAsync(CancellationToken.None);

    public Task<IList<Uri>> GetGateways() => GetGatewaysAsync(CancellationToken.None);
}
