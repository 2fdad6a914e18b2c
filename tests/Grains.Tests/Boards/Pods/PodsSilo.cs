using Microsoft.Extensions.DependencyInjection;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Hosting;
using OrleansLife.Grains.Tests.Support;
using OrleansLife.Runtime;
using OrleansLife.Runtime.References;

namespace OrleansLife.Grains.Tests.Boards.Pods;

/// <summary>A silo whose boards show their live cells in <see cref="RecordingBoardPods"/>, shared by the tests of a class.</summary>
public sealed class PodsSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public PodsSilo() : this(TimeProvider.System)
    {
    }

    /// <summary>A silo on the given clock; tests of ticking boards pass a manual one.</summary>
    public static PodsSilo WithClock(TimeProvider clock) => new(clock);

    private PodsSilo(TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        // Before the grains, which add the pods-less default only when no pods are registered.
        services.AddSingleton<IBoardPods>(Pods);
        services.AddLifeGrains();
        _services = services.BuildServiceProvider();
        Runtime = _services.GetRequiredService<SiloRuntime>();
    }

    public RecordingBoardPods Pods { get; } = new();

    /// <summary>A running board of these cells that ticks every 500 ms; <see cref="CreateAsync"/> names it.</summary>
    public static BoardDefinition Definition(IEnumerable<Coordinate> cells, int width, int height, Topology topology = Topology.Torus) => new()
    {
        Name = "named-on-creation",
        Geometry = new BoardGeometry(width, height, topology),
        InitialCells = [.. cells],
    };

    public SiloRuntime Runtime { get; }

    public IGrainFactory Grains => Runtime;

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

    /// <summary>
    /// Waits until no message is queued anywhere in the silo, twice with a round trip through the board's mailbox in
    /// between: by then anything the board was going to do of its own accord has been done.
    /// </summary>
    public async Task<BoardSnapshot> SettledAsync(IBoardGrain board)
    {
        await QuietAsync();
        await board.GetAsync();
        await QuietAsync();
        return await board.GetAsync();
    }

    private async Task QuietAsync()
    {
        var deadline = DateTime.UtcNow + BoardPodsRecord.Patience;
        // Nothing to wait on here: a silo with nothing to do raises no event. Bounded, so a board that never settles fails.
        while (Runtime.GetStatistics().QueuedMessages > 0)
        {
            if (DateTime.UtcNow > deadline) throw new ShouldAssertException("The silo never settled.");
            await Task.Yield();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Runtime.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}
