using OrleansLife.Runtime.Activations;

namespace OrleansLife.Grains.Boards;

/// <summary>The set of board names, in one grain so that reserving a name is atomic.</summary>
public sealed class BoardDirectoryGrain : Grain, IBoardDirectoryGrain
{
    private readonly SortedSet<string> _names = new(StringComparer.Ordinal);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // The names live only here (until boards persist as Kubernetes objects): never collect them away.
        KeepAlive = true;
        return Task.CompletedTask;
    }

    public Task<bool> TryReserveAsync(string name) => Task.FromResult(_names.Add(name));

    public Task ReleaseAsync(string name)
    {
        _names.Remove(name);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. _names]);
}
