using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using k8s;
using OrleansLife.Clustering.Objects;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Reference;
using OrleansLife.Grains.Rules;
using Xunit.Abstractions;

namespace OrleansLife.Clustering.Tests.Processes;

/// <summary>
/// Three silo processes with <c>--Cluster:Membership=kubernetes</c> against one API emulator: they find each other
/// there and share a board's cells. When the silo that hosts the board's grain (the leader's) is killed outright, the
/// other two declare it dead in the ClusterMembership object, and one of them resumes the board from its checkpoint
/// and rebuilds the lost cells: its generations still equal the array engine's, and its pods are its live cells.
/// </summary>
[Trait("Category", "Processes")]
public sealed class ThreeSiloClusterTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Silos = 3;
    private const string ClusterId = "three-silos";
    private const string Board = "r-pentomino";
    private const int Side = 24;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(1);
    // The R-pentomino, in the middle of a torus: chaos for hundreds of generations, so that a single wrong cell shows.
    private static readonly Coordinate[] RPentomino = [new(12, 11), new(13, 11), new(11, 12), new(12, 12), new(12, 13)];
    private SiloCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await SiloCluster.StartAsync(ClusterId);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task KillingTheSiloThatHostsTheBoard_LeavesItDeadInTheObject_AndTheBoardResumesOnAnother_AsTheArrayEnginePlaysIt()
    {
        var joined = await _cluster.StartSilosAsync(Silos);
        output.WriteLine($"{Silos} silos active in every silo's view {joined.TotalSeconds:F1} s after start");
        var leader = (await _cluster.LeaderAsync())!;
        await AStandbysChangeIsRefusedByTheLeader_WithTheFieldToBlame_AndNothingChangedAsync(_cluster.Silos.First(silo => silo != leader));
        var cells = RPentomino.Select(cell => new[] { cell.X, cell.Y }).ToArray();
        using (var created = await leader.Http.PostAsJsonAsync("api/boards",
            new { name = Board, width = Side, height = Side, topology = "torus", cells, tickMilliseconds = 100 }))
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        await Eventually.HoldsAsync(async () => await _cluster.CheckpointAsync(Board) is > 5,
            Deadline, () => _cluster.Describe("a checkpoint past generation 5"));
        var checkpoint = (await _cluster.CheckpointAsync(Board))!.Value;

        leader.Kill();
        var survivors = _cluster.Silos.Where(silo => silo != leader).ToList();
        var resumed = await Eventually.HoldsAsync(
            async () => await _cluster.LeaderAsync() is { } next && await SiloCluster.GenerationAsync(next, Board) > checkpoint,
            Deadline, () => _cluster.Describe($"a survivor to lead and play the board past generation {checkpoint}"));
        output.WriteLine($"The board played on {resumed.TotalSeconds:F1} s after the silo hosting it was killed");

        var (generation, live) = await SiloCluster.PauseAsync((await _cluster.LeaderAsync())!, Board);
        var engine = new ArrayEngine(Side, Side, Topology.Torus, LifeRule.Conway, RPentomino);
        engine.Step((int)generation);
        live.ShouldBe(engine.LiveCells().Select(cell => (cell.X, cell.Y)).ToHashSet(), $"generation {generation}");
        await Eventually.HoldsAsync(
            async () => (await _cluster.PodsAsync(Board)).Keys.ToHashSet().SetEquals(live.Select(cell => $"{Board}-{cell.X}-{cell.Y}")),
            Deadline, () => _cluster.Describe($"pods to be exactly the {live.Count} live cells of generation {generation}"));

        await Eventually.HoldsAsync(
            async () => (await Task.WhenAll(survivors.Select(silo => silo.CountActiveAsync()))).All(active => active == Silos - 1)
                && await StatusOfSiloOnPortAsync(leader.SiloPort) == "Dead",
            Deadline, () => _cluster.Describe("the survivors to list 2 active silos and the object to say the killed one is Dead"));
        (await ReadTableAsync()).Spec.Members.Count(row => row.Status == "Active").ShouldBe(Silos - 1);
    }

    /// <summary>
    /// A board whose first generation passes the operator's cap of 500 pods (about 1,150 cells here) is refused by the
    /// leader's controller: the refusal comes back through the standby as the same 400, naming the start state.
    /// </summary>
    private async Task AStandbysChangeIsRefusedByTheLeader_WithTheFieldToBlame_AndNothingChangedAsync(SiloProcess standby)
    {
        using var refused = await standby.Http.PostAsJsonAsync("api/boards",
            new { name = "too-many", width = 48, height = 48, random = new { density = 0.5, seed = 1 } });
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, problem.ToString());
        problem.GetProperty("errors").GetProperty("random")[0].GetString()!.ShouldContain("at most 500 per board");
        using var kube = _cluster.Client();
        var boards = await kube.CustomObjects.ListNamespacedCustomObjectAsync<JsonElement>("orleanslife.io", "v1", SiloCluster.Namespace, "boards");
        boards.GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    private async Task<string?> StatusOfSiloOnPortAsync(int siloPort) =>
        (await ReadTableAsync()).Spec.Members
            .SingleOrDefault(row => row.SiloAddress.StartsWith($"127.0.0.1:{siloPort}@", StringComparison.Ordinal))?.Status;

    private async Task<ClusterMembership> ReadTableAsync()
    {
        using var client = _cluster.Client();
        return await client.CustomObjects.GetNamespacedCustomObjectAsync<ClusterMembership>(
            ClusterMembership.Group, ClusterMembership.Version, SiloCluster.Namespace, ClusterMembership.Plural, ClusterId);
    }
}
