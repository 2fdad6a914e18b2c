using Microsoft.Extensions.Hosting;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>Runs the <see cref="BoardPodReconciler"/> for as long as the host runs.</summary>
public sealed class BoardPodReconcilerService(BoardPodReconciler reconciler) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
