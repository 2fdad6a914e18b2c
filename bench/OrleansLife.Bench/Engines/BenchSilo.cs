using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansLife.Bench.Raw;
using OrleansLife.Grains.Hosting;

namespace OrleansLife.Bench.Engines;

/// <summary>An Orleans silo in this process with the game's grains, as the product hosts it, counting the grain calls it receives.</summary>
public sealed class BenchSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchSilo(IHost host)
    {
        _host = host;
        Services = host.Services;
        Grains = host.Services.GetRequiredService<IGrainFactory>();
        Calls = host.Services.GetRequiredService<CallCounter>();
    }

    public IServiceProvider Services { get; }

    public IGrainFactory Grains { get; }

    public CallCounter Calls { get; }

    /// <summary>A silo alone, on free ports.</summary>
    public static Task<BenchSilo> StartAsync() => StartAsync(SiloPorts.Free(), primary: null);

    /// <summary>A silo on <paramref name="ports"/>; the primary of a localhost cluster, or one joining <paramref name="primary"/>.</summary>
    public static async Task<BenchSilo> StartAsync(SiloPorts ports, IPEndPoint? primary, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(ports);
        var host = Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)
                // On a loaded machine Orleans warns of every slow turn and stalled timer, burying the results.
                .AddFilter("Orleans", LogLevel.Error)
                // Cells still deactivating when a cluster stops fail to reach departed silos' directory partitions.
                .AddFilter("Orleans.Grain", LogLevel.Critical))
            .UseOrleans(silo =>
            {
                silo.UseLocalhostClustering(ports.Silo, ports.Gateway, primary).AddLifeGrains();
                silo.Services.AddSingleton<CallCounter>();
                silo.Services.AddSingleton<IIncomingGrainCallFilter>(services => services.GetRequiredService<CallCounter>());
                silo.Services.AddSingleton(PingDelivery.Process);
                // Long steps are waited for in one call here, not in ten-second slices as the API does.
                silo.Configure<Orleans.Configuration.SiloMessagingOptions>(messaging => messaging.ResponseTimeout = TimeSpan.FromMinutes(30));
                configure?.Invoke(silo.Services);
            })
            .Build();
        await host.StartAsync();
        return new BenchSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
