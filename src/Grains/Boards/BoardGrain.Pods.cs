using System.Globalization;
using OrleansLife.Grains.Boards.Pods;

namespace OrleansLife.Grains.Boards;

public sealed partial class BoardGrain
{
    // Why the board is as it is when nobody asked for it: paused at a pod cap, or going on without late pods.
    private string? _message;
    // The newest generation whose pods a lockstep board has waited for: a rebuild does not wait for them again.
    private long _podsAwaited = -1;
    // Whether the pods took the newest generation: one they refused is not waited for.
    private bool _declared;

    /// <summary>Declares the newest generation's live cells to the pods.</summary>
    private void ShowInPods()
    {
        var definition = _definition!;
        var refusal = definition.MaxPods is { } max && _live.Count > max
            ? $"Generation {_generation} has {_live.Count} live cells, more than the board's maxPods of {max}; the board is paused."
            : pods.Declare(definition.Name, _generation, _live, definition.ResourceUid);
        _declared = refusal is null;
        if (refusal is not null) PauseForPods(refusal);
    }

    /// <summary>With lockstep pacing, waits until the pods show the newest generation, but never past the board's pod timeout.</summary>
    private async Task WaitForPodsAsync(BoardDefinition definition)
    {
        if (definition.Pacing != PodPacing.Lockstep || _podsAwaited >= _generation) return;
        var generation = _podsAwaited = _generation;
        bool shown;
        try
        {
            shown = await pods.WhenShownAsync(definition.Name, generation, definition.WaitForRunning,
                TimeSpan.FromMilliseconds(definition.PodTimeoutMilliseconds));
        }
        catch (Exception)
        {
            // A wait that failed tells nothing about the pods: the generation counts as late, and the board goes on.
            shown = false;
        }
        // Deleted, or no longer in lockstep, while it waited: the outcome is stale.
        if (_definition is not { Pacing: PodPacing.Lockstep } || generation != _generation) return;
        if (!shown)
        {
            var what = definition.WaitForRunning ? "Running" : "created";
            _message = string.Create(CultureInfo.InvariantCulture,
                $"The pods of generation {generation} were not all {what} within {definition.PodTimeoutMilliseconds} ms; the board went on without them.");
        }
        else if (_state != BoardState.Paused) _message = null;
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
