using Microsoft.Extensions.DependencyInjection;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Hosting;
using OrleansLife.Grains.Rules;
using OrleansLife.Runtime;
using OrleansLife.Runtime.References;

namespace OrleansLife.Grains.Tests.Support;

/// <summary>A silo running the Game of Life grains in-process, shared by the tests of a class.</summary>
public sealed class LifeSilo : IAsyncDisposable
{
    private static int s_boards;
    private readonly ServiceProvider _services;

    public LifeSilo() : this(TimeProvider.System)
    {
    }

    /// <summary>A silo on the given clock; tests that need idle collection to happen pass a manual one.</summary>
    public static LifeSilo WithClock(TimeProvider clock) => new(clock);

    private LifeSilo(TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddLifeGrains();
        _services = services.BuildServiceProvider();
        Runtime = _services.GetRequiredService<SiloRuntime>();
    }

    public SiloRuntime Runtime { get; }

    public IGrainFactory Grains => Runtime;

    public BoardEventHub Events => _services.GetRequiredService<BoardEventHub>();

    /// <summary>A fresh board name, so tests sharing the silo never collide.</summary>
    public static string NewBoardName(string prefix = "board") => $"{prefix}-{Interlocked.Increment(ref s_boards)}";

    /// <summary>Creates a paused board (it only moves when stepped) and returns its grain.</summary>
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
        return board;
    }

    public async ValueTask DisposeAsync()
    {
        await Runtime.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}
