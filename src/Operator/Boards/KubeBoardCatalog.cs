using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Catalog;
using OrleansLife.Grains.Boards.Specs;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Leadership;

namespace OrleansLife.Operator.Boards;

/// <summary>
/// Boards kept as Kubernetes Board objects: a request changes the object, and the <see cref="BoardController"/>, which
/// acts on objects however they change (the API or kubectl), does the rest. Each call waits until it has. Only the
/// leading silo runs the controller: a standby hands its changes to the leader's silo (<see cref="IBoardChangesGrain"/>).
/// </summary>
public sealed class KubeBoardCatalog(BoardController controller, LeaderElector elector, IGrainFactory grains) : IBoardCatalog
{
    /// <summary>Whether this silo leads, and so runs the controller the changes wait for.</summary>
    public bool Leads => elector.IsLeader;

    private IBoardChangesGrain Leader => grains.GetGrain<IBoardChangesGrain>(IBoardChangesGrain.Key);

    public async Task<BoardSnapshot> CreateAsync(BoardSpec spec, BoardDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return await LeadsAsync("create", definition.Name).ConfigureAwait(false)
            ? await CreateHereAsync(spec, definition, cancellationToken).ConfigureAwait(false)
            : await Leader.CreateAsync(spec, definition).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        if (await LeadsAsync("delete", name).ConfigureAwait(false)) await DeleteHereAsync(name, cancellationToken).ConfigureAwait(false);
        else await Leader.DeleteAsync(name).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<BoardSnapshot> SetPausedAsync(string name, bool paused, CancellationToken cancellationToken) =>
        await LeadsAsync("pause or resume", name).ConfigureAwait(false)
            ? await SetPausedHereAsync(name, paused, cancellationToken).ConfigureAwait(false)
            : await Leader.SetPausedAsync(name, paused).WaitAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Creates the board on this silo, which must lead.</summary>
    internal async Task<BoardSnapshot> CreateHereAsync(BoardSpec spec, BoardDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(definition);
        await EnsureLeadingAsync("create", definition.Name).ConfigureAwait(false);
        Objects.Board created;
        try
        {
            created = await controller.Boards.CreateAsync(BoardSpecMapping.ToBoard(spec, controller.Namespace), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception taken) when (KubeErrors.IsConflict(taken))
        {
            throw new BoardAlreadyExistsException(definition.Name);
        }
        catch (Exception missing) when (KubeErrors.IsNotFound(missing))
        {
            // The namespace or the Board resource itself is missing: the cluster is not set up for boards.
            throw Unavailable("create", definition.Name, new InvalidOperationException(
                $"The API server has no boards.orleanslife.io in namespace '{controller.Namespace}' ({missing.Message}). "
                + "Install the Board definition with kubectl apply -f deploy/crds/, and check the namespace.", missing));
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

    /// <summary>Deletes the board on this silo, which must lead.</summary>
    internal async Task DeleteHereAsync(string name, CancellationToken cancellationToken)
    {
        await EnsureLeadingAsync("delete", name).ConfigureAwait(false);
        var uid = await DeleteObjectAsync(name).ConfigureAwait(false) ?? throw new BoardNotFoundException(name);
        await controller.WhenDeletedAsync(name, uid, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pauses or resumes the board on this silo, which must lead.</summary>
    internal async Task<BoardSnapshot> SetPausedHereAsync(string name, bool paused, CancellationToken cancellationToken)
    {
        await EnsureLeadingAsync("pause or resume", name).ConfigureAwait(false);
        try
        {
            await controller.Boards.PatchAsync(name, new SpecPatch(new PausedSpec(paused)), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception missing) when (KubeErrors.IsNotFound(missing))
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

    /// <summary>
    /// Whether this silo leads (true) or another one does (false): a silo still campaigning (just started) waits for the
    /// first attempt on the lease to end, and then to be elected if nobody else leads.
    /// </summary>
    private async Task<bool> LeadsAsync(string action, string name)
    {
        if (elector.IsLeader) return true;
        await FirstAttemptAsync().ConfigureAwait(false);
        if (elector.IsLeader) return true;
        if (elector.Leader is { } leader && leader != elector.Identity) return false;
        await EnsureLeadingAsync(action, name).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Only the leading silo plays the boards, so only it can wait for its controller. A standby says who leads; a silo
    /// still campaigning (just started) waits to be elected.
    /// </summary>
    private async Task EnsureLeadingAsync(string action, string name)
    {
        if (elector.IsLeader) return;
        await FirstAttemptAsync().ConfigureAwait(false);

        if (elector.IsLeader) return;
        if (elector.LastError is { } failure) throw Unavailable(action, name, failure);
        if (elector.Leader is { } leader && leader != elector.Identity) throw Standby(action, name, leader);
        try
        {
            await elector.WhenLeadingAsync().WaitAsync(controller.RequestTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException error)
        {
            throw new BoardStoreUnavailableException(
                $"Silo {elector.Identity} could not {action} Board '{name}': it has not been elected to play the boards.", error);
        }
    }

    /// <summary>Waits for the first attempt on the lease to end; past the request timeout, the silo counts as not elected.</summary>
    private async Task FirstAttemptAsync()
    {
        try
        {
            await elector.FirstAttempt.WaitAsync(controller.RequestTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The caller judges it as any silo not elected.
        }
    }

    private static BoardStoreUnavailableException Standby(string action, string name, string leader) => new(
        $"This silo stands by; silo {leader} leads the boards, so ask it to {action} Board '{name}'. Nothing was changed.",
        new InvalidOperationException($"Silo {leader} holds the boards' lease."));

    /// <summary>Deletes the object; returns its uid, or null when there was none.</summary>
    private async Task<string?> DeleteObjectAsync(string name)
    {
        var running = controller.RunningUid(name);
        try
        {
            return await controller.Boards.DeleteAsync(name).ConfigureAwait(false) ?? running;
        }
        catch (Exception missing) when (KubeErrors.IsNotFound(missing))
        {
            return null;
        }
        catch (Exception error) when (IsUnavailable(error))
        {
            throw Unavailable("delete", name, error);
        }
    }

    /// <summary>The API server could not be reached, or failed: a problem of the store, not of the request.</summary>
    private static bool IsUnavailable(Exception error) => KubeErrors.IsUnavailable(error);

    private static BoardStoreUnavailableException Unavailable(string action, string name, Exception error) =>
        new($"The Kubernetes API could not {action} Board '{name}', so nothing was changed: {error.Message}", error);

    private sealed record SpecPatch(PausedSpec Spec);

    private sealed record PausedSpec(bool Paused);
}
