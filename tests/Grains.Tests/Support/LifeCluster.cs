using Microsoft.Extensions.DependencyInjection;
using OrleansLife.Grains.Hosting;
using OrleansLife.Runtime;
using OrleansLife.Runtime.Hosting;
using OrleansLife.Runtime.Placement;
using OrleansLife.Runtime.Transport;

namespace OrleansLife.Grains.Tests.Support;

/// <summary>
/// Several silos in one process, joined by a network that encodes every message: grains are spread over them by
/// hash, so most neighbour announcements cross from one silo to another.
/// </summary>
public sealed class LifeCluster : IAsyncDisposable
{
    private readonly List<ServiceProvider> _providers = [];

    public const int SiloCount = 3;

    public LifeCluster()
    {
        var endpoints = Enumerable.Range(1, SiloCount).Select(i => $"silo-{i}").ToArray();
        var placement = new HashPlacement(endpoints.Select(e => new SiloAddress(e, 0)));
        foreach (var endpoint in endpoints)
        {
            var services = new ServiceCollection()
                .AddLogging()
                .AddSingleton<IGrainPlacement>(placement)
                .AddSingleton<IMessageTransport>(Network)
                .AddLifeGrains(options => options.Endpoint = endpoint)
                .BuildServiceProvider();
            _providers.Add(services);
            var runtime = services.GetRequiredService<SiloRuntime>();
            Network.Join(runtime);
            Silos.Add(runtime);
        }
    }

    public InProcessNetwork Network { get; } = new();

    public List<SiloRuntime> Silos { get; } = [];

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in Silos) await silo.StopAsync(CancellationToken.None);
        foreach (var provider in _providers) await provider.DisposeAsync();
    }
}
