using k8s.Models;
using OrleansLife.Operator.Boards.Objects;

namespace OrleansLife.Operator.Events;

/// <summary>The reasons of the Events recorded about Board objects, and how they name the Board.</summary>
public static class BoardEvents
{
    /// <summary>Normal: the controller started a new board.</summary>
    public const string Started = "Started";

    /// <summary>Normal: the controller started a board from the checkpoint its status recorded (a silo restarted).</summary>
    public const string Resumed = "Resumed";

    /// <summary>Normal: <c>spec.paused</c> became true.</summary>
    public const string Paused = "Paused";

    /// <summary>Normal: <c>spec.paused</c> became false.</summary>
    public const string Unpaused = "Unpaused";

    /// <summary>Normal: the board reached its <c>maxGenerations</c>.</summary>
    public const string Completed = "Completed";

    /// <summary>Warning: a generation would need more pods than a cap allows, so the board paused itself.</summary>
    public const string PodCapReached = "PodCapReached";

    /// <summary>Warning: a generation failed (most often a silo was lost with cells on it) and the cells were rebuilt.</summary>
    public const string CellsRebuilt = "CellsRebuilt";

    /// <summary>Warning: a create or delete of one of the board's pods failed.</summary>
    public const string PodWriteFailed = "PodWriteFailed";

    /// <summary>The Board object an event is about, as <c>kubectl describe</c> looks its events up (name, namespace, kind, uid).</summary>
    public static V1ObjectReference Reference(string @namespace, string name, string uid) => new()
    {
        ApiVersion = Board.GroupVersion,
        Kind = Board.KindName,
        NamespaceProperty = @namespace,
        Name = name,
        Uid = uid,
    };
}
