using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Boards;

/// <summary>The <c>orleanslife.io/v1</c> Board custom resource: one Game of Life run and its observed progress.</summary>
public sealed class Board : KubeObject
{
    /// <summary>The API group of the custom resource.</summary>
    public const string Group = "orleanslife.io";

    /// <summary>Creates an empty board with its type information set.</summary>
    public Board()
        : base(Group + "/v1", "Board")
    {
    }

    /// <summary>The board to play.</summary>
    public BoardSpec? Spec { get; set; }

    /// <summary>The operator's report of how the game is going.</summary>
    public BoardStatus? Status { get; set; }
}
