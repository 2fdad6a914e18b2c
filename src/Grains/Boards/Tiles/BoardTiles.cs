namespace OrleansLife.Grains.Boards.Tiles;

/// <summary>Where a board's live cells are: the silo of every tile that has one, so a person can see the board spread over the cluster.</summary>
/// <param name="Generation">The generation whose live cells were looked at.</param>
/// <param name="TileSize">Cells on a tile's side.</param>
/// <param name="Tiles">The tiles with live cells, each with its silo.</param>
[GenerateSerializer, Immutable, Alias("board-tiles")]
public sealed record BoardTiles([property: Id(0)] long Generation, [property: Id(1)] int TileSize, [property: Id(2)] IReadOnlyList<TileHost> Tiles);
