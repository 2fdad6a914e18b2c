using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Catalog;
using OrleansLife.Grains.Boards.Specs;
using Board = OrleansLife.Kubernetes.Boards.Board;
using OrleansLife.Kubernetes.Errors;
using OrleansLife.Runtime.References;

namespace OrleansLife.Operator.Boards;

/// <summary>
/// Boards kept as Kubernetes Board objects: a request changes the object, and the <see cref="BoardController"/>, which
/// acts on objects however they change (the API or kubectl), does the rest. Each call waits until it has.
/// </summary>
public sealed class KubeBoardCatalog(BoardController controller, IGrainFactory grains) : IBoardCatalog
{
    public async Task<BoardSnapshot> CreateAsync(BoardSpec spec, BoardDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(definition);
        Board created;
        try
        {
            created = await controller.Boards.CreateAsync(BoardSpecMapping.ToBoard(spec, controller.Namespace), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (KubeAlreadyExistsException)
        {
            throw new BoardAlreadyExistsException(definition.Name);
        }
        catch (Exception error) when (IsUnavailable(error))
        {
            throw Unavailable("create", definition.Name, error);
        }

        try
        {
            return await controller.WhenStartedAsync(definition.Name, created.Metadata.Uid!, cancellationToken).ConfigureAwait(false);
        }
        catch (BoardRefusedException)
        {
            // A refused request changes nothing: the object goes again.
            await DeleteObjectAsync(definition.Name).ConfigureAwait(false);
            throw;
        }
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var uid = await DeleteObjectAsync(name).ConfigureAwait(false) ?? throw new BoardNotFoundException(name);
        await controller.WhenDeletedAsync(name, uid, cancellationToken).ConfigureAwait(false);
    }

    public async Task<BoardSnapshot> SetPausedAsync(string name, bool paused, CancellationToken cancellationToken)
    {
        try
        {
            await controller.Boards.PatchAsync(name, new SpecPatch(new PausedSpec(paused)), controller.Namespace, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (KubeNotFoundException)
        {
            throw new BoardNotFoundException(name);
        }
        catch (Exception error) when (IsUnavailable(error))
        {
            throw Unavailable("pause or resume", name, error);
        }

        // The controller applies the new spec too; doing it here as well lets the answer show it. Both are idempotent.
        var board = grains.GetGrain<IBoardGrain>(name);
        return paused ? await board.PauseAsync().ConfigureAwait(false) : await board.ResumeAsync().ConfigureAwait(false);
    }

    /// <summary>Deletes the object; returns its uid, or null when there was none.</summary>
    private async Task<string?> DeleteObjectAsync(string name)
    {
        var running = controller.RunningUid(name);
        try
        {
            var deleted = await controller.Boards.DeleteAsync(name, controller.Namespace).ConfigureAwait(false);
            return deleted?.Metadata.Uid ?? running;
        }
        catch (KubeNotFoundException)
        {
            return null;
        }
        catch (Exception error) when (IsUnavailable(error))
        {
            throw Unavailable("delete", name, error);
        }
    }

    /// <summary>The API server could not be reached, or failed: a problem of the store, not of the request.</summary>
    private static bool IsUnavailable(Exception error) =>
        error is HttpRequestException or TimeoutException or KubeServerException or KubeTooManyRequestsException
            or KubeForbiddenException or KubeUnauthorizedException;

    private static BoardStoreUnavailableException Unavailable(string action, string name, Exception error) =>
        new($"The Kubernetes API could not {action} Board '{name}', so nothing was changed: {error.Message}", error);

    private sealed record SpecPatch(PausedSpec Spec);

    private sealed record PausedSpec(bool Paused);
}
