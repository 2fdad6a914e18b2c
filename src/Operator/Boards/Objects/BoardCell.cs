using System.Text.Json.Serialization;

namespace OrleansLife.Operator.Boards.Objects;

/// <summary>A live cell's position on a board, written as the pair <c>[x,y]</c> to keep large boards compact.</summary>
/// <param name="X">Column.</param>
/// <param name="Y">Row.</param>
[JsonConverter(typeof(BoardCellConverter))]
public readonly record struct BoardCell(int X, int Y);
