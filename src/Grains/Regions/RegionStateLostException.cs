namespace OrleansLife.Grains.Regions;

/// <summary>
/// A region was asked for a generation whose candidates it should have kept, but its activation is new: they were
/// lost with the silo that held them. Its board rebuilds its cells from its last complete generation.
/// </summary>
[GenerateSerializer, Alias("region-state-lost")]
public sealed class RegionStateLostException : Exception
{
    public RegionStateLostException(string board, long generation)
        : base($"A region of board '{board}' lost its state before generation {generation} (its silo is gone).")
    {
    }

    public RegionStateLostException()
    {
    }

    public RegionStateLostException(string message) : base(message)
    {
    }

    public RegionStateLostException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
