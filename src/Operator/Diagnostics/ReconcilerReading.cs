using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Operator.Diagnostics;

/// <summary>The reconciler's state at one moment, for the gauges of <see cref="ReconcilerMetrics"/>.</summary>
/// <param name="Boards">Each declared board's pod counts and lag.</param>
/// <param name="Queued">Pods waiting to be looked at again.</param>
/// <param name="InFlight">Pod writes sent and not yet answered.</param>
internal sealed record ReconcilerReading(IReadOnlyList<BoardPodStatus> Boards, int Queued, int InFlight);
