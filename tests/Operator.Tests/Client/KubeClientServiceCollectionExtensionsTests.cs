using k8s;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Tests.Testing;

namespace OrleansLife.Operator.Tests.Client;

public sealed class KubeClientServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddKubeClient_WithAServer_TalksToIt_InItsNamespace_AndCountsCalls()
    {
        await using var server = await FakeKubeApiServer.StartAsync();
        server.RespondJson(200, """{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"1"},"items":[]}""");
        var services = new ServiceCollection();
        services.Configure<KubeClientOptions>(options => (options.Server, options.Namespace) = (server.BaseAddress, "life"));
        await using var provider = services.AddKubeClient().BuildServiceProvider();

        var client = provider.GetRequiredService<IKubernetes>();
        var settings = provider.GetRequiredService<KubeConnectionSettings>();
        await client.CoreV1.ListNamespacedPodAsync(settings.DefaultNamespace);

        (await server.NextRequestAsync()).Path.ShouldBe("/api/v1/namespaces/life/pods");
        provider.GetRequiredService<KubeClientMetrics>().CallsByVerb["list"].ShouldBe(1);
    }

    [Fact]
    public void AddKubeClient_ValidatesOptions()
    {
        var services = new ServiceCollection();
        services.Configure<KubeClientOptions>(options => options.Burst = 0);
        using var provider = services.AddKubeClient().BuildServiceProvider();

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IKubernetes>())
            .Failures.ShouldBe(["Burst must be at least 1."]);
    }
}
