namespace OrleansLife.Grains.Boards.Specs;

/// <summary>How large a board, its start state and a request about it may be, so that one request cannot swamp a silo.</summary>
public sealed class BoardLimits
{
    /// <summary>Widest board, in cells. Default 4096.</summary>
    public int MaxWidth { get; set; } = 4096;

    /// <summary>Tallest board, in cells. Default 4096.</summary>
    public int MaxHeight { get; set; } = 4096;

    /// <summary>Most live cells in generation 0: each is a grain activation. Default 1,000,000.</summary>
    public int MaxInitialCells { get; set; } = 1_000_000;

    /// <summary>Most generations one step request may ask for. Default 10,000.</summary>
    public int MaxStepGenerations { get; set; } = 10_000;

    /// <summary>Largest request body, in bytes; an RLE of a large pattern fits easily. Default 1 MiB.</summary>
    public long MaxRequestBytes { get; set; } = 1 << 20;
}
