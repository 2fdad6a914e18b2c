using OrleansLife.Operator.Boards.Objects;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>
/// How far a board's pods have caught up with its live cells, for the Board object's status and the dashboard.
/// Lag is counted in generations: a following board's pods may skip generations to catch up.
/// </summary>
public sealed record BoardPodStatus
{
    /// <summary>The type of the condition <see cref="ToCondition"/> makes.</summary>
    public const string ConditionType = "PodsReconciled";

    /// <summary>The board.</summary>
    public required string Board { get; init; }

    /// <summary>The newest generation whose live cells the pods are to show; null when the board was never declared.</summary>
    public long? Generation { get; init; }

    /// <summary>The newest generation the pods have shown in full; null before the first.</summary>
    public long? ReflectedGeneration { get; init; }

    /// <summary>Generations between <see cref="Generation"/> and <see cref="ReflectedGeneration"/> (counting "none yet" as -1).</summary>
    public long LagGenerations { get; init; }

    /// <summary>Pods the live cells of <see cref="Generation"/> call for.</summary>
    public int PodsDesired { get; init; }

    /// <summary>Pods of the board that exist and are not terminating.</summary>
    public int PodsExisting { get; init; }

    /// <summary>Of those, the pods in phase Running.</summary>
    public int PodsRunning { get; init; }

    /// <summary>Pods of the board that are being deleted.</summary>
    public int PodsTerminating { get; init; }

    /// <summary>True when the newest generation asked for was refused for passing a pod cap.</summary>
    public bool CapExceeded { get; init; }

    /// <summary>Why the generation was refused, when <see cref="CapExceeded"/>.</summary>
    public string? CapMessage { get; init; }

    /// <summary>The last failed pod write since the pods last caught up, such as a 403 or a quota refusal.</summary>
    public string? LastError { get; init; }

    /// <summary>When <see cref="Generation"/> was asked for.</summary>
    public DateTimeOffset? RequestedAt { get; init; }

    /// <summary>When the pods came to show <see cref="ReflectedGeneration"/>.</summary>
    public DateTimeOffset? ReflectedAt { get; init; }

    /// <summary>The status as a Board condition: True once the pods show the newest generation, else why not.</summary>
    public BoardCondition ToCondition(DateTimeOffset now)
    {
        var (status, reason, message) = this switch
        {
            { CapExceeded: true } => ("False", PodCapCheck.Reason, CapMessage),
            { LastError: { } error } => ("False", "PodWriteFailed", error),
            { Generation: null } => ("Unknown", "NotDeclared", "The operator has not been told the board's live cells."),
            { LagGenerations: 0 } => ("True", "Reconciled", $"{PodsExisting} pods show generation {Generation}."),
            _ => ("False", "Reconciling",
                $"The pods show generation {(ReflectedGeneration is { } shown ? shown.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none")}; the board is at {Generation}."),
        };
        return new BoardCondition { Type = ConditionType, Status = status, Reason = reason, Message = message, LastTransitionTime = now };
    }
}
