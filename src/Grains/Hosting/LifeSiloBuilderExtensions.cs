using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Catalog;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Clustering;
using OrleansLife.Grains.Placement;

namespace OrleansLife.Grains.Hosting;

/// <summary>Adds what the Game of Life's grains need on a silo: tile and board placement, the loss monitor, the board watches and the pod seam.</summary>
public static class LifeSiloBuilderExtensions
{
    /// <summary>The directory is a single grain; this is its key.</summary>
    public const long BoardDirectoryKey = 0;

    public static ISiloBuilder AddLifeGrains(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        AddLifeServices(silo.Services);
        silo.Services.AddPlacementDirector<TilePlacementStrategy, TilePlacementDirector>();
        silo.Services.AddPlacementDirector<BoardPlacementStrategy, BoardPlacementDirector>();
        return silo;
    }

    /// <summary>The services the grains and their callers use, without the silo's own (for hosts that register those separately).</summary>
    public static IServiceCollection AddLifeServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BoardEventHub>();
        services.AddMetrics();
        services.TryAddSingleton<BoardMetrics>();
        services.TryAddSingleton<ClusterLosses>();
        services.AddHostedService(provider => provider.GetRequiredService<ClusterLosses>());
        // Without Kubernetes boards have no pods; the pods feature replaces this with its reconciler.
        services.TryAddSingleton<IBoardPods>(NoBoardPods.Instance);
        // Without Kubernetes no silo is special; the Kubernetes feature homes boards with the leader, their pods' writer.
        services.TryAddSingleton<IBoardHome>(AnySiloBoardHome.Instance);
        // Without a durable store boards live in the grains; the Kubernetes feature keeps them as Board objects instead.
        services.TryAddSingleton<IBoardCatalog, GrainBoardCatalog>();
        return services;
    }
}
