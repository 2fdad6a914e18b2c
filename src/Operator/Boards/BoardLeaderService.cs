using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrleansLife.Operator.Leadership;
using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Operator.Boards;

/// <summary>
/// Plays the boards while this silo leads: the pod reconciler and the Board controller run for the term of the lease.
/// A silo that loses the lease stops altogether, as controller-runtime's managers do: its grains and its view of the
/// pods may be stale by then, and a fresh start as a standby is the one state known to be safe.
/// </summary>
public sealed class BoardLeaderService(IServiceProvider services, IHostApplicationLifetime lifetime) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Resolved only now, after the hosted services registered before this one have started: the Kubernetes client
        // may point at an API server that one of them starts (the embedded emulator, on a port it picks).
        var elector = services.GetRequiredService<LeaderElector>();
        var reconciler = services.GetRequiredService<BoardPodReconciler>();
        var controller = services.GetRequiredService<BoardController>();
        try
        {
            var lost = await elector.RunAsync(
                term => Task.WhenAll(reconciler.RunAsync(term.Ending), controller.RunAsync(term.Ending, () => !term.Lost)),
                stoppingToken);
            if (lost) lifetime.StopApplication();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; the boards stay as objects and their pods stay, for the next leader.
        }
    }
}
