using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Messaging;
using OrleansLife.Clustering.Hosting;
using OrleansLife.Clustering.Membership;
using OrleansLife.Clustering.Tests.Testing;

namespace OrleansLife.Clustering.Tests.Hosting;

/// <summary>What the registration resolves to, against the emulator: the table of the ClusterId's object in the configured namespace.</summary>
public sealed class KubernetesMembershipBuilderExtensionsTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task AddKubernetesMembership_ResolvesATableOfTheClusterIdsObject_AndGateways()
    {
        var cluster = await fixture.NewClusterAsync();
        using var provider = Services(cluster, withGateways: true);

        var table = provider.GetRequiredService<IMembershipTable>();
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true, CancellationToken.None);

        table.ShouldBeOfType<KubernetesMembershipTable>();
        (await cluster.ReadObjectAsync()).ShouldNotBeNull();
        provider.GetRequiredService<IGatewayListProvider>().ShouldBeOfType<KubernetesGatewayListProvider>();
    }

    [Fact]
    public void AddKubernetesMembership_WithoutAKubernetesClient_SaysWhatIsMissing()
    {
        var services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.Configure<ClusterOptions>(options => options.ClusterId = "orleanslife");
        services.AddKubernetesMembership(configure: null, client: null, withGateways: false);
        using var provider = services.BuildServiceProvider();

        Should.Throw<InvalidOperationException>(() => provider.GetRequiredService<IMembershipTable>()).Message.ShouldContain("needs a Kubernetes client");
    }

    [Fact]
    public async Task AddKubernetesMembership_AnInvalidNamespace_FailsValidation()
    {
        var cluster = await fixture.NewClusterAsync();
        using var provider = Services(cluster, withGateways: false, @namespace: "Not_A_Namespace");

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<KubernetesMembershipOptions>>().Value);
    }

    private ServiceProvider Services(ClusterUnderTest cluster, bool withGateways, string? @namespace = null)
    {
        var services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.Configure<ClusterOptions>(options => options.ClusterId = cluster.ClusterId);
        services.AddKubernetesMembership(options => options.Namespace = @namespace ?? cluster.Namespace, _ => fixture.Client(), withGateways);
        return services.BuildServiceProvider();
    }
}
