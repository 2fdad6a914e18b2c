namespace OrleansLife.Grains.Boards;

/// <summary>The silos that host a board's live cells: <see cref="Silos"/> names them, <see cref="CellSilos"/> indexes them per cell.</summary>
[GenerateSerializer, Immutable, Alias("board-placement")]
public sealed record BoardPlacement(
    [property: Id(0)] long Generation,
    [property: Id(1)] IReadOnlyList<string> Silos,
    [property: Id(2)] IReadOnlyList<int> CellSilos);
