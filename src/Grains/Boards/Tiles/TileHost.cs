namespace OrleansLife.Grains.Boards.Tiles;

/// <summary>The silo that hosts one tile of a board: its region and, by tile placement, its cells.</summary>
/// <param name="X">The tile's column: cells <c>X * 64</c> to <c>X * 64 + 63</c>.</param>
/// <param name="Y">The tile's row.</param>
/// <param name="Silo">The hosting silo's name, as the cluster view names it.</param>
[GenerateSerializer, Immutable, Alias("tile-host")]
public sealed record TileHost([property: Id(0)] int X, [property: Id(1)] int Y, [property: Id(2)] string Silo);
