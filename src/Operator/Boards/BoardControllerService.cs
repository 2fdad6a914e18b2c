using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OrleansLife.Operator.Boards;

/// <summary>Runs the <see cref="BoardController"/> for as long as the host runs.</summary>
public sealed class BoardControllerService(IServiceProvider services) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        // Resolved only now, for the same reason as the reconciler: its API server may have just started.
        services.GetRequiredService<BoardController>().RunAsync(stoppingToken);
}
