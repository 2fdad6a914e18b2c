using OrleansLife.Grains.Cells;

namespace OrleansLife.Bench.Pods;

/// <summary>
/// Pod writes per second: a block of cells declared alive at once, then all dead, each half timed until the
/// reconciler reports it done. What limits it is the client's rate limit, the writes in flight and the emulator.
/// </summary>
public static class BurstRun
{
    private const int BlockWidth = 50;

    public static async Task<BurstResult> RunAsync(PodRig rig, string board, int cells)
    {
        var live = Enumerable.Range(0, cells).Select(i => new Coordinate(i % BlockWidth, i / BlockWidth)).ToList();
        var writes = rig.PodWrites;
        var creates = await rig.DeclareAndWaitAsync(board, 0, live);
        var deletes = await rig.DeclareAndWaitAsync(board, 1, []);
        var result = new BurstResult(cells, creates, deletes, rig.PodWrites - writes);
        // Terminating pods vanish a grace period later; the next burst should not share the emulator with that.
        await rig.WaitUntilGoneAsync(board);
        return result;
    }
}
