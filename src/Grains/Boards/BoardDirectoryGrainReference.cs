using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Messaging;
using OrleansLife.Runtime.References;

namespace OrleansLife.Grains.Boards;

/// <summary>The caller's side of <see cref="IBoardDirectoryGrain"/>.</summary>
internal sealed class BoardDirectoryGrainReference(GrainId id, IGrainRuntime runtime) : GrainReference(id, runtime), IBoardDirectoryGrain
{
    private static readonly CallMethod<IBoardDirectoryGrain, string, bool> TryReserveMethod =
        new("board-directory.try-reserve", static (directory, name) => directory.TryReserveAsync(name));

    private static readonly CallMethod<IBoardDirectoryGrain, string, Unit> ReleaseMethod =
        new("board-directory.release", static async (directory, name) => { await directory.ReleaseAsync(name).ConfigureAwait(false); return Unit.Value; });

    private static readonly CallMethod<IBoardDirectoryGrain, Unit, IReadOnlyList<string>> ListMethod =
        new("board-directory.list", static (directory, _) => directory.ListAsync());

    public Task<bool> TryReserveAsync(string name) => CallAsync(TryReserveMethod, name);

    public Task ReleaseAsync(string name) => CallAsync(ReleaseMethod, name);

    public Task<IReadOnlyList<string>> ListAsync() => CallAsync(ListMethod, Unit.Value);
}
