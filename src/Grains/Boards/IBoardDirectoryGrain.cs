namespace OrleansLife.Grains.Boards;

/// <summary>The names of all boards: reserves a name before its board is created, so two creations cannot both win.</summary>
[Alias("board-directory")]
public interface IBoardDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>False when the name is taken.</summary>
    [Alias("try-reserve")]
    Task<bool> TryReserveAsync(string name);

    [Alias("release")]
    Task ReleaseAsync(string name);

    [Alias("list")]
    Task<IReadOnlyList<string>> ListAsync();
}
