using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrleansLife.Api.Tests.Support;
using OrleansLife.KubeEmulator;
using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.Operator.Leadership;

namespace OrleansLife.Api.Tests.Kubernetes;

/// <summary>A cluster whose Board definition was never installed: the silo says so, in its log and to every request.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes the emulator through IAsyncLifetime.DisposeAsync.")]
public sealed class MissingBoardResourceTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("orleanslife-nocrd-").FullName;
    private KubeApiEmulator? _cluster;

    public async Task InitializeAsync()
    {
        _cluster = new KubeApiEmulator(new KubeEmulatorOptions { KubeconfigPath = null });
        await _cluster.StartAsync(CancellationToken.None);
        await _cluster.WriteKubeconfigAsync(Path.Combine(_directory, "kubeconfig"));
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task CreatingABoard_IsA503_ThatSaysToInstallTheDefinition_AndTheLogSaysItAtStartup()
    {
        var logs = new LogCollector();
        await using var silo = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Kubernetes:Mode", "cluster")
            .UseSetting("Kubernetes:KubeConfigPath", Path.Combine(_directory, "kubeconfig"))
            .ConfigureLogging(logging => logging.AddProvider(logs)));
        using var client = silo.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _cluster!.AdminToken);
        await silo.Services.GetRequiredService<LeaderElector>().WhenLeadingAsync().WaitAsync(TimeSpan.FromSeconds(10));

        using var response = await client.CreateAsync("""{"name":"nowhere","width":5,"height":5,"pattern":"blinker"}""");

        var detail = (await response.ReadJsonAsync(HttpStatusCode.ServiceUnavailable))["detail"]!.GetValue<string>();
        detail.ShouldStartWith("The Kubernetes API could not create Board 'nowhere', so nothing was changed: The API server has no boards.orleanslife.io in namespace 'default'");
        detail.ShouldEndWith("Install the Board definition with kubectl apply -f deploy/crds/, and check the namespace.");
        await logs.WhenLoggedAsync(message => message.StartsWith("The API server has no Board resource in namespace default", StringComparison.Ordinal))
            .WaitAsync(TimeSpan.FromSeconds(10));
    }
}
