using OrleansLife.Runtime.Messaging;

namespace OrleansLife.Grains.Boards;

/// <summary>The messages of <see cref="IBoardDirectoryGrain"/>.</summary>
internal static class BoardDirectoryMethods
{
    public const string GrainTypeName = "board-directory";

    public static readonly CallMethod<IBoardDirectoryGrain, string, bool> TryReserve =
        new("board-directory.try-reserve", static (directory, name) => directory.TryReserveAsync(name));

    public static readonly CallMethod<IBoardDirectoryGrain, string, Unit> Release =
        new("board-directory.release", static async (directory, name) => { await directory.ReleaseAsync(name).ConfigureAwait(false); return Unit.Value; });

    public static readonly CallMethod<IBoardDirectoryGrain, Unit, IReadOnlyList<string>> List =
        new("board-directory.list", static (directory, _) => directory.ListAsync());

    public static readonly GrainMethod[] All = [TryReserve, Release, List];
}
