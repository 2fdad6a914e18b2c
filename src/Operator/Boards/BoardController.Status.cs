using System.Collections.Concurrent;
using k8s;
using OrleansLife.Grains.Boards;
using OrleansLife.Operator.Boards.Objects;
using OrleansLife.Operator.Client;

namespace OrleansLife.Operator.Boards;

public sealed partial class BoardController
{
    // What each board's status said when last written, to write only changes (conditions' times aside).
    private readonly ConcurrentDictionary<string, (string Uid, string Json, IList<BoardCondition>? Conditions)> _written = new(StringComparer.Ordinal);

    /// <summary>Brings every running board's status up to date, each interval, until the host stops.</summary>
    private async Task WriteStatusesAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.StatusInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
                await WriteEveryStatusAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the last status written is the checkpoint the next silo resumes from.
        }
    }

    /// <summary>Writes the status of every running board that changed.</summary>
    private async Task WriteEveryStatusAsync(CancellationToken cancellationToken)
    {
        KeyValuePair<string, RunningBoard>[] boards;
        lock (_gate) boards = [.. _running];
        foreach (var (name, running) in boards) await WriteStatusAsync(name, running, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteStatusAsync(string name, RunningBoard running, CancellationToken cancellationToken)
    {
        using var scope = BoardControllerLog.BoardScope(_logger, name);
        try
        {
            var board = await _grains.GetGrain<IBoardGrain>(name).GetAsync().ConfigureAwait(false);
            if (board.ResourceUid != running.Uid) return;
            var previous = _written.TryGetValue(name, out var last) && last.Uid == running.Uid ? last.Conditions : null;
            var pods = _reconciler.GetStatus(name);
            RecordTransitions(name, running.Uid, running.Paused, board);
            var status = BoardStatusReport.Running(board, pods, running.SpecGeneration, previous,
                _options.MaxStatusCells, _time.GetUtcNow(), running.SpecProblem);
            await PatchStatusAsync(name, running.Uid, status, cancellationToken).ConfigureAwait(false);
        }
        catch (BoardNotFoundException)
        {
            // Deleted since the list was taken, or lost with the silo that hosted it.
            await RestoreLostAsync(name, running.Uid, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception gone) when (KubeErrors.IsNotFound(gone))
        {
            // The object is gone; its Deleted event stops the board.
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            BoardControllerLog.StatusFailed(_logger, name, error);
        }
    }

    /// <summary>
    /// Brings back a board whose grain is gone while its object still runs it: the silo that hosted the grain died and
    /// took its state along. It resumes from the checkpoint in the object's status, as under a new leader, and its pods
    /// are adopted as they are.
    /// </summary>
    private async Task RestoreLostAsync(string name, string uid, CancellationToken cancellationToken)
    {
        await _oneChangeAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            lock (_gate)
            {
                // Deleted or replaced by its own change meanwhile: nothing was lost.
                if (!_running.TryGetValue(name, out var running) || running.Uid != uid) return;
            }

            if (!_informer.TryGet(name, Namespace, out var board) || board.Metadata.Uid != uid || board.Metadata.DeletionTimestamp is not null) return;
            BoardControllerLog.Lost(_logger, name);
            _reconciler.Rewind(name);
            await StartAsync(board, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            BoardControllerLog.StatusFailed(_logger, name, error);
        }
        finally
        {
            _oneChangeAtATime.Release();
        }
    }

    private async Task WriteRefusalAsync(
        Board board, string reason, IReadOnlyDictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var (name, uid) = (board.Metadata.Name!, board.Metadata.Uid!);
        var status = BoardStatusReport.Failed(reason, errors, board.Metadata.Generation, board.Status?.Conditions, _time.GetUtcNow());
        try
        {
            await PatchStatusAsync(name, uid, status, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception gone) when (KubeErrors.IsNotFound(gone))
        {
            // Deleted meanwhile.
        }
    }

    private async Task PatchStatusAsync(string name, string uid, BoardStatus status, CancellationToken cancellationToken)
    {
        var json = Fingerprint(status);
        if (_written.TryGetValue(name, out var last) && last.Uid == uid && last.Json == json) return;
        await _boards.PatchStatusAsync(name, new StatusPatch(status), cancellationToken).ConfigureAwait(false);
        _written[name] = (uid, json, status.Conditions);
    }

    private void ForgetStatus(string name)
    {
        _written.TryRemove(name, out _);
        _observed.TryRemove(name, out _);
    }

    /// <summary>The status without the times of its conditions, which change without anything else changing.</summary>
    private static string Fingerprint(BoardStatus status)
    {
        var times = status.Conditions?.Select(condition => condition.LastTransitionTime).ToArray();
        foreach (var condition in status.Conditions ?? []) condition.LastTransitionTime = null;
        var json = KubernetesJson.Serialize(status);
        for (var i = 0; i < (times?.Length ?? 0); i++) status.Conditions![i].LastTransitionTime = times![i];
        return json;
    }

    /// <summary>A merge patch of the status subresource.</summary>
    private sealed record StatusPatch(BoardStatus Status);
}
