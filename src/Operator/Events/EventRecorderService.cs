using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OrleansLife.Operator.Events;

/// <summary>Runs the <see cref="EventRecorder"/>'s writing loop for as long as the host runs.</summary>
internal sealed class EventRecorderService(IServiceProvider services) : BackgroundService
{
    // The recorder is resolved as the service starts, not when the host builds its hosted services: its client may
    // need a server that starts first (the embedded emulator picks its port as it starts).
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => services.GetRequiredService<EventRecorder>().RunAsync(stoppingToken);
}
