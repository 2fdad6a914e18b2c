using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Catalog;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Regions;
using OrleansLife.Runtime.Hosting;
using OrleansLife.Runtime.Registry;

namespace OrleansLife.Grains.Hosting;

/// <summary>Adds the grain runtime with the Game of Life's grains: cells, boards and the board directory.</summary>
public static class LifeServiceCollectionExtensions
{
    /// <summary>The directory is a single grain; this is its key.</summary>
    public const long BoardDirectoryKey = 0;

    public static IServiceCollection AddLifeGrains(this IServiceCollection services, Action<SiloRuntimeOptions>? configure = null)
    {
        services.AddSingleton<BoardEventHub>();
        // Without Kubernetes boards have no pods; the pods feature replaces this with its reconciler.
        services.TryAddSingleton<IBoardPods>(NoBoardPods.Instance);
        // Without a durable store boards live in the grains; the Kubernetes feature keeps them as Board objects instead.
        services.TryAddSingleton<IBoardCatalog, GrainBoardCatalog>();
        return services.AddGrainRuntime(RegisterLifeGrains, configure);
    }

    /// <summary>Registers the game's grain types and their messages with a runtime.</summary>
    public static void RegisterLifeGrains(GrainRegistry grains) => grains
        .Add<ICellGrain, CellGrain>(CellMethods.GrainTypeName, static (id, runtime) => new CellGrainReference(id, runtime),
            static _ => new CellGrain(), CellMethods.All)
        .Add<IBoardGrain, BoardGrain>(BoardMethods.GrainTypeName, static (id, runtime) => new BoardGrainReference(id, runtime),
            static services => new BoardGrain(services.GetRequiredService<BoardEventHub>(), services.GetService<IBoardPods>() ?? NoBoardPods.Instance), BoardMethods.All)
        .Add<IBoardDirectoryGrain, BoardDirectoryGrain>(BoardDirectoryMethods.GrainTypeName,
            static (id, runtime) => new BoardDirectoryGrainReference(id, runtime), static _ => new BoardDirectoryGrain(),
            BoardDirectoryMethods.All)
        .Add<IRegionGrain, RegionGrain>(RegionMethods.GrainTypeName, static (id, runtime) => new RegionGrainReference(id, runtime),
            static _ => new RegionGrain(), RegionMethods.All);
}
