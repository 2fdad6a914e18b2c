using OrleansLife.Grains.Boards;
using OrleansLife.Operator.Boards.Objects;
using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Operator.Boards;

/// <summary>Writes a board's progress as its object's status: phase, generation, population, pods, conditions and cells.</summary>
public static class BoardStatusReport
{
    /// <summary>The type of the condition that says whether the spec makes a board.</summary>
    public const string SpecValid = "SpecValid";

    /// <summary>The type of the condition that says whether the newest spec is all in effect on the running board.</summary>
    public const string SpecApplied = "SpecApplied";

    /// <summary>
    /// The status of a running board. Its cells and generation go together, as the checkpoint a restarted silo resumes
    /// from: with more than <paramref name="maxCells"/> live cells both are left out, so the last checkpoint stays.
    /// </summary>
    /// <param name="board">The board now.</param>
    /// <param name="pods">Its pods now.</param>
    /// <param name="specGeneration">The object's <c>metadata.generation</c> the board runs.</param>
    /// <param name="previous">The conditions written last, whose transition times carry over while they hold.</param>
    /// <param name="maxCells">The most cells to record.</param>
    /// <param name="now">The time a changed condition is stamped with.</param>
    /// <param name="specProblem">Why the newest spec is not all in effect; null when it is.</param>
    public static BoardStatus Running(
        BoardSnapshot board, BoardPodStatus pods, long? specGeneration, IList<BoardCondition>? previous, int maxCells, DateTimeOffset now,
        string? specProblem = null)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(pods);
        var checkpoint = board.Cells.Count <= maxCells;
        var valid = new BoardCondition
        {
            Type = SpecValid, Status = "True", Reason = "Valid", Message = "The spec makes a board.", ObservedGeneration = specGeneration,
        };
        var applied = specProblem is null
            ? new BoardCondition { Type = SpecApplied, Status = "True", Reason = "Applied", Message = "The spec is in effect.", ObservedGeneration = specGeneration }
            : new BoardCondition { Type = SpecApplied, Status = "False", Reason = "NotApplied", Message = specProblem, ObservedGeneration = specGeneration };
        return new BoardStatus
        {
            Phase = board.State.ToString(),
            Message = board.Message ?? specProblem ?? pods.LastError,
            ObservedGeneration = specGeneration,
            Generation = checkpoint ? board.Generation : null,
            Population = checkpoint ? board.Population : null,
            Cells = checkpoint ? [.. board.Cells.Select(cell => new BoardCell(cell.X, cell.Y))] : null,
            PodsDesired = pods.PodsDesired,
            PodsExisting = pods.PodsExisting,
            PodsRunning = pods.PodsRunning,
            Conditions = [Carry(valid, previous, now), Carry(applied, previous, now), Carry(pods.ToCondition(now), previous, now)],
        };
    }

    /// <summary>The status of an object the controller will not play, with every reason.</summary>
    public static BoardStatus Failed(
        string reason, IReadOnlyDictionary<string, string[]> errors, long? specGeneration, IList<BoardCondition>? previous, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var message = string.Join(" ", errors.SelectMany(field => field.Value.Select(problem => $"spec.{field.Key}: {problem}")));
        var invalid = new BoardCondition
        {
            Type = SpecValid, Status = "False", Reason = reason, Message = message, ObservedGeneration = specGeneration,
        };
        return new BoardStatus
        {
            Phase = "Failed",
            Message = message,
            ObservedGeneration = specGeneration,
            Conditions = [Carry(invalid, previous, now)],
        };
    }

    /// <summary>The condition, with the transition time of the previous one of its type when its status is unchanged.</summary>
    private static BoardCondition Carry(BoardCondition condition, IList<BoardCondition>? previous, DateTimeOffset now)
    {
        var before = previous?.FirstOrDefault(old => old.Type == condition.Type);
        condition.LastTransitionTime = before is not null && before.Status == condition.Status ? before.LastTransitionTime : now;
        return condition;
    }
}
