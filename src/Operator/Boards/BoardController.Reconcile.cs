using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Catalog;
using OrleansLife.Grains.Boards.Specs;
using OrleansLife.Grains.Cells;
using k8s;
using OrleansLife.Operator.Boards.Objects;
using OrleansLife.Operator.Events;
using OrleansLife.Operator.Watching;

namespace OrleansLife.Operator.Boards;

public sealed partial class BoardController
{
    private async Task HandleAsync(WatchEvent<Board> change, CancellationToken cancellationToken)
    {
        if (change.Object is not { Metadata: { Name: { } name, Uid: { } uid } } board) return;
        using var scope = BoardControllerLog.BoardScope(_logger, name);
        if (change.Type == WatchEventType.Deleted)
        {
            await StopAsync(name, uid).ConfigureAwait(false);
            return;
        }

        if (change.Type is not (WatchEventType.Added or WatchEventType.Modified)) return;
        // Level-triggered: act on the newest state of the object. An event about an object since replaced or deleted
        // is stale; the events that replaced it follow.
        if (!_informer.TryGet(name, Namespace, out var current) || current.Metadata.Uid != uid) return;
        if (current.Metadata.DeletionTimestamp is not null) return;
        await EnsureRunningAsync(current, cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureRunningAsync(Board board, CancellationToken cancellationToken)
    {
        var (name, uid) = (board.Metadata.Name!, board.Metadata.Uid!);
        RunningBoard? running;
        lock (_gate) running = _running.GetValueOrDefault(name);

        if (running?.Uid == uid)
        {
            // Only a spec change (a new metadata.generation) is acted on: the status this controller writes changes the
            // object too, and must not resume a board that paused itself at a pod cap.
            if (running.SpecGeneration == board.Metadata.Generation) return;
            var (problem, paused) = await ApplySpecAsync(board, running).ConfigureAwait(false);
            lock (_gate) _running[name] = running with { SpecGeneration = board.Metadata.Generation, SpecProblem = problem, Paused = paused };
            if (paused != running.Paused)
                RecordEvent(name, uid, Normal, paused ? BoardEvents.Paused : BoardEvents.Unpaused, paused ? "spec.paused is true: the board paused." : "spec.paused is false: the board runs on.");
            return;
        }

        // Another object of this name still runs: its deletion was missed, so it is stopped before this one starts.
        if (running is not null) await StopAsync(name, running.Uid).ConfigureAwait(false);
        lock (_gate)
        {
            if (_refused.TryGet(uid, out var refusal) && refusal.SpecGeneration == board.Metadata.Generation) return;
        }

        await StartAsync(board, cancellationToken).ConfigureAwait(false);
    }

    private async Task StartAsync(Board board, CancellationToken cancellationToken)
    {
        var (name, uid) = (board.Metadata.Name!, board.Metadata.Uid!);
        var spec = BoardSpecMapping.ToApiSpec(board);
        if (!BoardSpecs.TryCreateDefinition(spec, _limits, out var definition, out var errors))
        {
            await RefuseAsync(board, errors, "SpecInvalid", cancellationToken).ConfigureAwait(false);
            return;
        }

        var checkpoint = CheckpointOf(board);
        // A resumed board had been admitted already; if it has since grown past a cap it pauses itself.
        if (checkpoint is null && BoardAdmission.Refusal(spec, definition, _pods) is { } refusal)
        {
            await RefuseAsync(board, refusal, "PodCapExceeded", cancellationToken).ConfigureAwait(false);
            return;
        }

        definition = definition with { ResourceUid = uid, ResumeFrom = checkpoint };
        await GrainBoardCatalog.Directory(_grains).TryReserveAsync(name).ConfigureAwait(false);
        var grain = _grains.GetGrain<IBoardGrain>(name);
        BoardSnapshot snapshot;
        try
        {
            snapshot = await grain.CreateAsync(definition).ConfigureAwait(false);
        }
        catch (BoardAlreadyExistsException)
        {
            // A board of this name that no object accounts for (this controller starts every board): it goes.
            await grain.DeleteAsync().ConfigureAwait(false);
            snapshot = await grain.CreateAsync(definition).ConfigureAwait(false);
        }

        TaskCompletionSource<BoardSnapshot>? waiter;
        lock (_gate)
        {
            _running[name] = new RunningBoard(uid, board.Metadata.Generation, FixedSpec.Of(spec), Paused: spec.Paused ?? false);
            _startWaiters.Remove(uid, out waiter);
            ActedOn(uid);
        }

        waiter?.TrySetResult(snapshot);
        Observe(name, uid, snapshot);
        if (checkpoint is null)
        {
            BoardControllerLog.Started(_logger, name, snapshot.Population);
            RecordEvent(name, uid, Normal, BoardEvents.Started, $"Started the board {StateWords(snapshot)} with {snapshot.Population} live cells.");
        }
        else
        {
            BoardControllerLog.Resumed(_logger, name, snapshot.Generation, snapshot.Population);
            RecordEvent(name, uid, Normal, BoardEvents.Resumed,
                $"Resumed the board {StateWords(snapshot)} from its checkpoint at generation {snapshot.Generation} with {snapshot.Population} live cells.");
        }
    }

    /// <summary>The generation and cells the object's status recorded, to resume from; null for a board never started.</summary>
    private static BoardCheckpoint? CheckpointOf(Board board) =>
        board.Status is { Generation: { } generation, Cells: { } cells }
            ? new BoardCheckpoint(generation, [.. cells.Select(cell => new Coordinate(cell.X, cell.Y))])
            : null;

    private async Task RefuseAsync(Board board, IReadOnlyDictionary<string, string[]> errors, string reason, CancellationToken cancellationToken)
    {
        var (name, uid) = (board.Metadata.Name!, board.Metadata.Uid!);
        TaskCompletionSource<BoardSnapshot>? waiter;
        lock (_gate)
        {
            _refused.Add(uid, (board.Metadata.Generation, errors));
            _startWaiters.Remove(uid, out waiter);
            ActedOn(uid);
        }

        var refusal = new BoardRefusedException(name, errors);
        waiter?.TrySetException(refusal);
        BoardControllerLog.Refused(_logger, name, refusal.Message);
        RecordEvent(name, uid, Warning, reason, refusal.Message);
        await WriteRefusalAsync(board, reason, errors, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Puts a changed spec into effect on the running board as far as it can: the changeable settings and the pause.
    /// Returns why it could not all be applied (an invalid spec, or a change to what the board is), or null.
    /// </summary>
    private async Task<(string? Problem, bool Paused)> ApplySpecAsync(Board board, RunningBoard running)
    {
        var name = board.Metadata.Name!;
        var spec = BoardSpecMapping.ToApiSpec(board);
        if (!BoardSpecs.TryCreateDefinition(spec, _limits, out var definition, out var errors))
            return (string.Join(" ", errors.SelectMany(field => field.Value.Select(problem => $"spec.{field.Key}: {problem}")))
                + " The board runs on as it was.", running.Paused);

        var grain = _grains.GetGrain<IBoardGrain>(name);
        try
        {
            await grain.ReconfigureAsync(BoardSettings.Of(definition)).ConfigureAwait(false);
            _ = spec.Paused ?? false ? await grain.PauseAsync().ConfigureAwait(false) : await grain.ResumeAsync().ConfigureAwait(false);
        }
        catch (BoardNotFoundException)
        {
            // Deleted meanwhile; its Deleted event follows.
        }

        return (FixedSpec.Of(spec) == running.FixedSpec
            ? null
            : $"Only {FixedSpec.Changeable} can change while a board runs; those were applied. Delete and re-create the board to change the rest.",
            spec.Paused ?? false);
    }

    private async Task StopAsync(string name, string uid)
    {
        bool wasRunning;
        lock (_gate) wasRunning = _running.TryGetValue(name, out var running) && running.Uid == uid && _running.Remove(name);
        if (wasRunning)
        {
            try
            {
                await _grains.GetGrain<IBoardGrain>(name).DeleteAsync().ConfigureAwait(false);
            }
            catch (BoardNotFoundException)
            {
                // Already gone.
            }

            await GrainBoardCatalog.Directory(_grains).ReleaseAsync(name).ConfigureAwait(false);
            ForgetStatus(name);
            BoardControllerLog.Deleted(_logger, name);
        }

        TaskCompletionSource<bool>? deleted;
        TaskCompletionSource<BoardSnapshot>? started;
        lock (_gate)
        {
            _deleted.Add(uid, true);
            _deleteWaiters.Remove(uid, out deleted);
            ActedOn(uid);
            _startWaiters.Remove(uid, out started);
        }

        deleted?.TrySetResult(true);
        started?.TrySetException(new BoardNotFoundException(name));
    }
}
