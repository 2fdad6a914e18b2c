using OrleansLife.Operator.Diagnostics;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>What the loop holds now, read by the metrics' gauges when they are collected.</summary>
public sealed partial class BoardPodReconciler
{
    /// <summary>Every declared board's pods and lag, and the pods waiting in the work queue or being written.</summary>
    internal ReconcilerReading Read()
    {
        lock (_gate)
        {
            var boards = _boards.Values.Where(state => !state.Forgotten).Select(state => StatusOf(state.Name, state, Count(state.Name))).ToArray();
            return new ReconcilerReading(boards, _queue.Count, _inFlight.Count);
        }
    }
}
