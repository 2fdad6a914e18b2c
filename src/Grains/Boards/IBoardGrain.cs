using OrleansLife.Grains.Boards.Tiles;

namespace OrleansLife.Grains.Boards;

/// <summary>
/// One board, keyed by its name: drives its cells through generations with a barrier, and records the births and
/// deaths of each generation. Methods other than CreateAsync throw <see cref="BoardNotFoundException"/> before creation.
/// </summary>
[Alias("board")]
public interface IBoardGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts the board; throws <see cref="BoardAlreadyExistsException"/> if it already exists, unless both come from the
    /// same durable object (the same <see cref="BoardDefinition.ResourceUid"/>): starting it again is then a no-op.
    /// </summary>
    [Alias("create")]
    Task<BoardSnapshot> CreateAsync(BoardDefinition definition);

    [Alias("get")]
    Task<BoardSnapshot> GetAsync();

    /// <summary>
    /// Asks for <paramref name="generations"/> more generations now, and waits for them at most <paramref name="wait"/>:
    /// the board goes on with them either way.
    /// </summary>
    [Alias("step")]
    Task<StepProgress> StepAsync(int generations, TimeSpan wait);

    /// <summary>The board once it has reached <paramref name="generation"/>, or as it is after <paramref name="wait"/>.</summary>
    [Alias("wait-for")]
    Task<BoardSnapshot> WaitForGenerationAsync(long generation, TimeSpan wait);

    /// <summary>The silo hosting each tile that has live cells.</summary>
    [Alias("tiles")]
    Task<BoardTiles> GetTilesAsync();

    [Alias("pause")]
    Task<BoardSnapshot> PauseAsync();

    [Alias("resume")]
    Task<BoardSnapshot> ResumeAsync();

    /// <summary>
    /// Changes the board's speed, maximum generation and pod settings from now on. A board past a new maximum completes;
    /// a completed board given a later one runs again.
    /// </summary>
    [Alias("reconfigure")]
    Task<BoardSnapshot> ReconfigureAsync(BoardSettings settings);

    /// <summary>Stops the board and forgets it; its cells die with it.</summary>
    [Alias("delete")]
    Task DeleteAsync();

    /// <summary>
    /// Sends the board's generations to <paramref name="watcher"/> until it unsubscribes or about a minute passes
    /// without it subscribing again. A watcher may subscribe before the board is created.
    /// </summary>
    [Alias("watch")]
    Task WatchAsync(IBoardWatcher watcher);

    [Alias("unwatch")]
    Task UnwatchAsync(IBoardWatcher watcher);
}
