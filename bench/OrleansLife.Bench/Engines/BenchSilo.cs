using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansLife.Grains.Hosting;

namespace OrleansLife.Bench.Engines;

/// <summary>An Orleans silo in this process with the game's grains, as the product hosts it, counting the grain calls it receives.</summary>
public sealed class BenchSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchSilo(IHost host)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IGrainFactory>();
        Calls = host.Services.GetRequiredService<CallCounter>();
    }

    public IGrainFactory Grains { get; }

    public CallCounter Calls { get; }

    public static async Task<BenchSilo> StartAsync()
    {
        var host = Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .UseOrleans(silo =>
            {
                silo.UseLocalhostClustering().AddLifeGrains();
                silo.Services.AddSingleton<CallCounter>();
                silo.Services.AddSingleton<IIncomingGrainCallFilter>(services => services.GetRequiredService<CallCounter>());
                // Long steps are waited for in one call here, not in ten-second slices as the API does.
                silo.Configure<Orleans.Configuration.SiloMessagingOptions>(messaging => messaging.ResponseTimeout = TimeSpan.FromMinutes(30));
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
