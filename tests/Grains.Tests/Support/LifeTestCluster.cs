using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Hosting;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Tests.Support;

/// <summary>
/// An Orleans <see cref="TestCluster"/> of <paramref name="silos"/> silos running the Game of Life grains, shared by the
/// tests of a class or collection.
/// </summary>
public abstract class LifeTestCluster(int silos) : IAsyncLifetime
{
    private static int s_boards;

    public TestCluster Cluster { get; } = Build(silos);

    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>Watches boards from the cluster's client, as the API does from a silo.</summary>
    public BoardEventHub Events => new(Grains, TimeProvider.System);

    /// <summary>A fresh board name, so tests sharing the cluster never collide.</summary>
    public static string NewBoardName(string prefix = "board") => $"{prefix}-{Interlocked.Increment(ref s_boards)}";

    /// <summary>Creates a paused board (it only moves when stepped) and returns its grain once its cells exist.</summary>
    public async Task<IBoardGrain> CreatePausedAsync(
        IEnumerable<Coordinate> cells, int width, int height, Topology topology, string rule = "B3/S23", string? name = null)
    {
        name ??= NewBoardName();
        var board = Grains.GetGrain<IBoardGrain>(name);
        await board.CreateAsync(new BoardDefinition
        {
            Name = name,
            Geometry = new BoardGeometry(width, height, topology),
            Rule = LifeRule.Parse(rule),
            InitialCells = [.. cells],
            StartPaused = true,
        });
        await board.WaitForGenerationAsync(0, BoardSteps.Patience);
        return board;
    }

    /// <summary>The cells of <paramref name="board"/> that have activations anywhere in the cluster, as Orleans counts them.</summary>
    public async Task<HashSet<Coordinate>> ActiveCellsAsync(string board)
    {
        var management = Grains.GetGrain<IManagementGrain>(0);
        var cells = new HashSet<Coordinate>();
        foreach (var id in await management.GetActiveGrains(GrainType.Create(CellGrain.GrainTypeName)))
        {
            var key = id.GetIntegerKey(out var extension);
            if (extension == board) cells.Add(CellKey.Unpack(key));
        }
        return cells;
    }

    public virtual Task InitializeAsync() => Cluster.DeployAsync();

    public virtual async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private static TestCluster Build(int silos)
    {
        var builder = new TestClusterBuilder((short)silos);
        builder.AddSiloBuilderConfigurator<LifeSiloConfigurator>();
        return builder.Build();
    }

    /// <summary>How soon a cell with nothing to remember is collected in tests: soon enough to wait for.</summary>
    public static readonly TimeSpan CellCollectionAge = TimeSpan.FromSeconds(1);

    private sealed class LifeSiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddLifeGrains();
            // A killed silo is declared dead within a few seconds rather than the production half minute.
            siloBuilder.Configure<ClusterMembershipOptions>(options =>
            {
                options.ProbeTimeout = TimeSpan.FromSeconds(1);
                options.NumMissedProbesLimit = 2;
                options.NumVotesForDeathDeclaration = 1;
            });
            siloBuilder.Configure<GrainCollectionOptions>(options =>
            {
                options.CollectionQuantum = TimeSpan.FromMilliseconds(500);
                options.ClassSpecificCollectionAge[typeof(CellGrain).FullName!] = CellCollectionAge;
            });
        }
    }
}
