namespace OrleansLife.Operator.Boards;

/// <summary>How the controller of Board objects keeps their status, and how long the API waits for it.</summary>
public sealed class BoardControllerOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "BoardController";

    /// <summary>
    /// How often each board's status is brought up to date (only changed statuses are written). It is also how much a
    /// restarted silo may lose: a board resumes from the generation its status last recorded. Default 1 s.
    /// </summary>
    public TimeSpan StatusInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a request waits for the controller to start or delete the board it asked for. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The most live cells a status records. A board with more keeps the last checkpoint that fitted (its generation
    /// and cells always go together), so that the object stays well under the API server's size limit. Default 20,000.
    /// </summary>
    public int MaxStatusCells { get; set; } = 20_000;
}
