namespace OrleansLife.Api.Boards;

/// <summary>The optional body of a step: how many generations to advance.</summary>
/// <param name="Generations">From 1 to <c>BoardLimits.MaxStepGenerations</c>. Default 1.</param>
public sealed record StepRequest(int? Generations);
