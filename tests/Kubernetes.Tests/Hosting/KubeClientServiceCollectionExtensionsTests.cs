using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrleansLife.Kubernetes.Client;
using OrleansLife.Kubernetes.Diagnostics;
using OrleansLife.Kubernetes.Hosting;
using OrleansLife.Kubernetes.Tests.Fakes;

namespace OrleansLife.Kubernetes.Tests.Hosting;

public class KubeClientServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddKubeClient_WithAServer_TalksToIt_AndCountsCalls()
    {
        await using var server = await FakeKubeApiServer.StartAsync();
        server.RespondJson(200, """{"kind":"Namespace","metadata":{"name":"life"}}""");
        await using var provider = new ServiceCollection()
            .AddKubeClient(options =>
            {
                options.Server = server.BaseAddress;
                options.Namespace = "life";
            })
            .BuildServiceProvider();

        var client = provider.GetRequiredService<IKubeClient>();
        await client.Namespaces().GetAsync("life");

        client.ShouldBeSameAs(provider.GetRequiredService<KubeClient>());
        client.DefaultNamespace.ShouldBe("life");
        provider.GetRequiredService<KubeClientMetrics>().CallsByVerb["get"].ShouldBe(1);
    }

    [Fact]
    public void AddKubeClient_ValidatesOptions()
    {
        using var provider = new ServiceCollection().AddKubeClient(options => options.Burst = 0).BuildServiceProvider();

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IKubeClient>())
            .Failures.ShouldBe(["Burst must be at least 1."]);
    }
}
