using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Tests.Support;

namespace OrleansLife.Grains.Tests.Cells;

/// <summary>
/// New cell activations whose first turn calls other new activations doing the same: Orleans 10.4.2 runs a new
/// activation's first turn inside a lock on that activation (<c>ActivationData.Start</c>), and two such turns calling
/// each other can each wait for the other's lock. Cells and regions yield once as they activate, so their first turn
/// runs outside it. The silo-level restart test (<c>SiloRestartTests</c>, a pulsar reseeded as the silo starts) hung
/// without the yield here, every call timing out after 30 s; this one seeds many boards at once in a test cluster.
/// </summary>
public sealed class CellActivationTests(LifeSilo silo) : IClassFixture<LifeSilo>
{
    [Fact]
    public async Task ManyBoardsSeededAtOnce_AllFinishSeeding()
    {
        var pulsar = PatternLibrary.Get("pulsar").Translate(2, 2);
        var boards = Enumerable.Range(0, 40).Select(_ => LifeSilo.NewBoardName("dense")).ToArray();

        var seeded = boards.Select(name => silo.CreatePausedAsync(pulsar, 17, 17, Topology.Bounded, name: name));

        // Well inside Orleans' 30 s response timeout: a deadlock fails here rather than as timed-out calls.
        var created = await Task.WhenAll(seeded).WaitAsync(TimeSpan.FromSeconds(25));
        var first = await Task.WhenAll(created.Select(board => board.StepAsync(1))).WaitAsync(TimeSpan.FromSeconds(25));
        first.ShouldAllBe(board => board.Population == 56);
    }
}
