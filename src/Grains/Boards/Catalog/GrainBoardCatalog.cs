using OrleansLife.Grains.Boards.Specs;
using OrleansLife.Grains.Hosting;

namespace OrleansLife.Grains.Boards.Catalog;

/// <summary>Boards kept in the grains alone, for a silo without Kubernetes: they last as long as the silo.</summary>
public sealed class GrainBoardCatalog(IGrainFactory grains) : IBoardCatalog
{
    public async Task<BoardSnapshot> CreateAsync(BoardSpec spec, BoardDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        // The directory hands out each name once, so two creations racing for a name cannot both start a board.
        var directory = Directory(grains);
        if (!await directory.TryReserveAsync(definition.Name).ConfigureAwait(false)) throw new BoardAlreadyExistsException(definition.Name);
        try
        {
            return await grains.GetGrain<IBoardGrain>(definition.Name).CreateAsync(definition).ConfigureAwait(false);
        }
        catch
        {
            await directory.ReleaseAsync(definition.Name).ConfigureAwait(false);
            throw;
        }
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        await grains.GetGrain<IBoardGrain>(name).DeleteAsync().ConfigureAwait(false);
        // Released only once the board is gone, so a new board of this name cannot start while the old one still runs.
        await Directory(grains).ReleaseAsync(name).ConfigureAwait(false);
    }

    public Task<BoardSnapshot> SetPausedAsync(string name, bool paused, CancellationToken cancellationToken)
    {
        var board = grains.GetGrain<IBoardGrain>(name);
        return paused ? board.PauseAsync() : board.ResumeAsync();
    }

    /// <summary>The single grain that holds every board's name.</summary>
    public static IBoardDirectoryGrain Directory(IGrainFactory grains) =>
        grains.GetGrain<IBoardDirectoryGrain>(LifeSiloBuilderExtensions.BoardDirectoryKey);
}
