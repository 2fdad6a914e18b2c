using Microsoft.Extensions.Hosting;

namespace OrleansLife.Operator.Events;

/// <summary>Runs the <see cref="EventRecorder"/>'s writing loop for as long as the host runs.</summary>
internal sealed class EventRecorderService(EventRecorder recorder) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => recorder.RunAsync(stoppingToken);
}
