using System.Net;
using System.Net.Http.Json;
using k8s;
using OrleansLife.Operator.Leadership;
using Xunit.Abstractions;

namespace OrleansLife.Clustering.Tests.Processes;

/// <summary>
/// Two silo processes in one Orleans cluster against one API emulator: the Lease holder plays the board and is the only
/// silo that writes its pods, as the emulator's audit shows by each write's User-Agent. Killed with SIGKILL, it is
/// replaced by the other silo, which resumes the board from its object and adopts its pods; with its Lease deleted, it
/// holds the Lease again at once and stays the only writer.
/// </summary>
[Trait("Category", "Processes")]
public sealed class BoardFailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Board = "block-and-blinker";
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(1);
    // A block (still: its four pods live through everything) and a blinker (period 2: its centre cell never dies, and
    // its four other cells make a birth and a death of a pod every generation).
    private static readonly (int X, int Y)[] Block = [(1, 1), (2, 1), (1, 2), (2, 2)];
    private static readonly (int X, int Y)[][] BlinkerPhases = [[(6, 5), (7, 5), (8, 5)], [(7, 4), (7, 5), (7, 6)]];
    private SiloCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await SiloCluster.StartAsync("failover");

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task OnlyTheLeaderWritesPods_AndKillingIt_HandsTheBoardToTheOtherSilo_WhichAdoptsItsPods()
    {
        var (leader, standby) = await StartBoardAsync();
        var leaderName = await leader.NameAsync();
        var standbyName = await standby.NameAsync();
        var before = await _cluster.PodsAsync(Board);
        var checkpoint = (await _cluster.CheckpointAsync(Board))!.Value;
        var writtenBeforeKill = _cluster.PodWrites.Count;

        leader.Kill();
        var resumed = await Eventually.HoldsAsync(async () => await SiloCluster.GenerationAsync(standby, Board) > checkpoint,
            Deadline, () => _cluster.Describe($"the standby to play the board past generation {checkpoint}"));
        output.WriteLine($"The board played on {resumed.TotalSeconds:F1} s after its leader was killed (lease 8 s, retry 2 s)");

        var (generation, live) = await PauseAndCheckAsync(standby);
        var after = await _cluster.PodsAsync(Board);
        // The cells that lived all along kept their pods: adopted, not made again.
        foreach (var survivor in Block.Append((7, 5)).Select(PodName)) after[survivor].ShouldBe(before[survivor], survivor);
        // One writer at a time: the leader's writes, then (none before the kill) the standby's, and nobody else's.
        var writes = _cluster.PodWrites.ToList();
        var firstByStandby = writes.FindIndex(write => write.SentBy(standbyName));
        firstByStandby.ShouldBeGreaterThanOrEqualTo(writtenBeforeKill, $"the standby wrote pods of generation {generation} ({live.Count} cells), none before the kill");
        writes.Take(firstByStandby).ShouldAllBe(write => write.SentBy(leaderName));
        writes.Skip(firstByStandby).ShouldAllBe(write => write.SentBy(standbyName));
    }

    [Fact]
    public async Task DeletingTheLease_ItsHolderHoldsItAgainAtOnce_AndStaysTheOnlyWriterOfPods()
    {
        var (leader, standby) = await StartBoardAsync();
        var leaderName = await leader.NameAsync();

        using (var kube = _cluster.Client())
            await kube.CoordinationV1.DeleteNamespacedLeaseAsync(new LeaderElectionOptions().LeaseName, SiloCluster.Namespace);
        var heldAgain = await Eventually.HoldsAsync(async () => await _cluster.LeaseHolderAsync() is not null,
            Deadline, () => _cluster.Describe("a silo to hold the deleted Lease again"));
        output.WriteLine($"The Lease was held again {heldAgain.TotalSeconds:F1} s after it was deleted (retry 2 s)");
        (await _cluster.LeaseHolderAsync()).ShouldBe(leaderName);

        // Past the moment a standby could have taken the lease as an expired one (8 s), the board still plays on.
        var deletedAt = await SiloCluster.GenerationAsync(leader, Board);
        await Eventually.HoldsAsync(async () => await SiloCluster.GenerationAsync(leader, Board) > deletedAt + 50,
            Deadline, () => _cluster.Describe($"the board to play 50 generations past {deletedAt}"));
        await PauseAndCheckAsync(standby);
        _cluster.PodWrites.ShouldAllBe(write => write.SentBy(leaderName));
    }

    /// <summary>Starts two silos and the board (played by the leader); returns once its pods are there and it has a checkpoint.</summary>
    private async Task<(SiloProcess Leader, SiloProcess Standby)> StartBoardAsync()
    {
        var started = await _cluster.StartSilosAsync(2);
        output.WriteLine($"2 silos active and one leading {started.TotalSeconds:F1} s after start");
        var leader = (await _cluster.LeaderAsync())!;
        var standby = _cluster.Silos.Single(silo => silo != leader);
        var cells = Block.Concat(BlinkerPhases[0]).Select(cell => new[] { cell.X, cell.Y }).ToArray();
        // Through the standby: a Service sends requests to any silo, and every silo takes changes.
        using (var created = await standby.Http.PostAsJsonAsync("api/boards", new { name = Board, width = 12, height = 10, cells, tickMilliseconds = 200 }))
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        await Eventually.HoldsAsync(async () => (await _cluster.PodsAsync(Board)).Count == 7 && await _cluster.CheckpointAsync(Board) is > 0,
            Deadline, () => _cluster.Describe("the board's 7 pods and a checkpoint"));
        return (leader, standby);
    }

    /// <summary>Pauses the board: its cells are the block and the blinker's phase, and its pods are exactly those cells.</summary>
    private async Task<(long Generation, HashSet<(int X, int Y)> Live)> PauseAndCheckAsync(SiloProcess silo)
    {
        var (generation, live) = await SiloCluster.PauseAsync(silo, Board);
        live.ShouldBe(Block.Concat(BlinkerPhases[generation % 2]).ToHashSet(), $"generation {generation}");
        await Eventually.HoldsAsync(async () => (await _cluster.PodsAsync(Board)).Keys.ToHashSet().SetEquals(live.Select(PodName)),
            Deadline, () => _cluster.Describe($"pods to be exactly the live cells of generation {generation}"));
        return (generation, live);
    }

    private static string PodName((int X, int Y) cell) => $"{Board}-{cell.X}-{cell.Y}";
}
