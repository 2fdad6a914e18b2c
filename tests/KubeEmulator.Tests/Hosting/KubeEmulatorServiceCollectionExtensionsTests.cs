using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Hosting;

/// <summary>The emulator as a hosted service: started with the host, kubeconfig written, stopped with the host.</summary>
public sealed class KubeEmulatorServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddKubeEmulator_StartsTheEmulatorAndWritesTheKubeconfig()
    {
        var directory = Directory.CreateTempSubdirectory("kube-host-").FullName;
        var kubeconfig = Path.Combine(directory, "nested", "kubeconfig");
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddKubeEmulator(o =>
        {
            o.KubeconfigPath = kubeconfig;
            o.KubeconfigNamespace = "orleanslife";
        });
        using var host = builder.Build();

        await host.StartAsync();
        var emulator = host.Services.GetRequiredService<KubeApiEmulator>();
        using var api = new ApiClient(emulator.BaseAddress);
        var ns = await api.GetAsync("/api/v1/namespaces/orleanslife");
        var written = await File.ReadAllTextAsync(kubeconfig);
        await host.StopAsync();

        ns.Code.ShouldBe(200);
        written.ShouldContain($"server: {emulator.BaseAddress.GetLeftPart(UriPartial.Authority)}\n");
        written.ShouldContain("namespace: orleanslife\n");
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void AddKubeEmulator_WithInvalidOptions_FailsOnStart()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddKubeEmulator(o => o.WatchHistorySize = 0);
        using var host = builder.Build();

        Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => host.Start()).Message.ShouldBe("WatchHistorySize must be at least 1.");
    }
}
