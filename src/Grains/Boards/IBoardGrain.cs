using OrleansLife.Grains.Regions;
using OrleansLife.Runtime.Identity;

namespace OrleansLife.Grains.Boards;

/// <summary>
/// One board, keyed by its name: drives its cells through generations with a barrier, and records the births and
/// deaths of each generation. Methods other than CreateAsync throw <see cref="BoardNotFoundException"/> before creation.
/// </summary>
public interface IBoardGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts the board; throws <see cref="BoardAlreadyExistsException"/> if it already exists, unless both come from the
    /// same durable object (the same <see cref="BoardDefinition.ResourceUid"/>): starting it again is then a no-op.
    /// </summary>
    Task<BoardSnapshot> CreateAsync(BoardDefinition definition);

    Task<BoardSnapshot> GetAsync();

    /// <summary>Advances <paramref name="generations"/> generations now and returns the board after the last.</summary>
    Task<BoardSnapshot> StepAsync(int generations);

    Task<BoardSnapshot> PauseAsync();

    Task<BoardSnapshot> ResumeAsync();

    /// <summary>
    /// Changes the board's speed, maximum generation and pod settings from now on. A board past a new maximum completes;
    /// a completed board given a later one runs again.
    /// </summary>
    Task<BoardSnapshot> ReconfigureAsync(BoardSettings settings);

    /// <summary>Stops the board and forgets it; its cells die with it.</summary>
    Task DeleteAsync();

    /// <summary>A region's births and deaths for the generation being computed (one-way).</summary>
    void RegionDecided(RegionReport report);

    /// <summary>A lockstep board's pods have shown its newest generation, or the wait timed out (one-way).</summary>
    void PodsShown(PodsShown report);

    /// <summary>A round with no region to ask has completed: the board's own message to itself (one-way).</summary>
    void EmptyRoundDone(long epoch, long generation);
}
