using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>Runs the <see cref="BoardPodReconciler"/> for as long as the host runs.</summary>
public sealed class BoardPodReconcilerService(IServiceProvider services) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Resolved only now, after the hosted services registered before this one have started: the Kubernetes client it
        // needs may point at an API server that one of them starts (the embedded emulator, on a port it picks).
        var reconciler = services.GetRequiredService<BoardPodReconciler>();
        try
        {
            await reconciler.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; the pods stay, and the next run adopts them.
        }
    }
}
