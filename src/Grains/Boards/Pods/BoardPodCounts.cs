namespace OrleansLife.Grains.Boards.Pods;

/// <summary>How far a board's pods have caught up with its live cells.</summary>
/// <param name="Desired">Pods the newest declared generation calls for.</param>
/// <param name="Existing">Pods that exist and are not being deleted.</param>
/// <param name="Running">Of those, the pods in phase Running.</param>
/// <param name="Terminating">Pods being deleted.</param>
/// <param name="ShownGeneration">The newest generation the pods have shown in full; null before the first.</param>
/// <param name="LagGenerations">Generations the pods are behind the newest declared one.</param>
/// <param name="Problem">Why the pods are not catching up (a refused cap, a failing write); null when all is well.</param>
[GenerateSerializer, Immutable, Alias("board-pod-counts")]
public sealed record BoardPodCounts(
    [property: Id(0)] int Desired,
    [property: Id(1)] int Existing,
    [property: Id(2)] int Running,
    [property: Id(3)] int Terminating,
    [property: Id(4)] long? ShownGeneration,
    [property: Id(5)] long LagGenerations,
    [property: Id(6)] string? Problem);
