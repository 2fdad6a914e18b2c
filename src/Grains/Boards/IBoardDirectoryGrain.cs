using OrleansLife.Runtime.Identity;

namespace OrleansLife.Grains.Boards;

/// <summary>The names of all boards: reserves a name before its board is created, so two creations cannot both win.</summary>
public interface IBoardDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>False when the name is taken.</summary>
    Task<bool> TryReserveAsync(string name);

    Task ReleaseAsync(string name);

    Task<IReadOnlyList<string>> ListAsync();
}
