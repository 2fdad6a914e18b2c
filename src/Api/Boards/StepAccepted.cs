namespace OrleansLife.Api.Boards;

/// <summary>
/// The answer to a step that was not done within its wait: the board as it was then, the generation the step will reach,
/// and where to watch it get there.
/// </summary>
/// <param name="Board">The board when the wait ended.</param>
/// <param name="TargetGeneration">The generation the board goes on to.</param>
/// <param name="Location">The board's URL: its generation tells when the step is done.</param>
/// <param name="Events">The board's server-sent events: one per generation.</param>
public sealed record StepAccepted(BoardResponse Board, long TargetGeneration, string Location, string Events);
