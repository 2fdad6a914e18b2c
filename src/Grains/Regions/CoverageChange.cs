using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Regions;

/// <summary>A change in how many live cells surround <see cref="Cell"/>: +1 for a birth nearby, -1 for a death.</summary>
public readonly record struct CoverageChange(Coordinate Cell, int Delta);
