namespace OrleansLife.Api.Boards;

/// <summary>The optional body of a step: how many generations to advance, and how long to wait for them.</summary>
/// <param name="Generations">From 1 to <c>BoardLimits.MaxStepGenerations</c>. Default 1.</param>
/// <param name="WaitMilliseconds">
/// How long the request waits for the last generation, from 0 to <see cref="MaxWaitMilliseconds"/>; default 10,000. A
/// step not done by then is answered 202 and goes on.
/// </param>
public sealed record StepRequest(int? Generations, int? WaitMilliseconds)
{
    /// <summary>The default wait.</summary>
    public const int DefaultWaitMilliseconds = 10_000;

    /// <summary>The longest wait: well inside the 30 s a grain call may take before it times out.</summary>
    public const int MaxWaitMilliseconds = 20_000;
}
