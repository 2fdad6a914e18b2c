using OrleansLife.Grains.Placement;

namespace OrleansLife.Grains.Boards;

/// <summary>
/// The set of board names, in one grain so that reserving a name is atomic. It lives with the boards (on the leader,
/// with Kubernetes): a silo that dies takes it only together with the boards, which the next leader reserves again.
/// </summary>
[KeepAlive, BoardPlacement]
public sealed class BoardDirectoryGrain : Grain, IBoardDirectoryGrain
{
    private readonly SortedSet<string> _names = new(StringComparer.Ordinal);

    public Task<bool> TryReserveAsync(string name) => Task.FromResult(_names.Add(name));

    public Task ReleaseAsync(string name)
    {
        _names.Remove(name);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. _names]);
}
