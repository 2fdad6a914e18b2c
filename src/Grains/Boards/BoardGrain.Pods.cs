using System.Globalization;
using OrleansLife.Grains.Boards.Pods;

namespace OrleansLife.Grains.Boards;

public sealed partial class BoardGrain
{
    // Set while a lockstep board waits for the pods of its newest generation; no generation is computed meanwhile.
    private bool _awaitingPods;
    // Why the board is as it is when nobody asked for it: paused at a pod cap, or going on without late pods.
    private string? _message;

    /// <summary>Declares the newest generation's live cells to the pods and, with lockstep pacing, waits for them.</summary>
    private void ShowInPods()
    {
        var definition = _definition!;
        var refusal = definition.MaxPods is { } max && _live.Count > max
            ? $"Generation {_generation} has {_live.Count} live cells, more than the board's maxPods of {max}; the board is paused."
            : pods.Declare(definition.Name, _generation, _live, definition.ResourceUid);
        if (refusal is not null)
        {
            PauseForPods(refusal);
            return;
        }

        if (definition.Pacing != PodPacing.Lockstep) return;
        _awaitingPods = true;
        var (epoch, generation, self) = (_epoch, _generation, GrainId);
        var timeout = TimeSpan.FromMilliseconds(definition.PodTimeoutMilliseconds);
        // The wait ends outside this turn; its outcome comes back as a message, like any other news for the board.
        _ = pods.WhenShownAsync(definition.Name, generation, definition.WaitForRunning, timeout).ContinueWith(
            shown => SendOneWay(self, BoardMethods.PodsShown, new PodsShown(epoch, generation, shown is { IsCompletedSuccessfully: true, Result: true })),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public void PodsShown(PodsShown report)
    {
        // The wait of an earlier board of this name, or of a generation this board has left behind, is stale.
        if (!_awaitingPods || report.Epoch != _epoch || report.Generation != _generation) return;
        _awaitingPods = false;
        var definition = _definition!;
        if (!report.InTime)
        {
            var what = definition.WaitForRunning ? "Running" : "created";
            _message = string.Create(CultureInfo.InvariantCulture,
                $"The pods of generation {_generation} were not all {what} within {definition.PodTimeoutMilliseconds} ms; the board went on without them.");
        }
        else if (_state != BoardState.Paused) _message = null;

        if (_targetGeneration > _generation || (_state == BoardState.Running && definition.TickMilliseconds == 0)) Advance();
    }

    /// <summary>A generation the pods refused: the board stops until someone resumes it, and says why.</summary>
    private void PauseForPods(string reason)
    {
        _message = reason;
        if (_state != BoardState.Running) return;
        _state = BoardState.Paused;
        UpdateTicker();
    }
}
