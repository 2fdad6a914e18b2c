using OrleansLife.Grains.Boards.Specs;

namespace OrleansLife.Grains.Boards.Catalog;

/// <summary>
/// Where boards are kept. Creating, deleting, pausing and resuming go through here so that a durable store (Kubernetes
/// Board objects, see the Operator project) hears of each change before the grains act on it. Reading and stepping
/// go to the board grains directly. <see cref="GrainBoardCatalog"/> keeps boards in the grains alone.
/// </summary>
public interface IBoardCatalog
{
    /// <summary>Keeps and starts a board; throws <see cref="BoardAlreadyExistsException"/> when the name is taken.</summary>
    /// <param name="spec">The request, as given: the durable store keeps it.</param>
    /// <param name="definition">The same request validated, which the grain starts from.</param>
    /// <param name="cancellationToken">Gives up waiting; the board may still be created.</param>
    Task<BoardSnapshot> CreateAsync(BoardSpec spec, BoardDefinition definition, CancellationToken cancellationToken);

    /// <summary>Stops and forgets a board; throws <see cref="BoardNotFoundException"/> when there is none.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken);

    /// <summary>Pauses or resumes a board; throws <see cref="BoardNotFoundException"/> when there is none.</summary>
    Task<BoardSnapshot> SetPausedAsync(string name, bool paused, CancellationToken cancellationToken);
}
