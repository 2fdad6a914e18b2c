namespace OrleansLife.Grains.Cells;

/// <summary>
/// A cell was asked to take part in a generation it cannot know about: its activation is new, so the state it had was
/// lost with the silo that held it. Its board rebuilds its cells from its last complete generation.
/// </summary>
[GenerateSerializer, Alias("cell-state-lost")]
public sealed class CellStateLostException : Exception
{
    public CellStateLostException(long cell, long generation)
        : base($"Cell {CellKey.Unpack(cell)} lost its state before generation {generation} (its silo is gone).")
    {
    }

    public CellStateLostException()
    {
    }

    public CellStateLostException(string message) : base(message)
    {
    }

    public CellStateLostException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
