using k8s.Models;
using OrleansLife.Operator.Boards.Objects;

namespace OrleansLife.Operator.Pods;

/// <summary>
/// The Board object a board's pods belong to. Given to the reconciler when there is one, it becomes each pod's
/// controller owner reference, so that deleting the Board has the garbage collector delete its pods too.
/// </summary>
/// <param name="Name">The Board object's name.</param>
/// <param name="Uid">The Board object's <c>metadata.uid</c>.</param>
public sealed record BoardOwner(string Name, string Uid)
{
    /// <summary>The owner of <paramref name="board"/>'s pods.</summary>
    public static BoardOwner Of(Board board) => new(
        board.Metadata.Name ?? throw new ArgumentException("The board has no name.", nameof(board)),
        board.Metadata.Uid ?? throw new ArgumentException("The board has no uid; read it back from the API server.", nameof(board)));

    /// <summary>The owner reference a pod carries.</summary>
    public V1OwnerReference ToReference() => new()
    {
        ApiVersion = Board.GroupVersion,
        Kind = Board.KindName,
        Name = Name,
        Uid = Uid,
        // BlockOwnerDeletion stays unset: setting it needs update rights on boards/finalizers, which the operator lacks.
        Controller = true,
    };
}
