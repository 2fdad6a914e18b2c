using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;
using OrleansLife.Clustering.Membership;
using OrleansLife.Clustering.Tests.Testing;

namespace OrleansLife.Clustering.Tests.Membership;

public sealed class KubernetesGatewayListProviderTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task GetGateways_ListsTheGatewaysOfActiveSilosWithAGatewayPort()
    {
        var cluster = await fixture.NewClusterAsync();
        var table = await cluster.TableAsync();
        var entries = Enumerable.Range(0, 10).Select(_ => Entries.New()).ToArray();
        entries[3].Status = SiloStatus.Active;
        entries[3].ProxyPort = 0;
        entries[5].Status = SiloStatus.Active;
        entries[9].Status = SiloStatus.Active;
        foreach (var entry in entries) (await table.InsertRow(entry, (await table.ReadAll()).Version.Next())).ShouldBeTrue();
        // A client reads with a table and a client of its own.
        var gateways = new KubernetesGatewayListProvider(fixture.Table(cluster.Namespace, cluster.ClusterId), Options.Create(new GatewayOptions()));
        await gateways.InitializeGatewayListProvider();

        var listed = await gateways.GetGateways();

        listed.Select(uri => uri.ToString()).ShouldBe(
            [GatewayOf(entries[5]), GatewayOf(entries[9])], ignoreOrder: true);
    }

    private static string GatewayOf(Orleans.MembershipEntry entry) =>
        SiloAddress.New(entry.SiloAddress.Endpoint.Address, entry.ProxyPort, entry.SiloAddress.Generation).ToGatewayUri().ToString();
}
