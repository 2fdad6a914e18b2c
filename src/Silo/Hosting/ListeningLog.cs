using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace OrleansLife.Silo.Hosting;

/// <summary>Says where the silo listens once the server has bound its addresses (with port 0, only then is the port known).</summary>
internal sealed partial class ListeningLog(IServer server, IHostApplicationLifetime lifetime, ILogger<ListeningLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
                Listening(logger, address);
        });
        lifetime.ApplicationStopping.Register(() => Stopping(logger));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(1, LogLevel.Information, "OrleansLife silo listening on {Address}")]
    private static partial void Listening(ILogger logger, string address);

    [LoggerMessage(2, LogLevel.Information, "OrleansLife silo stopping")]
    private static partial void Stopping(ILogger logger);
}
