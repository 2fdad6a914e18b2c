using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Hosting;
using OrleansLife.Grains.Tests.Support;

namespace OrleansLife.Grains.Tests.Boards.Pods;

/// <summary>A silo whose boards show their live cells in <see cref="RecordingBoardPods"/>, shared by the tests of a class.</summary>
public sealed class PodsSilo : IAsyncLifetime
{
    private const string PodsKey = "Tests:Pods";
    // Silo configurators are made by type, so each cluster finds its recording here by a key in its configuration.
    private static readonly ConcurrentDictionary<string, RecordingBoardPods> s_recordings = new();
    private readonly string _key = Guid.NewGuid().ToString("N");

    public PodsSilo()
    {
        s_recordings[_key] = Pods;
        var builder = new TestClusterBuilder(1);
        builder.Properties[PodsKey] = _key;
        builder.AddSiloBuilderConfigurator<PodsConfigurator>();
        Cluster = builder.Build();
    }

    public TestCluster Cluster { get; }

    public RecordingBoardPods Pods { get; } = new();

    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>A running board of these cells that ticks every 500 ms; <see cref="CreateAsync"/> names it.</summary>
    public static BoardDefinition Definition(IEnumerable<Coordinate> cells, int width, int height, Topology topology = Topology.Torus) => new()
    {
        Name = "named-on-creation",
        Geometry = new BoardGeometry(width, height, topology),
        InitialCells = [.. cells],
    };

    /// <summary>
    /// Creates a board of a fresh name from <paramref name="definition"/> (whose name is replaced); with
    /// <paramref name="held"/>, its waits for pods stay open from generation 0 on, until the test ends each.
    /// <paramref name="prepare"/> sets up its pods before the board exists.
    /// </summary>
    public async Task<(IBoardGrain Board, BoardPodsRecord Pods, BoardSnapshot Created)> CreateAsync(
        BoardDefinition definition, bool held = false, Action<BoardPodsRecord>? prepare = null)
    {
        var name = LifeSilo.NewBoardName("pods");
        var record = Pods.Of(name);
        record.Held = held;
        prepare?.Invoke(record);
        var board = Grains.GetGrain<IBoardGrain>(name);
        var created = await board.CreateAsync(definition with { Name = name });
        return (board, record, created);
    }

    /// <summary>The board once its cells are built and any generation asked for so far is done.</summary>
    public async Task<BoardSnapshot> SettledAsync(IBoardGrain board)
    {
        var now = await board.GetAsync();
        return await board.WaitForGenerationAsync(now.Generation, BoardPodsRecord.Patience);
    }

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        s_recordings.TryRemove(_key, out _);
    }

    private sealed class PodsConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            // Before the grains, which add the pods-less default only when no pods are registered.
            siloBuilder.Services.AddSingleton<IBoardPods>(services => s_recordings[services.GetRequiredService<IConfiguration>()[PodsKey]!]);
            siloBuilder.AddLifeGrains();
        }
    }
}
