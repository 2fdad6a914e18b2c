using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using k8s;
using k8s.Models;
using OrleansLife.KubeEmulator;
using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.Testing.Tools;
using Xunit.Abstractions;

namespace OrleansLife.Clustering.Tests.Processes;

/// <summary>
/// Two silo processes in one Orleans cluster against one API emulator: the Lease holder plays the board and writes its
/// pods. Killed with SIGKILL, it is replaced by the other silo, which resumes the board from its object and adopts its
/// pods: the cells that lived through it keep their very pods, and none is left over or missing.
/// </summary>
[Trait("Category", "Processes")]
public sealed class BoardFailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Namespace = "life";
    private const string Board = "block-and-blinker";
    private static readonly TimeSpan StartDeadline = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan FailoverDeadline = TimeSpan.FromMinutes(1);
    // A block (still: its four pods live through everything) and a blinker (period 2: its centre cell never dies).
    private static readonly (int X, int Y)[] Block = [(1, 1), (2, 1), (1, 2), (2, 2)];
    private static readonly (int X, int Y)[][] BlinkerPhases = [[(6, 5), (7, 5), (8, 5)], [(7, 4), (7, 5), (7, 6)]];
    private readonly string _directory = Directory.CreateTempSubdirectory("failover-").FullName;
    private readonly List<SiloProcess> _silos = [];

    private KubeApiEmulator Emulator { get; set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new KubeEmulatorOptions { KubeconfigPath = null, PodRunningDelay = TimeSpan.FromMilliseconds(50) };
        options.CustomResourceDefinitionFiles.Add(RepositoryPaths.BoardCrd);
        options.CustomResourceDefinitionFiles.Add(RepositoryPaths.ClusterMembershipCrd);
        Emulator = new KubeApiEmulator(options);
        await Emulator.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        foreach (var silo in _silos) silo.Dispose();
        await Emulator.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task KillingTheLeader_HandsTheBoardToTheOtherSilo_WhichAdoptsItsPods_AndPlaysOnCorrectly()
    {
        using var kube = new Kubernetes(new KubernetesClientConfiguration { Host = Emulator.BaseAddress.AbsoluteUri });
        await kube.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = Namespace } });
        var kubeconfig = Path.Combine(_directory, "kubeconfig");
        await Emulator.WriteKubeconfigAsync(kubeconfig, Namespace);
        var ports = FreePorts.Take(6);
        for (var i = 0; i < 2; i++)
        {
            _silos.Add(SiloProcess.Start(_directory, ports[3 * i], ports[3 * i + 1],
            [
                "--kube", "cluster", "--kubeconfig", kubeconfig,
                "--Cluster:Membership=kubernetes", "--Cluster:ClusterId=failover", $"--Cluster:GatewayPort={ports[3 * i + 2]}",
                "--ClusterMembership:ProbeTimeout=00:00:01", "--ClusterMembership:NumMissedProbesLimit=2",
            ]));
            _silos[i].Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Emulator.AdminToken);
        }

        await Eventually.HoldsAsync(async () => await LeaderAsync() is not null
            && (await Task.WhenAll(_silos.Select(s => s.SiloStatusesAsync()))).All(statuses => statuses?.Count(s => s == "active") == 2),
            StartDeadline, () => Describe("one silo to lead and both to list 2 active silos"));
        var leader = (await LeaderAsync())!;
        var standby = _silos.Single(silo => silo != leader);
        var cells = Block.Concat(BlinkerPhases[0]).Select(cell => new[] { cell.X, cell.Y }).ToArray();
        using (var created = await leader.Http.PostAsJsonAsync("api/boards", new { name = Board, width = 12, height = 10, cells, tickMilliseconds = 200 }))
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        // Every pod there, and a checkpoint in the object's status, before the leader dies.
        await Eventually.HoldsAsync(async () => (await PodsAsync()).Count == 7 && await CheckpointAsync() is > 0,
            StartDeadline, () => Describe("the board's 7 pods and a checkpoint"));
        var before = await PodsAsync();
        var checkpoint = (await CheckpointAsync())!.Value;

        leader.Kill();
        var resumed = await Eventually.HoldsAsync(async () => await GenerationAsync(standby) > checkpoint,
            FailoverDeadline, () => Describe($"the standby to play the board past generation {checkpoint}"));
        output.WriteLine($"The board played on {resumed.TotalSeconds:F1} s after its leader was killed (lease 8 s, retry 2 s)");

        using (var paused = await standby.Http.PostAsync($"api/boards/{Board}/pause", null))
            paused.StatusCode.ShouldBe(HttpStatusCode.OK, await paused.Content.ReadAsStringAsync());
        var board = await standby.Http.GetFromJsonAsync<JsonElement>($"api/boards/{Board}");
        var generation = board.GetProperty("generation").GetInt64();
        var live = board.GetProperty("cells").EnumerateArray().Select(cell => (cell[0].GetInt32(), cell[1].GetInt32())).ToHashSet();
        live.ShouldBe(Block.Concat(BlinkerPhases[generation % 2]).ToHashSet(), $"generation {generation}");
        await Eventually.HoldsAsync(async () => (await PodsAsync()).Keys.ToHashSet().SetEquals(live.Select(PodName)),
            FailoverDeadline, () => Describe($"pods to be exactly the live cells of generation {generation}"));

        var after = await PodsAsync();
        // The cells that lived all along kept their pods: adopted, not made again.
        foreach (var survivor in Block.Append((7, 5)).Select(PodName)) after[survivor].ShouldBe(before[survivor], survivor);
    }

    private async Task<SiloProcess?> LeaderAsync()
    {
        foreach (var silo in _silos)
        {
            try
            {
                using var health = await silo.Http.GetAsync("api/health");
                if (health.StatusCode == HttpStatusCode.OK) return silo;
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                // Not up yet, or killed.
            }
        }
        return null;
    }

    private static async Task<long> GenerationAsync(SiloProcess silo)
    {
        try
        {
            using var response = await silo.Http.GetAsync($"api/boards/{Board}?cells=false");
            if (!response.IsSuccessStatusCode) return -1;
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("generation").GetInt64();
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return -1;
        }
    }

    /// <summary>The board's pods that are not going away, by name, with their uids.</summary>
    private async Task<Dictionary<string, string>> PodsAsync()
    {
        using var kube = new Kubernetes(new KubernetesClientConfiguration { Host = Emulator.BaseAddress.AbsoluteUri });
        var pods = await kube.CoreV1.ListNamespacedPodAsync(Namespace, labelSelector: $"orleanslife.io/board={Board}");
        return pods.Items.Where(pod => pod.Metadata.DeletionTimestamp is null).ToDictionary(pod => pod.Metadata.Name, pod => pod.Metadata.Uid);
    }

    private async Task<long?> CheckpointAsync()
    {
        using var kube = new Kubernetes(new KubernetesClientConfiguration { Host = Emulator.BaseAddress.AbsoluteUri });
        var board = await kube.CustomObjects.GetNamespacedCustomObjectAsync<JsonElement>("orleanslife.io", "v1", Namespace, "boards", Board);
        return board.TryGetProperty("status", out var status) && status.TryGetProperty("generation", out var generation) ? generation.GetInt64() : null;
    }

    private static string PodName((int X, int Y) cell) => $"{Board}-{cell.X}-{cell.Y}";

    private string Describe(string expectation) =>
        $"waited for {expectation}.\n" + string.Join("\n\n", _silos.Select((silo, i) =>
            $"--- silo {i} (http {silo.HttpPort}{(silo.HasExited ? ", exited" : "")}):\n{silo.Output}"));
}
