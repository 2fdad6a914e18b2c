using Orleans.Concurrency;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Catalog;
using OrleansLife.Grains.Boards.Specs;
using OrleansLife.Grains.Placement;

namespace OrleansLife.Operator.Boards;

/// <summary>
/// Carries out the changes a standby hands over, with the catalog of the silo it lives on: placed with the leader
/// (<see cref="BoardPlacementAttribute"/>), and gone as soon as that silo no longer leads, so that the next change
/// activates it with the new leader. Reentrant: it keeps no state, and each change waits on the controller.
/// </summary>
[BoardPlacement, Reentrant]
public sealed class BoardChangesGrain(KubeBoardCatalog catalog) : Grain, IBoardChangesGrain
{
    public Task<BoardSnapshot> CreateAsync(BoardSpec spec, BoardDefinition definition) =>
        HereAsync(() => catalog.CreateHereAsync(spec, definition, CancellationToken.None));

    public Task DeleteAsync(string name) =>
        HereAsync(async () =>
        {
            await catalog.DeleteHereAsync(name, CancellationToken.None);
            return true;
        });

    public Task<BoardSnapshot> SetPausedAsync(string name, bool paused) =>
        HereAsync(() => catalog.SetPausedHereAsync(name, paused, CancellationToken.None));

    private async Task<T> HereAsync<T>(Func<Task<T>> change)
    {
        try
        {
            return await change();
        }
        catch (BoardStoreUnavailableException) when (!catalog.Leads)
        {
            // Placed with a leader that has since stood down: the next change finds the new one.
            DeactivateOnIdle();
            throw;
        }
    }
}
