using Microsoft.Extensions.Hosting;

namespace OrleansLife.Runtime.Hosting;

/// <summary>Deactivates every grain when the host stops, so that OnDeactivateAsync runs before the process exits.</summary>
internal sealed class SiloRuntimeHostedService(SiloRuntime runtime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => runtime.StopAsync(cancellationToken);
}
