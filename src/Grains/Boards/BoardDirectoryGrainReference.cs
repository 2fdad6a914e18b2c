using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Messaging;
using OrleansLife.Runtime.References;

namespace OrleansLife.Grains.Boards;

/// <summary>The caller's side of <see cref="IBoardDirectoryGrain"/>.</summary>
internal sealed class BoardDirectoryGrainReference(GrainId id, IGrainRuntime runtime) : GrainReference(id, runtime), IBoardDirectoryGrain
{
    public Task<bool> TryReserveAsync(string name) => CallAsync(BoardDirectoryMethods.TryReserve, name);

    public Task ReleaseAsync(string name) => CallAsync(BoardDirectoryMethods.Release, name);

    public Task<IReadOnlyList<string>> ListAsync() => CallAsync(BoardDirectoryMethods.List, Unit.Value);
}
